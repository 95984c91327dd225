import type { MemberEventKind, MemberStatus } from '@dangvu/schema';
import { displayDate, fullMonths } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { addWorkingDays, THIRTY_WORKING_DAYS, type WorkingCalendar } from '../calendar/holiday.rules.js';

/**
 * The rules of the admission ceremony and of re-admission, each with its id
 * and source. Pure functions on LocalDate strings.
 */

const CEREMONY_SOURCE =
  'Quy định 294-QĐ/TW (2025), carrying over Quy định 24-QĐ/TW and Hướng dẫn 01-HD/TW (2021) on Điều 4: lễ kết nạp trong 30 ngày làm việc kể từ ngày có quyết định';

/** The last day the ceremony may be held without the upper committee's consent: 30 working days after the decision. */
export function ceremonyDueOn(admittedOn: string, cal: WorkingCalendar): string {
  return addWorkingDays(admittedOn, THIRTY_WORKING_DAYS, cal);
}

/**
 * CEREMONY_LATE: the ceremony is held at most 30 working days (public holidays
 * excluded) after the admission decision; later only with the upper
 * committee's consent (ceremonyLateApproval).
 */
export function checkCeremonyLate(
  admittedOn: string,
  ceremonyOn: string,
  cal: WorkingCalendar,
  ceremonyLateApproval?: string | null,
): RuleBreach | null {
  const due = ceremonyDueOn(admittedOn, cal);
  if (ceremonyOn <= due || ceremonyLateApproval?.trim()) return null;
  return {
    rule: 'CEREMONY_LATE',
    source: CEREMONY_SOURCE,
    message: {
      vi: `Lễ kết nạp phải tổ chức chậm nhất ngày ${displayDate(due)} (30 ngày làm việc sau quyết định kết nạp); muộn hơn cần có ý kiến đồng ý của cấp ủy cấp trên.`,
      en: `The ceremony is due by ${displayDate(due)} (30 working days after the admission decision); later only with the upper committee's consent.`,
    },
  };
}

/** CEREMONY_RECORDED: one ceremony per admission, for a probationary member. */
export function checkCeremonyOpen(status: MemberStatus, ceremonyOn: string | null): RuleBreach | null {
  if (status === 'PROBATIONARY' && !ceremonyOn) return null;
  return {
    rule: 'CEREMONY_RECORDED',
    source: CEREMONY_SOURCE,
    message: {
      vi: 'Lễ kết nạp của đảng viên này đã được ghi nhận (hoặc đảng viên không còn là dự bị).',
      en: 'This admission already has its ceremony (or the member is no longer probationary).',
    },
  };
}

const READMISSION_SOURCE =
  'Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW (2025), carrying over Quy định 24-QĐ/TW (2021) on kết nạp lại';
export const READMISSION_WAIT_MONTHS = 36;

/** READMISSION_TOO_EARLY: at least 36 months after leaving the party. */
export function checkReadmissionWait(leftOn: string, readmittedOn: string): RuleBreach | null {
  if (fullMonths(leftOn, readmittedOn) >= READMISSION_WAIT_MONTHS) return null;
  return {
    rule: 'READMISSION_TOO_EARLY',
    source: READMISSION_SOURCE,
    message: {
      vi: `Kết nạp lại chỉ sau ít nhất 36 tháng kể từ khi ra khỏi Đảng (${displayDate(leftOn)}).`,
      en: `Re-admission comes at least 36 months after leaving the party (${displayDate(leftOn)}).`,
    },
  };
}

/** READMITTED_BEFORE: a person is re-admitted once only. */
export function checkReadmittedOnce(firstAdmittedOn: string | null): RuleBreach | null {
  if (!firstAdmittedOn) return null;
  return {
    rule: 'READMITTED_BEFORE',
    source: READMISSION_SOURCE,
    message: {
      vi: 'Đảng viên này đã được kết nạp lại một lần; chỉ kết nạp lại một lần.',
      en: 'This person has been re-admitted once already; re-admission happens once only.',
    },
  };
}

/**
 * Causes of an expulsion after which a person is never re-admitted (among
 * them corruption and serious political violations). The discipline feature
 * records the cause with the EXPELLED event.
 */
export const READMISSION_BARRED_CAUSES = [
  'CORRUPTION',
  'POLITICAL_HISTORY',
  'SERIOUS_DISUNITY',
  'POPULATION_POLICY',
] as const;

/**
 * READMISSION_BARRED: only a member who left (removed, struck from the
 * probationary list, or expelled) is re-admitted, and never after an expulsion
 * for a barred cause; an expulsion whose cause is not recorded counts as
 * barred (nothing shows otherwise).
 */
export function checkReadmissionCause(
  exit: { kind: MemberEventKind; ground: string | null } | null,
): RuleBreach | null {
  const left = exit && ['REMOVED', 'NOT_RECOGNISED', 'EXPELLED'].includes(exit.kind);
  const barred =
    exit?.kind === 'EXPELLED' &&
    (!exit.ground || (READMISSION_BARRED_CAUSES as readonly string[]).includes(exit.ground));
  if (left && !barred) return null;
  return {
    rule: 'READMISSION_BARRED',
    source: READMISSION_SOURCE,
    message: {
      vi: left
        ? 'Không kết nạp lại người đã bị khai trừ vì lý do này.'
        : 'Chỉ kết nạp lại người đã ra khỏi Đảng (xóa tên, khai trừ).',
      en: left
        ? 'A person expelled for this cause is never re-admitted.'
        : 'Only a person who left the party (removed or expelled) is re-admitted.',
    },
  };
}
