import {
  DISCIPLINE_FORM_LABELS,
  type DisciplineForm,
  type InspectionOutcome,
  type InspectionStatus,
  LIGHT_DISCIPLINE_FORMS,
  MEMBER_DISCIPLINE_FORMS,
  type MemberStatus,
  ORGANIZATION_DISCIPLINE_FORMS,
  type Role,
} from '@dangvu/schema';
import { addDays, addMonths, displayDate } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { ceremonyOn } from '../members/party-age.rules.js';

/**
 * The rules on discipline (kỷ luật), each with its id and source. Pure
 * functions on LocalDate strings: they return the breach, or null.
 */
const CHARTER_35 = 'Điều lệ Đảng, Điều 35; Quy định 69-QĐ/TW (2022), sửa đổi bởi Quy định 264-QĐ/TW (2025)';

export type SubjectKind = 'MEMBER' | 'ORGANIZATION';

/** A discipline lapses this many months after the decision, unless it is an expulsion or a dissolution. */
export const DISCIPLINE_MONTHS = 12;

/**
 * VIOLATION_REQUIRED: discipline follows a CONCLUDED inspection whose
 * outcome is VIOLATION (Điều lệ Đảng, Điều 35; Quy định 296-QĐ/TW (2025)).
 */
export function checkViolation(status: InspectionStatus, outcome: InspectionOutcome | null): RuleBreach | null {
  if (status === 'CONCLUDED' && outcome === 'VIOLATION') return null;
  return breach('VIOLATION_REQUIRED', 'Điều lệ Đảng, Điều 35; Quy định 296-QĐ/TW (2025)', {
    vi: 'Chỉ thi hành kỷ luật khi cuộc kiểm tra đã kết luận có vi phạm.',
    en: 'Discipline follows only an inspection concluded with a violation.',
  });
}

/**
 * FORM_NOT_FOR_SUBJECT: organisations are reprimanded, warned or dissolved;
 * members reprimanded, warned, dismissed or expelled (Điều lệ Đảng, Điều 35).
 */
export function checkFormForSubject(form: DisciplineForm, subject: SubjectKind): RuleBreach | null {
  const allowed = subject === 'MEMBER' ? MEMBER_DISCIPLINE_FORMS : ORGANIZATION_DISCIPLINE_FORMS;
  if (allowed.includes(form)) return null;
  const l = DISCIPLINE_FORM_LABELS[form];
  return breach('FORM_NOT_FOR_SUBJECT', CHARTER_35, {
    vi:
      subject === 'MEMBER'
        ? `Hình thức “${l.vi}” chỉ áp dụng với tổ chức đảng.`
        : `Hình thức “${l.vi}” chỉ áp dụng với đảng viên.`,
    en: subject === 'MEMBER' ? `${l.en} applies to organisations only.` : `${l.en} applies to members only.`,
  });
}

/** PROBATIONARY_LIMIT: a probationary member is only reprimanded or warned (Điều lệ Đảng, Điều 35). */
export function checkProbationaryLimit(form: DisciplineForm, status: MemberStatus): RuleBreach | null {
  if (status !== 'PROBATIONARY' || LIGHT_DISCIPLINE_FORMS.includes(form)) return null;
  return breach('PROBATIONARY_LIMIT', CHARTER_35, {
    vi: 'Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo.',
    en: 'A probationary member may only be reprimanded or warned.',
  });
}

/** NO_PARTY_POST: dismissal (cách chức) removes a member from a party post the member holds (Điều lệ Đảng, Điều 35). */
export function checkHoldsPost(form: DisciplineForm, holdsPartyPost: boolean): RuleBreach | null {
  if (form !== 'DISMISSAL' || holdsPartyPost) return null;
  return breach('NO_PARTY_POST', CHARTER_35, {
    vi: 'Đảng viên không giữ chức vụ đảng nào vào ngày quyết định: không áp dụng cách chức.',
    en: 'The member holds no party post on the day of the decision: dismissal does not apply.',
  });
}

/**
 * Who decides (answered FORBIDDEN, not a breach): a grassroots committee
 * and its inspection committee reprimand and warn its members; heavier
 * forms and discipline of organisations are decided above (Điều lệ Đảng,
 * Điều 36; Quy định 296-QĐ/TW (2025)).
 */
