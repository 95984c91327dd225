/** Calendar arithmetic on LocalDate strings (YYYY-MM-DD), without time zones. */

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The same day n months later; the 31st, or 29 February, falls back to the month's last day. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fmt(ny, nm, Math.min(d, daysIn(ny, nm)));
}

/** The last day of the date's month. */
export function monthEnd(date: string): string {
  const [y, m] = parts(date);
  return fmt(y, m, daysIn(y, m));
}

export function addYears(date: string, n: number): string {
  return addMonths(date, n * 12);
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (a month counts once its day is reached). */
export function fullMonths(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  // the day of month is reached when it is passed, or when `to` is the last day of a shorter month
  if (td < fd && td < daysIn(ty, tm)) months -= 1;
  return months;
}

export function fullYears(from: string, to: string): number {
  return Math.floor(fullMonths(from, to) / 12);
}

/** A date as people read it in Vietnam, in both languages: dd/mm/yyyy. */
export function displayDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
