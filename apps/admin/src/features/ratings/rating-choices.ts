import {
  can,
  gradeOfScore,
  mayRate,
  type OrganizationKind,
  RATED_KINDS,
  RATING_GRADES,
  RATING_SOURCES,
  type RatingGrade,
  type Role,
} from '@dangvu/schema';

/** What the rules need to know of the subject: a member's exemption, admission and disciplines, or an organisation. */
export type RatingSubject =
  | { kind: 'MEMBER'; exempt: boolean; admittedOn: string; disciplinedOn: readonly string[] }
  | { kind: 'ORGANIZATION' };

/** Why a grade is not offered: the api's rule id (features/ratings/rating.rules.ts). */
export type GradeRule = 'EXEMPT_NOT_RATED' | 'NOT_A_MEMBER_THAT_YEAR' | 'DISCIPLINED_CAP' | 'SCORE_GRADE_MISMATCH';

export interface WithheldGrade {
  grade: RatingGrade;
  rule: GradeRule;
}

/** The regulation each rule comes from, as the api cites it. */
export const GRADE_RULE_SOURCES: Record<GradeRule, string> = {
  EXEMPT_NOT_RATED: RATING_SOURCES.QD124,
  NOT_A_MEMBER_THAT_YEAR: `${RATING_SOURCES.QD124}; ${RATING_SOURCES.HD21}`,
  DISCIPLINED_CAP: `${RATING_SOURCES.QD124}; ${RATING_SOURCES.HD21}`,
  SCORE_GRADE_MISMATCH: RATING_SOURCES.QD366,
};

function withholding(subject: RatingSubject, year: number, score: number | null, grade: RatingGrade): GradeRule | null {
  if (subject.kind === 'MEMBER') {
    if (subject.exempt) return 'EXEMPT_NOT_RATED';
    if (year < Number(subject.admittedOn.slice(0, 4))) return 'NOT_A_MEMBER_THAT_YEAR';
    const disciplined = subject.disciplinedOn.some((d) => d.startsWith(`${year}-`));
    if (disciplined && grade !== 'NOT_COMPLETED') return 'DISCIPLINED_CAP';
  }
  if (score !== null && gradeOfScore(score) !== grade) return 'SCORE_GRADE_MISMATCH';
  return null;
}

/**
 * The grades the rating dialog offers for a subject, a year and a score (null
 * without one), as the api decides them; the others with the rule that
 * withholds them.
 */
export function gradeChoices(
  subject: RatingSubject,
  year: number,
  score: number | null,
): { offered: RatingGrade[]; withheld: WithheldGrade[] } {
  const offered: RatingGrade[] = [];
  const withheld: WithheldGrade[] = [];
  for (const grade of RATING_GRADES) {
    const rule = withholding(subject, year, score, grade);
    if (rule) withheld.push({ grade, rule });
    else offered.push(grade);
  }
  return { offered, withheld };
}

/** A score as typed (comma or point), or null when empty; NaN when it is not a number from 0 to 100. */
export function parseScore(text: string): number | null {
  if (!text.trim()) return null;
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : Number.NaN;
}

/**
 * May the user rate this organisation: one of the rated kinds, and who rates
 * it as the api decides (mayRate, @dangvu/schema).
 */
export function mayRateOrganization(
  role: Role,
  scopeId: string | null,
  org: { id: string; kind: OrganizationKind; parent: { id: string } | null },
): boolean {
  if (!can(role, 'rating:write') || !RATED_KINDS.includes(org.kind)) return false;
  return mayRate(role, scopeId, {
    kind: 'ORGANIZATION',
    organizationId: org.id,
    organizationKind: org.kind,
    parentId: org.parent?.id ?? null,
  });
}