export function mayDecide(role: Role, form: DisciplineForm, subject: SubjectKind): boolean {
  if (role !== 'COMMUNE_INSPECTOR') return true;
  return subject === 'MEMBER' && LIGHT_DISCIPLINE_FORMS.includes(form);
}

/**
 * The last day a discipline is in force: the decision plus 12 months; an
 * expulsion or a dissolution does not lapse (null) (Quy định 296-QĐ/TW
 * (2025): kỷ luật hết hiệu lực sau 12 tháng nếu không tái phạm).
 */
export function inForceUntil(form: DisciplineForm, decidedOn: string): string | null {
  return form === 'EXPULSION' || form === 'DISSOLUTION' ? null : addMonths(decidedOn, DISCIPLINE_MONTHS);
}

export interface DisciplineSpan {
  decidedOn: string;
  inForceUntil: string | null;
}

/** Is a discipline in force on a day: from its decision to its last day, both included (for ever when it does not lapse)? */
export function inForceOn(d: DisciplineSpan, day: string): boolean {
  return d.decidedOn <= day && (d.inForceUntil === null || day <= d.inForceUntil);
}

/** The last day of the disciplines in force on a day; null when none is. */
export function inForceThrough(ds: readonly DisciplineSpan[], day: string): string | null {
  const live = ds.filter((d) => inForceOn(d, day));
  if (!live.length) return null;
  if (live.some((d) => d.inForceUntil === null)) return '9999-12-31';
  return live.map((d) => d.inForceUntil!).reduce((a, b) => (a > b ? a : b));
}

/**
 * DISCIPLINE_IN_FORCE: nobody under a discipline still in force is appointed
 * (Quy định 296-QĐ/TW (2025); Quy định 69-QĐ/TW (2022)).
 */
export function checkNotInForce(ds: readonly DisciplineSpan[], day: string): RuleBreach | null {
  const until = inForceThrough(ds, day);
  if (!until) return null;
  return breach('DISCIPLINE_IN_FORCE', 'Quy định 296-QĐ/TW (2025); Quy định 69-QĐ/TW (2022)', {
    vi: `Đảng viên đang trong thời hạn kỷ luật (đến hết ngày ${displayDate(until)}): chưa bố trí vào chức vụ.`,
    en: `The member is under a discipline in force until ${displayDate(until)}: no appointment until it lapses.`,
  });
}

/**
 * UNDER_PROCEEDINGS: no official transfer while the member is the subject
 * of an inspection on signs of violation, a denunciation or a discipline
 * appeal not yet concluded or cancelled (the Central Inspection Commission's
 * answers on Quy định 296-QĐ/TW (2025)).
 */
export function checkNotUnderProceedings(openProceedings: number): RuleBreach | null {
  if (openProceedings === 0) return null;
  return breach('UNDER_PROCEEDINGS', 'Quy định 296-QĐ/TW (2025), hướng dẫn của Ủy ban Kiểm tra Trung ương', {
    vi: 'Đảng viên đang là đối tượng kiểm tra, giải quyết tố cáo hoặc khiếu nại chưa kết luận: chưa chuyển sinh hoạt đảng.',
    en: 'The member is the subject of an inspection, denunciation or appeal not yet concluded: no transfer until it is.',
  });
}

/**
 * The award day of a badge deferred by discipline: a Huy hiệu Đảng is not
 * awarded while a discipline is in force; it waits for the first award day
 * after the discipline lapses (Hướng dẫn 01-HD/TW (2021), Mục 18).
 */
export function badgeAwardOn(
  ceremony: string,
  ds: readonly DisciplineSpan[],
): { on: string; deferredUntil: string | null } {
  const until = inForceThrough(ds, ceremony);
  if (!until) return { on: ceremony, deferredUntil: null };
  return { on: until === '9999-12-31' ? until : ceremonyOn(addDays(until, 1)), deferredUntil: until };
}

function breach(rule: string, source: string, message: { vi: string; en: string }): RuleBreach {
  return { rule, source, message };
}
