import type { MemberStatus, OrganizationKind } from '@dangvu/schema';
import { addMonths, displayDate, fullMonths } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { addWorkingDays, THIRTY_WORKING_DAYS, type WorkingCalendar } from '../calendar/holiday.rules.js';

/**
 * The party rules on members, each with its id and source. Pure functions on
 * LocalDate strings: they return the breach, or null when the rule holds.
 */

const AGE_SOURCE = 'Điều lệ Đảng, Điều 1; Hướng dẫn 12-HD/BTCTW (2022), mục 1.1 (tuổi đời tính theo tháng)';
export const MIN_AGE_MONTHS = 18 * 12;
export const MAX_AGE_MONTHS = 60 * 12;

/**
 * UNDER_AGE: the person is at least 18 years old (216 full months) on the day
 * the cell meets to consider the admission (cellVoteOn; the decision date when
 * it is not recorded).
 */
export function checkUnderAge(dateOfBirth: string, countedOn: string): RuleBreach | null {
  if (fullMonths(dateOfBirth, countedOn) >= MIN_AGE_MONTHS) return null;
  return {
    rule: 'UNDER_AGE',
    source: AGE_SOURCE,
    message: {
      vi: `Người vào Đảng phải đủ 18 tuổi vào ngày chi bộ xét kết nạp (${displayDate(countedOn)}).`,
      en: `A new member must be at least 18 on the day the cell considers the admission (${displayDate(countedOn)}).`,
    },
  };
}

/**
 * OVER_AGE: past 60 full years (720 months) only with the approval of a
 * committee directly under the Central Committee (overAgeDecision).
 */
export function checkOverAge(
  dateOfBirth: string,
  countedOn: string,
  overAgeDecision?: string | null,
): RuleBreach | null {
  if (fullMonths(dateOfBirth, countedOn) <= MAX_AGE_MONTHS || overAgeDecision?.trim()) return null;
  return {
    rule: 'OVER_AGE',
    source: AGE_SOURCE,
    message: {
      vi: 'Người trên 60 tuổi chỉ được kết nạp khi có quyết định đồng ý của cấp ủy trực thuộc Trung ương (overAgeDecision).',
      en: 'A person over 60 may be admitted only with the approval of a committee directly under the Central Committee (overAgeDecision).',
    },
  };
}

/** The dates probation counts from: the admission decision, and the ceremony once it is recorded. */
export interface AdmissionDates {
  admittedOn: string;
  ceremonyOn?: string | null;
}

/**
 * Probation (dự bị) lasts 12 months from the admission ceremony (Điều lệ Đảng,
 * Điều 5); a record without a ceremony counts from the decision.
 */
export function probationEndsOn(m: AdmissionDates): string {
  return addMonths(m.ceremonyOn ?? m.admittedOn, 12);
}

const PROBATION_SOURCE = 'Điều lệ Đảng, Điều 5';

/** NOT_PROBATIONARY: only a probationary member is recognised as official (or struck from the probationary list). */
export function checkProbationary(status: MemberStatus): RuleBreach | null {
  if (status === 'PROBATIONARY') return null;
  return {
    rule: 'NOT_PROBATIONARY',
    source: PROBATION_SOURCE,
    message: { vi: 'Đảng viên này không phải đảng viên dự bị.', en: 'This member is not probationary.' },
  };
}

/** PROBATION_NOT_COMPLETE: recognition (or not) is decided once the 12 months are over. */
export function checkProbationComplete(m: AdmissionDates, decidedOn: string): RuleBreach | null {
  const ends = probationEndsOn(m);
  if (decidedOn >= ends) return null;
  return {
    rule: 'PROBATION_NOT_COMPLETE',
    source: PROBATION_SOURCE,
    message: {
      vi: `Chưa hết 12 tháng dự bị (hết vào ${displayDate(ends)}).`,
      en: `The 12 months of probation end on ${displayDate(ends)}.`,
    },
  };
}

/** A recognised member is official from the end of the 12 months, even when the decision comes later. */
export function officialOnWhenRecognised(m: AdmissionDates): string {
  return probationEndsOn(m);
}

