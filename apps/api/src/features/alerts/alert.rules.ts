import { addDays, addWorkingDays, addYears } from '../../graphql/dates.js';
import { BADGE_YEARS, type Badge, ceremonyOn, probationEndsOn } from '../members/member.rules.js';
import { LETTER_WORKING_DAYS, letterDueOn } from '../members/transfer.rules.js';

/**
 * When each alert falls due, from the records. Pure; each with its source.
 * Working days are counted by graphql/dates.ts (weekends excluded).
 */

/** PROBATION_OVERDUE: the cell must decide within 30 working days after the 12 months of probation (Điều lệ Đảng, Điều 5; Quy định 294-QĐ/TW (2025)). */
export const RECOGNITION_WINDOW_WORKING_DAYS = 30;

/** The last day the cell may decide on a probationary member admitted (or inducted) on this date. */
export function recognitionDueOn(probationStart: string): string {
  return addWorkingDays(probationEndsOn(probationStart), RECOGNITION_WINDOW_WORKING_DAYS);
}

export function isRecognitionOverdue(probationStart: string, asOf: string): boolean {
  return asOf > recognitionDueOn(probationStart);
}

/** BADGE_DUE: a Huy hiệu Đảng milestone within the next 90 days (Hướng dẫn 01-HD/TW (2021), Mục 18). */
export const BADGE_HORIZON_DAYS = 90;

/** The milestone reached between asOf and 90 days later, with its award day; null when none. */
export function badgeDue(admittedOn: string, asOf: string): Badge | null {
  const horizon = addDays(asOf, BADGE_HORIZON_DAYS);
  for (const years of BADGE_YEARS) {
    const dueOn = addYears(admittedOn, years);
    if (dueOn >= asOf && dueOn <= horizon) return { years, dueOn, ceremonyOn: ceremonyOn(dueOn) };
  }
  return null;
}

/** The admission dates whose milestone may fall in [asOf, asOf + 90 days]: one range per milestone. */
export function badgeAdmissionRanges(asOf: string): [string, string][] {
  const horizon = addDays(asOf, BADGE_HORIZON_DAYS);
  return BADGE_YEARS.map((y) => [addYears(asOf, -y), addYears(horizon, -y)]);
}

/** TRANSFER_WAITING: the transfer letter must be presented within 30 working days (Quy định 294-QĐ/TW (2025)). */
export const TRANSFER_WAIT_WORKING_DAYS = LETTER_WORKING_DAYS;

export function transferOverdueOn(requestedOn: string): string {
  return letterDueOn(requestedOn);
}

/**
 * TEMPORARY_TRANSFER_ENDING: a temporary transfer (3 to 12 months, 24 for
 * study; Quy định 294-QĐ/TW (2025) on sinh hoạt đảng tạm thời) ends within
 * 30 days, or ended within the last 30: the home cell arranges the member's
 * return or a new transfer. Due on its last day.
 */
export const TEMPORARY_ENDING_DAYS = 30;

/** The last days (`until`) of the temporary transfers to report on asOf. */
export function temporaryEndingRange(asOf: string): [string, string] {
  return [addDays(asOf, -TEMPORARY_ENDING_DAYS), addDays(asOf, TEMPORARY_ENDING_DAYS)];
}

export function isTemporaryEnding(until: string, asOf: string): boolean {
  const [from, to] = temporaryEndingRange(asOf);
  return from <= until && until <= to;
}

/** CELL_TOO_SMALL: a cell needs at least 3 official members (Điều lệ Đảng, Điều 21). */
export const CELL_MIN_OFFICIAL_MEMBERS = 3;

export function isCellTooSmall(officialMembers: number): boolean {
  return officialMembers < CELL_MIN_OFFICIAL_MEMBERS;
}
