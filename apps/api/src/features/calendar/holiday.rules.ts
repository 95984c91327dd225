/**
 * Working days (ngày làm việc): Monday to Friday, less the public holidays and
 * the days the government gives off, plus the weekend days it makes working
 * days (làm bù). Pure functions over a calendar of exceptions; the calendar
 * itself is kept in the database (public_holiday) and loaded by the service.
 *
 * Source: Bộ luật Lao động 2019, Điều 111 (nghỉ hằng tuần; nghỉ bù khi ngày lễ
 * trùng ngày nghỉ hằng tuần) and Điều 112 (nghỉ lễ, tết); Quyết định
 * 188/1999/QĐ-TTg (tuần làm việc 40 giờ, thứ Bảy và Chủ nhật nghỉ).
 */

/** The days that differ from the weekday rule: true = a day off, false = a working day (e.g. a Saturday worked in exchange). */
export type WorkingCalendar = ReadonlyMap<string, boolean>;

export function isWeekend(date: string): boolean {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
}

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  const off = cal.get(date);
  return off === undefined ? !isWeekend(date) : !off;
}

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Each calendar's exceptions by day number, made once per calendar (alerts ask thousands of deadlines of one). */
const byDayNumber = new WeakMap<WorkingCalendar, { size: number; days: Map<number, boolean> }>();

function exceptions(cal: WorkingCalendar): Map<number, boolean> {
  let known = byDayNumber.get(cal);
  if (!known || known.size !== cal.size) {
    known = { size: cal.size, days: new Map([...cal].map(([day, off]) => [epochDay(day), off])) };
    byDayNumber.set(cal, known);
  }
  return known.days;
}

/** The n-th working day after `date` (the day itself not counted); isWorkingDay day by day, on day numbers. */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  const days = exceptions(cal);
  let day = epochDay(date);
  let left = n;
  while (left > 0) {
    day++;
    const off = days.get(day);
    // day 0, 1 January 1970, was a Thursday
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (off === undefined ? weekday !== 0 && weekday !== 6 : !off) left--;
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** How many calendar days after a date a calendar must reach to answer addWorkingDays for n (holidays never exceed 16 days in a row). */
export function calendarSpan(n: number): number {
  return Math.ceil((n * 7) / 5) + 21;
}

/** The common deadline: 30 working days (lễ kết nạp, công nhận chính thức, giới thiệu sinh hoạt đảng). */
export const THIRTY_WORKING_DAYS = 30;
