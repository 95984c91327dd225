import type { MemberStatus, OrganizationKind } from '@dangvu/schema';
import { addMonths, addYears, fullMonths, fullYears } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * The party rules on members, each with its id and source. Pure functions on
 * LocalDate strings: they return the breach, or null when the rule holds.
 */

const AGE_SOURCE = 'Điều lệ Đảng, Điều 1; Hướng dẫn 12-HD/BTCTW (2022), mục 1.1 (tuổi đời tính theo tháng)';
export const MIN_AGE_MONTHS = 18 * 12;
export const MAX_AGE_MONTHS = 60 * 12;

/** UNDER_AGE: at admission the person is at least 18 years old (216 full months). */
export function checkUnderAge(dateOfBirth: string, admittedOn: string): RuleBreach | null {
  if (fullMonths(dateOfBirth, admittedOn) >= MIN_AGE_MONTHS) return null;
  return {
    rule: 'UNDER_AGE',
    source: AGE_SOURCE,
    message: {
      vi: `Người vào Đảng phải đủ 18 tuổi vào ngày kết nạp (${admittedOn}).`,
      en: `A new member must be at least 18 on the day of admission (${admittedOn}).`,
    },
  };
}

/**
 * OVER_AGE: past 60 full years (720 months) only with the approval of a
 * committee directly under the Central Committee (overAgeDecision).
 */
export function checkOverAge(
  dateOfBirth: string,
  admittedOn: string,
  overAgeDecision?: string | null,
): RuleBreach | null {
  if (fullMonths(dateOfBirth, admittedOn) <= MAX_AGE_MONTHS || overAgeDecision?.trim()) return null;
  return {
    rule: 'OVER_AGE',
    source: AGE_SOURCE,
    message: {
      vi: 'Người trên 60 tuổi chỉ được kết nạp khi có quyết định đồng ý của cấp ủy trực thuộc Trung ương (overAgeDecision).',
      en: 'A person over 60 may be admitted only with the approval of a committee directly under the Central Committee (overAgeDecision).',
    },
  };
}

/** Probation (dự bị) lasts 12 months from admission (Điều lệ Đảng, Điều 5). */
export function probationEndsOn(admittedOn: string): string {
  return addMonths(admittedOn, 12);
}

const PROBATION_SOURCE = 'Điều lệ Đảng, Điều 5';

/** NOT_PROBATIONARY: only a probationary member is recognised as official. */
export function checkProbationary(status: MemberStatus): RuleBreach | null {
  if (status === 'PROBATIONARY') return null;
  return {
    rule: 'NOT_PROBATIONARY',
    source: PROBATION_SOURCE,
    message: { vi: 'Đảng viên này không phải đảng viên dự bị.', en: 'This member is not probationary.' },
  };
}

/** PROBATION_NOT_COMPLETE: recognition is decided once the 12 months are over. */
export function checkProbationComplete(admittedOn: string, decidedOn: string): RuleBreach | null {
  const ends = probationEndsOn(admittedOn);
  if (decidedOn >= ends) return null;
  return {
    rule: 'PROBATION_NOT_COMPLETE',
    source: PROBATION_SOURCE,
    message: {
      vi: `Chưa hết 12 tháng dự bị (hết vào ${ends}).`,
      en: `The 12 months of probation end on ${ends}.`,
    },
  };
}

/** A recognised member is official from the end of the 12 months, even when the decision comes later. */
export function officialOnWhenRecognised(admittedOn: string): string {
  return probationEndsOn(admittedOn);
}

/**
 * OFFICIAL_ON: a registered OFFICIAL member is official from the end of the
 * 12 months (Điều lệ Đảng, Điều 5): the date defaults to it and is never
 * earlier; a probationary member has no official date yet. Answers the
 * offending field with its message, or null.
 */
export function checkRegisteredOfficialOn(
  status: MemberStatus,
  admittedOn: string,
  officialOn: string | null | undefined,
): { field: 'officialOn'; message: { vi: string; en: string } } | null {
  if (status === 'PROBATIONARY' && officialOn)
    return {
      field: 'officialOn',
      message: { vi: 'Đảng viên dự bị chưa có ngày chính thức.', en: 'A probationary member has no official date.' },
    };
  const ends = probationEndsOn(admittedOn);
  if (status === 'OFFICIAL' && officialOn && officialOn < ends)
    return {
      field: 'officialOn',
      message: { vi: `Ngày chính thức không trước ${ends}.`, en: `The official date is not before ${ends}.` },
    };
  return null;
}

/** The official date a registered member gets: the given one, or the end of the 12 months; none while probationary. */
export function registeredOfficialOn(
  status: MemberStatus,
  admittedOn: string,
  officialOn: string | null | undefined,
): string | null {
  return status === 'OFFICIAL' ? (officialOn ?? probationEndsOn(admittedOn)) : null;
}

/** Tuổi Đảng: whole years since admission (no gaps are recorded yet). */
export function partyYears(admittedOn: string, asOf: string): number {
  return Math.max(0, fullYears(admittedOn, asOf));
}

/** Huy hiệu Đảng milestones in years of party age (Quy định 454-QĐ/TW (2022) on the award of the badge). */
export const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
/** The award days: 3/2, 19/5, 2/9, 7/11. */
export const AWARD_DAYS = ['02-03', '05-19', '09-02', '11-07'] as const;

export interface Badge {
  years: number;
  dueOn: string;
  ceremonyOn: string;
}

export function ceremonyOn(dueOn: string): string {
  const y = Number(dueOn.slice(0, 4));
  for (const yy of [y, y + 1]) {
    for (const md of AWARD_DAYS) {
      const day = `${yy}-${md}`;
      if (day >= dueOn) return day;
    }
  }
  throw new Error('unreachable');
}

/** The next milestone due on or after asOf; null when none is ahead. */
export function nextBadge(admittedOn: string, asOf: string): Badge | null {
  for (const years of BADGE_YEARS) {
    const dueOn = addYears(admittedOn, years);
    if (dueOn >= asOf) return { years, dueOn, ceremonyOn: ceremonyOn(dueOn) };
  }
  return null;
}

/** PROBATION_OVERDUE: the cell must act within 30 working days after the 12 months (Quy định 294-QĐ/TW). */
export const RECOGNITION_WINDOW_WORKING_DAYS = 30;

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
