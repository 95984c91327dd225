import type { TemporaryTransferPurpose } from '@dangvu/schema';
import { addMonths, displayDate } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { addWorkingDays, type WorkingCalendar } from '../calendar/holiday.rules.js';

/**
 * The rules on transfers (chuyển sinh hoạt đảng), each with its id and
 * source. Pure functions on LocalDate strings.
 */
const SOURCE = 'Quy định 294-QĐ/TW (2025) on chuyển sinh hoạt đảng (kế thừa Hướng dẫn 01-HD/TW 2021, mục 9)';

/** Sinh hoạt đảng tạm thời lasts 3 to 12 months; up to 24 for study. */
export const TEMPORARY_MIN_MONTHS = 3;
export function temporaryMaxMonths(purpose: TemporaryTransferPurpose): number {
  return purpose === 'STUDY' ? 24 : 12;
}

/**
 * TEMPORARY_PERIOD: a temporary transfer from `on` ends on `until`, at least
 * 3 months and at most 12 months later (24 for study), counted as calendar
 * months (the same day of the month; the month's last day when it has none).
 */
export function checkTemporaryPeriod(
  on: string,
  until: string | null | undefined,
  purpose: TemporaryTransferPurpose,
): RuleBreach | null {
  const max = temporaryMaxMonths(purpose);
  if (until && until >= addMonths(on, TEMPORARY_MIN_MONTHS) && until <= addMonths(on, max)) return null;
  return {
    rule: 'TEMPORARY_PERIOD',
    source: SOURCE,
    message: {
      vi: `Sinh hoạt đảng tạm thời từ 3 đến ${max} tháng: ngày kết thúc trong khoảng ${displayDate(addMonths(on, TEMPORARY_MIN_MONTHS))} đến ${displayDate(addMonths(on, max))}.`,
      en: `A temporary transfer lasts 3 to ${max} months: it ends between ${displayDate(addMonths(on, TEMPORARY_MIN_MONTHS))} and ${displayDate(addMonths(on, max))}.`,
    },
  };
}

/** An official transfer's letter (giấy giới thiệu sinh hoạt đảng) is presented within 30 working days. */
export const LETTER_WORKING_DAYS = 30;

/** The last day to present the letter of an official transfer requested on this day. */
export function letterDueOn(requestedOn: string, cal: WorkingCalendar): string {
  return addWorkingDays(requestedOn, LETTER_WORKING_DAYS, cal);
}

/** Is a temporary transfer running on this day (from its start to its end, both included)? */
export function isTemporaryActive(t: { requestedOn: string; until: string | null }, on: string): boolean {
  return t.until !== null && t.requestedOn <= on && on <= t.until;
}
