import type { RatingGrade } from './enums.js';

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
