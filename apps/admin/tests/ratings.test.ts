import { describe, expect, it } from 'vitest';
import { gradeChoices, mayRateOrganization, parseScore } from '../src/features/ratings/rating-choices';

const member = (over: Partial<{ exempt: boolean; admittedOn: string; disciplinedOn: string[] }> = {}) => ({
  kind: 'MEMBER' as const,
  exempt: false,
  admittedOn: '2010-05-19',
  disciplinedOn: [],
  ...over,
});

describe('the grades the rating dialog offers', () => {
  it('every grade without a rule; only the band of a score, at its edges', () => {
    expect(gradeChoices(member(), 2024, null).offered).toEqual(['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED']);
    expect(gradeChoices(member(), 2024, 90).offered).toEqual(['EXCELLENT']);
    expect(gradeChoices(member(), 2024, 89.99).offered).toEqual(['GOOD']);
    expect(gradeChoices({ kind: 'ORGANIZATION' }, 2024, 49.99).offered).toEqual(['NOT_COMPLETED']);
    expect(gradeChoices(member(), 2024, 70).withheld.map((w) => w.rule)).toEqual([
      'SCORE_GRADE_MISMATCH',
      'SCORE_GRADE_MISMATCH',
      'SCORE_GRADE_MISMATCH',
    ]);
  });

  it('a member disciplined in the year only NOT_COMPLETED; exempt or not yet admitted, none', () => {
    const disciplined = gradeChoices(member({ disciplinedOn: ['2024-12-31'] }), 2024, null);
    expect(disciplined.offered).toEqual(['NOT_COMPLETED']);
    expect(disciplined.withheld[0]).toEqual({ grade: 'EXCELLENT', rule: 'DISCIPLINED_CAP' });
    expect(gradeChoices(member({ disciplinedOn: ['2024-12-31'] }), 2025, null).offered).toHaveLength(4);
    expect(gradeChoices(member({ exempt: true }), 2024, null).offered).toEqual([]);
    expect(gradeChoices(member({ admittedOn: '2025-01-01' }), 2024, null).withheld[0].rule).toBe(
      'NOT_A_MEMBER_THAT_YEAR',
    );
    expect(gradeChoices(member({ admittedOn: '2024-12-31' }), 2024, null).offered).toHaveLength(4);
  });

  it('reads a score with a comma or a point, 0 to 100', () => {
    expect(parseScore('')).toBeNull();
    expect(parseScore('89,5')).toBe(89.5);
    expect(parseScore('100')).toBe(100);
    expect(parseScore('100.1')).toBeNaN();
    expect(parseScore('abc')).toBeNaN();
  });

  it('who rates an organisation: the commune its cells, the level above the commune', () => {
    const cell = { id: 'a', kind: 'SUBORDINATE_CELL' as const, parent: { id: 'c1' } };
    const commune = { id: 'c1', kind: 'GRASSROOTS_COMMITTEE' as const, parent: { id: 'd1' } };
    expect(mayRateOrganization('COMMUNE_ADMIN', 'c1', cell)).toBe(true);
    expect(mayRateOrganization('COMMUNE_ADMIN', 'c1', commune)).toBe(false);
    expect(mayRateOrganization('DISTRICT_ADMIN', 'd1', commune)).toBe(true);
    expect(mayRateOrganization('COMMUNE_INSPECTOR', 'c1', cell)).toBe(false);
  });
});
