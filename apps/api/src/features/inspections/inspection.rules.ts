import type { InspectionStatus, RemedyStatus, Role } from '@dangvu/schema';
import { INSPECTION_STATUS_LABELS } from '@dangvu/schema';
import { displayDate } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * The rules on conducting inspections and supervisions (kiểm tra, giám sát),
 * each with its id and source. Pure functions: they return the breach, or
 * null when the rule holds.
 */
const Q296 = 'Quy định 296-QĐ/TW (2025)';

/** The roles that conduct inspections: the inspection committees (and ADMIN). */
export const INSPECTOR_ROLES: readonly Role[] = ['ADMIN', 'DISTRICT_INSPECTOR', 'COMMUNE_INSPECTOR'];

const NEXT: Record<InspectionStatus, readonly InspectionStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['CONCLUDED', 'CANCELLED'],
  CONCLUDED: [],
  CANCELLED: [],
};

/**
 * INVALID_TRANSITION: an inspection moves PLANNED → IN_PROGRESS → CONCLUDED,
 * or to CANCELLED before it is CONCLUDED (Quy định 296-QĐ/TW (2025): the
 * steps of an inspection, from the plan to the conclusion).
 */
export function checkTransition(from: InspectionStatus, to: InspectionStatus): RuleBreach | null {
  if (NEXT[from].includes(to)) return null;
  const [f, t] = [INSPECTION_STATUS_LABELS[from], INSPECTION_STATUS_LABELS[to]];
  return breach('INVALID_TRANSITION', Q296, {
    vi: `Cuộc kiểm tra đang ở trạng thái “${f.vi}”, không chuyển sang “${t.vi}” được.`,
    en: `The inspection is ${f.en.toLowerCase()}; it cannot become ${t.en.toLowerCase()}.`,
  });
}

/**
 * INSPECTION_CLOSED: a concluded (or cancelled) inspection is read-only,
 * except for the completion of its remedies (Quy định 296-QĐ/TW (2025)).
 */
export function checkOpen(status: InspectionStatus): RuleBreach | null {
  if (status !== 'CONCLUDED' && status !== 'CANCELLED') return null;
  return breach('INSPECTION_CLOSED', Q296, {
    vi: `Cuộc kiểm tra đã ${INSPECTION_STATUS_LABELS[status].vi.toLowerCase()}: chỉ còn cập nhật việc khắc phục.`,
    en: `The inspection is ${INSPECTION_STATUS_LABELS[status].en.toLowerCase()}: only its remedies may still be completed.`,
  });
}

/** INSPECTION_NOT_STARTED: findings are recorded while the inspection is in progress (Quy định 296-QĐ/TW (2025)). */
export function checkStarted(status: InspectionStatus): RuleBreach | null {
  if (status !== 'PLANNED') return null;
  return breach('INSPECTION_NOT_STARTED', Q296, {
    vi: 'Cuộc kiểm tra chưa bắt đầu: chỉ ghi nhận phát hiện khi đang tiến hành.',
    en: 'The inspection has not started: findings are recorded while it is in progress.',
  });
}

/** SUBJECT_REQUIRED: an inspection or supervision names at least one organisation or member (Quy định 296-QĐ/TW (2025)). */
export function checkHasSubject(organizations: number, members: number): RuleBreach | null {
  if (organizations + members > 0) return null;
  return breach('SUBJECT_REQUIRED', Q296, {
    vi: 'Cần ít nhất một đối tượng kiểm tra, giám sát (tổ chức đảng hoặc đảng viên).',
    en: 'An inspection names at least one subject (an organisation or a member).',
  });
}

/** PLANNED_END_BEFORE_START: the planned end is not before the planned start. */
export function checkPlannedRange(startOn: string, endOn: string): RuleBreach | null {
  if (endOn >= startOn) return null;
  return breach('PLANNED_END_BEFORE_START', Q296, {
    vi: `Ngày kết thúc dự kiến không được trước ngày bắt đầu (${displayDate(startOn)}).`,
    en: `The planned end cannot come before the planned start (${displayDate(startOn)}).`,
  });
}

/**
 * SUBJECT_OWN_ORGANIZATION: the inspection committee of a grassroots
 * committee inspects the organisations below it and its members, never the
 * grassroots organisation itself: that is the level above's (Điều lệ Đảng,
 * Điều 32; Quy định 296-QĐ/TW (2025)).
 */
export function checkNotOwnOrganization(
  role: Role,
  scopeId: string | null,
  subjectOrganizationIds: readonly string[],
): RuleBreach | null {
  if (role !== 'COMMUNE_INSPECTOR' || !scopeId || !subjectOrganizationIds.includes(scopeId)) return null;
  return breach('SUBJECT_OWN_ORGANIZATION', 'Điều lệ Đảng, Điều 32; Quy định 296-QĐ/TW (2025)', {
    vi: 'Ủy ban Kiểm tra đảng ủy cơ sở không kiểm tra, giám sát chính đảng bộ của mình: việc đó thuộc cấp trên.',
    en: 'A grassroots inspection committee does not inspect its own organisation: the level above does.',
  });
}

/** REMEDY_DONE: a remedy is completed once (Quy định 296-QĐ/TW (2025): theo dõi việc khắc phục). */
export function checkRemedyOpen(status: RemedyStatus): RuleBreach | null {
  if (status === 'OPEN') return null;
  return breach('REMEDY_DONE', Q296, {
    vi: 'Việc khắc phục này đã được ghi nhận hoàn thành.',
    en: 'This remedy is already recorded as done.',
  });
}

export interface Subjects {
  organizationIds: readonly string[];
  memberIds: readonly string[];
}

/**
 * SUBJECT_NOT_NAMED: findings and discipline concern only the subjects the
 * inspection names (Quy định 296-QĐ/TW (2025): the conclusion and the
 * discipline follow from the inspection of that subject).
 */
export function checkNamed(
  subjects: Subjects,
  ref: { memberId?: string | null; organizationId?: string | null },
): RuleBreach | null {
  if (ref.memberId && subjects.memberIds.includes(ref.memberId)) return null;
  if (ref.organizationId && subjects.organizationIds.includes(ref.organizationId)) return null;
  if (!ref.memberId && !ref.organizationId) return null;
  return breach('SUBJECT_NOT_NAMED', Q296, {
    vi: 'Đối tượng này không có tên trong cuộc kiểm tra, giám sát.',
    en: 'This subject is not named in the inspection.',
  });
}

export interface Conductor {
  role: Role;
  scopeId: string | null;
}

/**
 * Who conducts (answered FORBIDDEN, not a breach): the inspection body of
 * the caller's own scope organisation, an inspector's role; ADMIN any.
 */
export function mayConduct(user: Conductor, conductedById: string): boolean {
  if (user.role === 'ADMIN') return true;
  return INSPECTOR_ROLES.includes(user.role) && user.scopeId === conductedById;
}

/** Inspectors read every status; other roles only concluded inspections. */
export function readsEveryStatus(role: Role): boolean {
  return INSPECTOR_ROLES.includes(role);
}

/** The readable code: UBKT-<organisation code>-<year>-<number, at least 3 digits>. */
export function inspectionCode(orgCode: string, year: number, n: number): string {
  return `UBKT-${orgCode}-${year}-${String(n).padStart(3, '0')}`;
}

function breach(rule: string, source: string | undefined, message: { vi: string; en: string }): RuleBreach {
  return { rule, ...(source ? { source } : {}), message };
}