/**
 * OFFICIAL_ON: a registered OFFICIAL member is official from the end of the
 * 12 months (Điều lệ Đảng, Điều 5): the date defaults to it and is never
 * earlier; a probationary member has no official date yet. Answers the
 * offending field with its message, or null.
 */
export function checkRegisteredOfficialOn(
  status: MemberStatus,
  m: AdmissionDates,
  officialOn: string | null | undefined,
): { field: 'officialOn'; message: { vi: string; en: string } } | null {
  if (status === 'PROBATIONARY' && officialOn)
    return {
      field: 'officialOn',
      message: { vi: 'Đảng viên dự bị chưa có ngày chính thức.', en: 'A probationary member has no official date.' },
    };
  const ends = probationEndsOn(m);
  if (status === 'OFFICIAL' && officialOn && officialOn < ends)
    return {
      field: 'officialOn',
      message: {
        vi: `Ngày chính thức không trước ${displayDate(ends)}.`,
        en: `The official date is not before ${displayDate(ends)}.`,
      },
    };
  return null;
}

/** The official date a registered member gets: the given one, or the end of the 12 months; none while probationary. */
export function registeredOfficialOn(
  status: MemberStatus,
  m: AdmissionDates,
  officialOn: string | null | undefined,
): string | null {
  return status === 'OFFICIAL' ? (officialOn ?? probationEndsOn(m)) : null;
}

/**
 * PROBATION_OVERDUE: the cell acts on recognition within 30 working days after
 * the 12 months (Quy định 294-QĐ/TW (2025), carrying over Quy định 24-QĐ/TW
 * (2021)); the last day of that window, by the holiday calendar.
 */
export const RECOGNITION_WINDOW_WORKING_DAYS = THIRTY_WORKING_DAYS;
export function recognitionDueOn(m: AdmissionDates, cal: WorkingCalendar): string {
  return addWorkingDays(probationEndsOn(m), RECOGNITION_WINDOW_WORKING_DAYS, cal);
}

/** Statuses that count as current members. */
export const CURRENT_STATUSES: readonly MemberStatus[] = ['PROBATIONARY', 'OFFICIAL'];

/** TRANSFER_DISCIPLINE etc. come with discipline; here only: a member who has left cannot be changed. */
export function checkCurrent(status: MemberStatus): RuleBreach | null {
  if (CURRENT_STATUSES.includes(status)) return null;
  return {
    rule: 'NOT_CURRENT_MEMBER',
    message: {
      vi: 'Đảng viên này không còn sinh hoạt (đã chuyển đi, xóa tên, khai trừ hoặc từ trần).',
      en: 'This person is no longer a current member (transferred out, removed, expelled or deceased).',
    },
  };
}

/** Members live in cells: a subordinate cell or a grassroots cell (Điều lệ Đảng, Điều 24). */
export const CELL_KINDS: readonly OrganizationKind[] = ['SUBORDINATE_CELL', 'GRASSROOTS_CELL'];

export function checkIsCell(kind: OrganizationKind, code: string): RuleBreach | null {
  if (CELL_KINDS.includes(kind)) return null;
  return {
    rule: 'CELL_REQUIRED',
    source: 'Điều lệ Đảng, Điều 24',
    message: {
      vi: `Đảng viên sinh hoạt ở chi bộ; ${code} không phải là chi bộ.`,
      en: `Members belong to a cell; ${code} is not a cell.`,
    },
  };
}

/** TRANSFER_PENDING: a member has at most one transfer waiting (Quy định 294-QĐ/TW on chuyển sinh hoạt đảng). */
export function checkNoPendingTransfer(pending: boolean): RuleBreach | null {
  if (!pending) return null;
  return {
    rule: 'TRANSFER_PENDING',
    message: {
      vi: 'Đảng viên này đã có một yêu cầu chuyển sinh hoạt đang chờ.',
      en: 'This member already has a transfer waiting.',
    },
  };
}

/** TRANSFER_NOT_PENDING: only a waiting transfer is accepted or rejected. */
export function checkTransferPending(status: string): RuleBreach | null {
  if (status === 'PENDING') return null;
  return {
    rule: 'TRANSFER_NOT_PENDING',
    message: { vi: 'Yêu cầu chuyển sinh hoạt này đã được giải quyết.', en: 'This transfer has already been decided.' },
  };
}
