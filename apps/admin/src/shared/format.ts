/** Dates as a district office writes them: dd/mm/yyyy. */

const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-07-01` → `01/07/2025`; empty for null. Reads the string, so no time zone shifts it. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** An instant in local time: `01/07/2025 14:05:09`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return (
    `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

/** Today as `YYYY-MM-DD` in local time, for date field defaults. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start (or end) of a local day as an ISO instant, for DateTimeISO filters. */
export function dayBoundary(day: string, end: boolean): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d, 0, 0, 0, 0);
  return date.toISOString();
}

/** Vietnamese collation for sorting names. */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/**
 * The years a select offers: `count` back from `latest`, latest first, with
 * `value` among them wherever it lies (a year from a link or an older report),
 * so that the select always shows the year the page shows.
 */
export function yearOptions(latest: number, count: number, value: number): number[] {
  const years = Array.from({ length: count }, (_, i) => latest - i);
  return years.includes(value) ? years : [...years, value].sort((a, b) => b - a);
}
