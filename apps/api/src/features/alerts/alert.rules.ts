import { addDays, addWorkingDays, addYears } from '../../graphql/dates.js';
import { activeOn, type Range } from '../cadres/cadre.rules.js';
import { BADGE_YEARS, type Badge, ceremonyOn, probationEndsOn } from '../members/member.rules.js';

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
export const TRANSFER_WAIT_WORKING_DAYS = 30;

export function transferOverdueOn(requestedOn: string): string {
  return addWorkingDays(requestedOn, TRANSFER_WAIT_WORKING_DAYS);
}

/**
 * SECRETARY_VACANT: an active organisation whose secretary's placement has
 * ended with nobody placed after: a vacant seat is filled by election or by
 * the upper committee's appointment (Điều lệ Đảng, Điều 10; Quy định
 * 294-QĐ/TW (2025)). Vacant since the last end; an organisation with no
 * secretary ever recorded is counted by cadreIndicators.vacantSecretarySeats
 * (its records may not be entered yet), not alerted.
 */
export function secretaryVacantSince(secretaries: readonly Range[], asOf: string): string | null {
  if (secretaries.some((p) => activeOn(p, asOf))) return null;
  const ended = secretaries.map((p) => p.endsOn).filter((e): e is string => e !== null && e <= asOf);
  return ended.length ? ended.sort().at(-1)! : null;
}
