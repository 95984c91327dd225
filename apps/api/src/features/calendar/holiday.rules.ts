import { addDays } from '../../graphql/dates.js';

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

/** The n-th working day after `date` (the day itself not counted). */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** How many calendar days after a date a calendar must reach to answer addWorkingDays for n (holidays never exceed 16 days in a row). */
export function calendarSpan(n: number): number {
  return Math.ceil((n * 7) / 5) + 21;
}

/** The common deadline: 30 working days (lễ kết nạp, công nhận chính thức, giới thiệu sinh hoạt đảng). */
export const THIRTY_WORKING_DAYS = 30;
