import { addDays, addMonths, addYears } from '../../graphql/dates.js';
import { activeOn, type Range } from '../cadres/cadre.rules.js';
import { addWorkingDays, THIRTY_WORKING_DAYS, type WorkingCalendar } from '../calendar/holiday.rules.js';
import { type AdmissionDates, recognitionDueOn } from '../members/member.rules.js';
import { BADGE_YEARS, type Badge, ceremonyOn } from '../members/party-age.rules.js';

/**
 * When each alert falls due, from the records. Pure; each with its source.
 * Working days come from the holiday calendar (features/calendar).
 */

/** PROBATION_OVERDUE: past the 30 working days after the 12 months (Điều lệ Đảng, Điều 5; Quy định 294-QĐ/TW (2025)). */
export function isRecognitionOverdue(m: AdmissionDates, asOf: string, cal: WorkingCalendar): boolean {
  return asOf > recognitionDueOn(m, cal);
}

/** The earliest probation start (ceremony, else decision) whose recognition can be overdue on asOf: a date superset for SQL. */
export function overdueProbationStartsBefore(asOf: string): string {
  return addDays(addMonths(asOf, -12), -THIRTY_WORKING_DAYS);
}

/**
 * CEREMONY_DUE: the ceremony is held at most 30 working days after the
 * admission decision (Quy định 294-QĐ/TW (2025)); the alert shows from 10
 * days before that day, and after it while no ceremony is recorded.
 */
export const CEREMONY_NOTICE_DAYS = 10;

export function ceremonyDueOn(admittedOn: string, cal: WorkingCalendar): string {
  return addWorkingDays(admittedOn, THIRTY_WORKING_DAYS, cal);
}

export function isCeremonyDue(admittedOn: string, asOf: string, cal: WorkingCalendar): boolean {
  return isCeremonyNoticed(ceremonyDueOn(admittedOn, cal), asOf);
}

/** The same, given the ceremony's last day (ceremonyDueOn). */
export function isCeremonyNoticed(dueOn: string, asOf: string): boolean {
  return addDays(asOf, CEREMONY_NOTICE_DAYS) >= dueOn;
}

/** BADGE_DUE: a Huy hiệu Đảng milestone within the next 90 days (Hướng dẫn 01-HD/TW (2021), Mục 18). */
export const BADGE_HORIZON_DAYS = 90;

/** The milestone reached between asOf and 90 days later, counted from `from` (the first admission), with its award day. */
export function badgeDue(from: string, asOf: string): Badge | null {
  const horizon = addDays(asOf, BADGE_HORIZON_DAYS);
  // the milestone falls in asOf's year or the next (90 days < a year)
  const span = Number(asOf.slice(0, 4)) - Number(from.slice(0, 4));
  for (const years of BADGE_YEARS) {
    if (years < span || years > span + 1) continue;
    const dueOn = addYears(from, years);
    if (dueOn >= asOf && dueOn <= horizon) return { years, dueOn, ceremonyOn: ceremonyOn(dueOn) };
  }
  return null;
}

/** The admission dates whose milestone may fall in [asOf, asOf + 90 days]: one range per milestone. */
export function badgeAdmissionRanges(asOf: string): [string, string][] {
  const horizon = addDays(asOf, BADGE_HORIZON_DAYS);
  return BADGE_YEARS.map((y) => [addYears(asOf, -y), addYears(horizon, -y)]);
}

/** TRANSFER_WAITING: the transfer letter is presented within 30 working days (Quy định 294-QĐ/TW (2025)). */
export function transferOverdueOn(requestedOn: string, cal: WorkingCalendar): string {
  return addWorkingDays(requestedOn, THIRTY_WORKING_DAYS, cal);
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

/**
 * REMEDY_OVERDUE: an open remedy of a conclusion past its due date (Quy
 * định 296-QĐ/TW (2025): the conducting body follows up the remedies).
 * Due on its due date; overdue from the day after.
 */
export function isRemedyOverdue(dueOn: string, asOf: string): boolean {
  return asOf > dueOn;
}
