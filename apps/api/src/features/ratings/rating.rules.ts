import {
  GOOD_PER_EXCELLENT,
  gradeOfScore,
  type OrganizationKind,
  RATED_KINDS,
  RATING_GRADE_LABELS,
  RATING_SOURCES,
  type RatingGrade,
} from '@dangvu/schema';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * The rules on the annual rating (đánh giá, xếp loại chất lượng), each with
 * its id and source. Pure functions: they return the breach, or null.
 */
const { HD21, QD124, QD366 } = RATING_SOURCES;

/** RATED_KINDS, GOOD_PER_EXCELLENT (the 20% quota) and mayRate (who rates) are shared with the admin app: @dangvu/schema. */
/** The grassroots organisations (tổ chức cơ sở đảng): each is a quota group for its members and cells. */
export const GRASSROOTS_KINDS: readonly OrganizationKind[] = ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'];

/** SCORE_GRADE_MISMATCH: with a score, the grade is the score's band (Quy định 366-QĐ/TW (2025)). */
export function checkScoreGrade(score: number | null | undefined, grade: RatingGrade): RuleBreach | null {
  if (score === null || score === undefined) return null;
  const band = gradeOfScore(score);
  if (band === grade) return null;
  const l = RATING_GRADE_LABELS[band];
  return breach('SCORE_GRADE_MISMATCH', QD366, {
    vi: `Điểm ${score.toLocaleString('vi-VN')} thuộc mức “${l.vi}”: 90 điểm trở lên xuất sắc, 70 đến dưới 90 tốt, 50 đến dưới 70 hoàn thành, dưới 50 không hoàn thành.`,
    en: `A score of ${score} stands for ${l.en}: 90 and over excellent, 70 to under 90 good, 50 to under 70 completed, under 50 not completed.`,
  });
}

/**
 * DISCIPLINED_CAP: a member disciplined in the year (a discipline decided
 * in it) is rated NOT_COMPLETED (Quy định 124-QĐ/TW (2023); Hướng dẫn
 * 21-HD/BTCTW (2019)).
 */
export function checkDisciplinedCap(grade: RatingGrade, disciplinedInYear: boolean): RuleBreach | null {
  if (!disciplinedInYear || grade === 'NOT_COMPLETED') return null;
  return breach('DISCIPLINED_CAP', `${QD124}; ${HD21}`, {
    vi: 'Đảng viên bị kỷ luật trong năm chỉ xếp loại “Không hoàn thành nhiệm vụ”.',
    en: 'A member disciplined in the year may only be rated Not completed.',
  });
}

/** EXEMPT_NOT_RATED: members exempt from party work and meetings are not rated (Quy định 124-QĐ/TW (2023)). */
export function checkNotExempt(exempt: boolean): RuleBreach | null {
  if (!exempt) return null;
  return breach('EXEMPT_NOT_RATED', QD124, {
    vi: 'Đảng viên được miễn công tác và sinh hoạt đảng không xếp loại chất lượng.',
    en: 'A member exempt from party work and meetings is not rated.',
  });
}

/** The year of a LocalDate string. */
const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * NOT_A_MEMBER_THAT_YEAR: a member is rated for the years from the year of
 * admission (the decision; a member admitted during the year is rated for
 * it) to the year before leaving the roll: the rating is made at the end of
 * the year by the organisation that then holds the member, and one who has
 * left (removed, expelled, deceased, transferred out of the system) is no
 * longer on its roll (Quy định 124-QĐ/TW (2023); Hướng dẫn 21-HD/BTCTW (2019)).
 */
export function checkMemberInYear(year: number, admittedOn: string, leftOn: string | null): RuleBreach | null {
  const before = year < yearOf(admittedOn);
  const after = leftOn !== null && year >= yearOf(leftOn);
  if (!before && !after) return null;
  return breach('NOT_A_MEMBER_THAT_YEAR', `${QD124}; ${HD21}`, {
    vi: before
      ? `Đảng viên vào Đảng năm ${yearOf(admittedOn)}: không xếp loại cho năm ${year}.`
      : `Đảng viên đã ra khỏi danh sách năm ${yearOf(leftOn!)}: không xếp loại cho năm ${year}.`,
    en: before
      ? `The member was admitted in ${yearOf(admittedOn)}: no rating for ${year}.`
      : `The member left the roll in ${yearOf(leftOn!)}: no rating for ${year}.`,
  });
}

/**
 * ORGANIZATION_NOT_RATED: the annual rating covers grassroots organisations
 * and their subordinate cells (Quy định 124-QĐ/TW (2023)); and only for a
 * year in which the organisation existed (from the year it was founded to
 * the year it was closed).
 */
export function checkOrganizationRated(
  kind: OrganizationKind,
  year: number,
  establishedOn: string | null,
  closedOn: string | null,
): RuleBreach | null {
  if (!RATED_KINDS.includes(kind))
    return breach('ORGANIZATION_NOT_RATED', QD124, {
      vi: 'Chỉ tổ chức cơ sở đảng và chi bộ trực thuộc được đánh giá, xếp loại ở đây.',
      en: 'Only grassroots organisations and their subordinate cells are rated here.',
    });
  if ((establishedOn && year < yearOf(establishedOn)) || (closedOn && year > yearOf(closedOn)))
    return breach('ORGANIZATION_NOT_RATED', QD124, {
      vi: `Tổ chức không hoạt động trong năm ${year}.`,
      en: `The organisation did not exist in ${year}.`,
    });
  return null;
}

/** The counts a quota is checked on. */
export interface GradeTally {
  excellent: number;
  good: number;
}

/**
 * EXCELLENT_QUOTA: those rated EXCELLENT may not exceed 20% of those rated
 * GOOD, counted per grassroots organisation (Hướng dẫn 21-HD/BTCTW (2019);
 * Quy định 124-QĐ/TW (2023) and 366-QĐ/TW (2025)). Shown, never refused.
 */
export function isExcellentQuotaExceeded(t: GradeTally): boolean {
  return t.excellent * GOOD_PER_EXCELLENT > t.good;
}

export const QUOTA_SOURCE = `${HD21}; ${QD124}; ${QD366}`;

function breach(rule: string, source: string, message: { vi: string; en: string }): RuleBreach {
  return { rule, source, message };
}
