import {
  DISCIPLINE_FORMS,
  type DisciplineForm,
  LIGHT_DISCIPLINE_FORMS,
  MEMBER_DISCIPLINE_FORMS,
  type MemberStatus,
  ORGANIZATION_DISCIPLINE_FORMS,
  type Role,
} from '@dangvu/schema';

/** Who is disciplined: a member (with what the rules need to know) or an organisation. */
export type DisciplineSubject =
  | {
      kind: 'MEMBER';
      status: MemberStatus;
      /** Holds a party post on the day of the decision; null while it is being looked up. */
      holdsPartyPost: boolean | null;
    }
  | { kind: 'ORGANIZATION' };

/** Why a form is not offered: the api's rule id (or COMMUNE_LIMIT for its FORBIDDEN) and the message key. */
export type WithheldRule =
  | 'FORM_NOT_FOR_SUBJECT'
  | 'COMMUNE_LIMIT'
  | 'MEMBER_NOT_CURRENT'
  | 'PROBATIONARY_LIMIT'
  | 'NO_PARTY_POST'
  | 'PARTY_POST_UNKNOWN';

export interface Withheld {
  form: DisciplineForm;
  rule: WithheldRule;
}

/** The regulation each rule comes from, as the api cites it (features/inspections/discipline.rules.ts). */
export const RULE_SOURCES: Record<WithheldRule, string> = {
  FORM_NOT_FOR_SUBJECT: 'Điều lệ Đảng, Điều 35',
  COMMUNE_LIMIT: 'Điều lệ Đảng, Điều 36; Quy định 296-QĐ/TW (2025)',
  MEMBER_NOT_CURRENT: 'Điều lệ Đảng, Điều 35',
  PROBATIONARY_LIMIT: 'Điều lệ Đảng, Điều 35',
  NO_PARTY_POST: 'Điều lệ Đảng, Điều 35',
  PARTY_POST_UNKNOWN: 'Điều lệ Đảng, Điều 35',
};

/** The first rule that withholds a form from the role for the subject, or null when it may be chosen. */
function withholding(role: Role, form: DisciplineForm, subject: DisciplineSubject): WithheldRule | null {
  const forSubject = subject.kind === 'MEMBER' ? MEMBER_DISCIPLINE_FORMS : ORGANIZATION_DISCIPLINE_FORMS;
  if (!forSubject.includes(form)) return 'FORM_NOT_FOR_SUBJECT';
  if (role === 'COMMUNE_INSPECTOR' && (subject.kind !== 'MEMBER' || !LIGHT_DISCIPLINE_FORMS.includes(form)))
    return 'COMMUNE_LIMIT';
  if (subject.kind === 'ORGANIZATION') return null;
  if (subject.status !== 'PROBATIONARY' && subject.status !== 'OFFICIAL') return 'MEMBER_NOT_CURRENT';
  if (subject.status === 'PROBATIONARY' && !LIGHT_DISCIPLINE_FORMS.includes(form)) return 'PROBATIONARY_LIMIT';
  if (form === 'DISMISSAL' && subject.holdsPartyPost === null) return 'PARTY_POST_UNKNOWN';
  if (form === 'DISMISSAL' && !subject.holdsPartyPost) return 'NO_PARTY_POST';
  return null;
}

/**
 * The forms the discipline dialog offers, as the api decides them
 * (discipline.rules.ts): EXPULSION and DISMISSAL for members, DISSOLUTION for
 * organisations; a COMMUNE_INSPECTOR only REPRIMAND and WARNING on members; a
 * probationary member only REPRIMAND and WARNING; DISMISSAL only for a member
 * holding a party post. The others are listed with the rule that withholds them.
 */
export function disciplineChoices(
  role: Role,
  subject: DisciplineSubject,
): { offered: DisciplineForm[]; withheld: Withheld[] } {
  const offered: DisciplineForm[] = [];
  const withheld: Withheld[] = [];
  for (const form of DISCIPLINE_FORMS) {
    const rule = withholding(role, form, subject);
    if (rule) withheld.push({ form, rule });
    else offered.push(form);
  }
  return { offered, withheld };
}

/** The rule ids of a refused discipline, each shown beside the field it concerns. */
export const DISCIPLINE_RULE_FIELDS: Record<string, string> = {
  SUBJECT_NOT_NAMED: 'subject',
  NOT_CURRENT_MEMBER: 'subject',
  ORGANIZATION_CLOSED: 'subject',
  FORM_NOT_FOR_SUBJECT: 'form',
  PROBATIONARY_LIMIT: 'form',
  NO_PARTY_POST: 'form',
  MEMBERS_REMAIN: 'form',
  ACTIVE_CHILDREN: 'form',
};
