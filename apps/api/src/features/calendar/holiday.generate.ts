import Holidays from 'date-holidays';
import { addDays } from '../../graphql/dates.js';
import { isWeekend } from './holiday.rules.js';

/**
 * The public holidays of a year as the Labour Code gives them, from the
 * maintained `date-holidays` data (its Tết follows the Vietnamese lunar
 * calendar, on UTC+7: 1985, 2007 and 2030 differ from the Chinese one; the
 * holiday tests check it against the new moon). The government moves days
 * each year; an administrator corrects the generated ones.
 *
 * - Tết Dương lịch 1/1; 30/4; 1/5: one day each.
 * - Tết Nguyên đán: the last day of the lunar year and the first three (4
 *   days) until 2012, the first four (5 days) from 2013 (Bộ luật Lao động 2012).
 * - Giỗ Tổ Hùng Vương 10/3 lunar: from 2007.
 * - Quốc khánh 2/9, and from 2021 one day beside it (Bộ luật Lao động 2019,
 *   Điều 112): 3/9 when 2/9 is a Monday or a Thursday, else 1/9.
 * - A holiday on a Saturday or Sunday is taken on the next working day
 *   (Điều 111, khoản 3).
 */
export interface GeneratedHoliday {
  on: string;
  name: string;
}

const LUNAR_RULES = ['vietnamese 1-0-1', 'vietnamese 3-0-10'];
/** date-holidays' Vietnam data with only the two lunar holidays the year needs (its lunar arithmetic is slow; the rest is fixed). */
const vn = new Holidays('VN');
// the typings omit the rule string that getRules() carries
for (const r of vn.getRules() as unknown as { rule: string }[]) if (!LUNAR_RULES.includes(r.rule)) vn.unsetRule(r.rule);
const lunarDays = new Map<number, Map<string, string>>();

function ruleDay(year: number, rule: string): string {
  let days = lunarDays.get(year);
  if (!days) {
    days = new Map(vn.getHolidays(year).map((h) => [h.rule, h.date.slice(0, 10)]));
    lunarDays.set(year, days);
  }
  const day = days.get(rule);
  if (!day) throw new Error(`date-holidays has no ${rule} in ${year}`);
  return day;
}

/** Mùng 1 Tết of the lunar year that starts in `year`. */
export function lunarNewYear(year: number): string {
  return ruleDay(year, 'vietnamese 1-0-1');
}

export function generateHolidays(year: number): GeneratedHoliday[] {
  const days: GeneratedHoliday[] = [{ on: `${year}-01-01`, name: 'Tết Dương lịch' }];
  const tet = lunarNewYear(year);
  days.push({ on: addDays(tet, -1), name: 'Tết Nguyên đán (30 Tết)' });
  for (let i = 0; i < (year >= 2013 ? 4 : 3); i++)
    days.push({ on: addDays(tet, i), name: `Tết Nguyên đán (mùng ${i + 1})` });
  if (year >= 2007) days.push({ on: ruleDay(year, 'vietnamese 3-0-10'), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  days.push({ on: `${year}-04-30`, name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' });
  days.push({ on: `${year}-05-01`, name: 'Ngày Quốc tế Lao động' });
  days.push({ on: `${year}-09-02`, name: 'Quốc khánh' });
  if (year >= 2021) {
    const wd = new Date(`${year}-09-02T00:00:00Z`).getUTCDay();
    days.push({ on: wd === 1 || wd === 4 ? `${year}-09-03` : `${year}-09-01`, name: 'Quốc khánh (ngày liền kề)' });
  }
  const taken = new Set(days.map((d) => d.on));
  for (const d of [...days]) {
    if (!isWeekend(d.on)) continue;
    let next = addDays(d.on, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    days.push({ on: next, name: `Nghỉ bù ${d.name}` });
  }
  return days.sort((a, b) => a.on.localeCompare(b.on));
}

/** The years the migration fills: from reunification to the end of the century. */
export const GENERATED_YEARS = { from: 1976, to: 2100 } as const;

/** The generated days of some years as a working calendar (what the migration stores, before any correction). */
export function generatedCalendar(fromYear: number, toYear: number): Map<string, boolean> {
  const cal = new Map<string, boolean>();
  for (let y = fromYear; y <= toYear; y++) for (const h of generateHolidays(y)) cal.set(h.on, true);
  return cal;
}
