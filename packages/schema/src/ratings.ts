import type { OrganizationKind, RatingGrade, Role } from './enums.js';

/**
 * The grade a 100-point score stands for (Quy định 366-QĐ/TW (2025)): 90 and
 * over EXCELLENT, 70 to under 90 GOOD, 50 to under 70 COMPLETED, under 50
 * NOT_COMPLETED. Shared by the api's rule (SCORE_GRADE_MISMATCH) and the
 * admin app's rating dialog.
 */
export function gradeOfScore(score: number): RatingGrade {
  if (score >= 90) return 'EXCELLENT';
  if (score >= 70) return 'GOOD';
  if (score >= 50) return 'COMPLETED';
  return 'NOT_COMPLETED';
}

/** The regulations the rating rules cite; the api's breaches and the admin app's withheld grades name the same. */
export const RATING_SOURCES = {
  HD21: 'Hướng dẫn 21-HD/BTCTW (2019)',
  QD124: 'Quy định 124-QĐ/TW (2023)',
  QD366: 'Quy định 366-QĐ/TW (2025)',
} as const;

/** The organisations rated every year (Quy định 124-QĐ/TW (2023)): grassroots organisations and their subordinate cells. */
export const RATED_KINDS: readonly OrganizationKind[] = ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'SUBORDINATE_CELL'];

/** EXCELLENT_QUOTA: EXCELLENT at most one in this many of those rated GOOD (Hướng dẫn 21-HD/BTCTW (2019)). */
export const GOOD_PER_EXCELLENT = 5;

/** The same quota as a share of those rated GOOD, in percent (20), as the messages state it. */
export const EXCELLENT_QUOTA_PERCENT = 100 / GOOD_PER_EXCELLENT;

/** What `mayRate` needs to know of the subject: a member, or an organisation with its kind and parent. */
export type RatedSubject =
  | { kind: 'MEMBER' }
  | { kind: 'ORGANIZATION'; organizationId: string; organizationKind: OrganizationKind; parentId: string | null };

/**
 * Who rates (FORBIDDEN, not a breach): a grassroots organisation rates its
 * members and its subordinate cells; the grassroots organisation itself is
 * rated by the level above (Quy định 124-QĐ/TW (2023), Điều 5). So a
 * COMMUNE_ADMIN rates the members of its scope and the subordinate cells
 * directly under its organisation, never its own organisation; a
 * DISTRICT_ADMIN and an ADMIN rate below their own organisation. Inspectors
 * read only. Shared by the api (the rule) and the admin app (what it offers).
 */
export function mayRate(role: Role, scopeId: string | null, s: RatedSubject): boolean {
  if (role === 'ADMIN') return true;
  if (role !== 'DISTRICT_ADMIN' && role !== 'COMMUNE_ADMIN') return false;
  if (s.kind === 'MEMBER') return true;
  if (role === 'DISTRICT_ADMIN') return s.organizationId !== scopeId;
  return s.organizationKind === 'SUBORDINATE_CELL' && s.parentId === scopeId;
}
