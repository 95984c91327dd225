import { gradeOfScore, mayRate, type RatedSubject } from '@dangvu/schema';
import { describe, expect, it } from 'vitest';
import {
  checkDisciplinedCap,
  checkMemberInYear,
  checkNotExempt,
  checkOrganizationRated,
  checkScoreGrade,
  isExcellentQuotaExceeded,
} from './rating.rules.js';

describe('rating rules', () => {
  it('SCORE_GRADE_MISMATCH: the bands meet at 90, 70 and 50, each edge on its upper band', () => {
    const edges: [number, string][] = [
      [100, 'EXCELLENT'],
      [90, 'EXCELLENT'],
      [89.99, 'GOOD'],
      [70, 'GOOD'],
      [69.99, 'COMPLETED'],
      [50, 'COMPLETED'],
      [49.99, 'NOT_COMPLETED'],
      [0, 'NOT_COMPLETED'],
    ];
    for (const [score, grade] of edges) expect(gradeOfScore(score)).toBe(grade);
    expect(checkScoreGrade(90, 'EXCELLENT')).toBeNull();
    expect(checkScoreGrade(89.99, 'EXCELLENT')?.rule).toBe('SCORE_GRADE_MISMATCH');
    expect(checkScoreGrade(89.99, 'GOOD')).toBeNull();
    expect(checkScoreGrade(49.99, 'COMPLETED')?.source).toContain('366-QĐ/TW');
    expect(checkScoreGrade(null, 'EXCELLENT')).toBeNull();
    expect(checkScoreGrade(75, 'EXCELLENT')?.message.vi).toContain('Hoàn thành tốt nhiệm vụ');
    expect(checkScoreGrade(89.99, 'EXCELLENT')?.message.vi).toMatch(/^Điểm 89,99 thuộc mức/);
    expect(checkScoreGrade(89.99, 'EXCELLENT')?.message.en).toMatch(/^A score of 89.99 stands for Good/);
  });

  it('DISCIPLINED_CAP: disciplined in the year, only NOT_COMPLETED; otherwise any grade', () => {
    expect(checkDisciplinedCap('NOT_COMPLETED', true)).toBeNull();
    expect(checkDisciplinedCap('COMPLETED', true)?.rule).toBe('DISCIPLINED_CAP');
    expect(checkDisciplinedCap('EXCELLENT', true)?.source).toContain('124-QĐ/TW');
    expect(checkDisciplinedCap('EXCELLENT', false)).toBeNull();
  });

  it('EXEMPT_NOT_RATED', () => {
    expect(checkNotExempt(true)?.rule).toBe('EXEMPT_NOT_RATED');
    expect(checkNotExempt(false)).toBeNull();
  });

  it('NOT_A_MEMBER_THAT_YEAR: from the year of admission to the year before leaving', () => {
    expect(checkMemberInYear(2020, '2020-12-31', null)).toBeNull();
    expect(checkMemberInYear(2019, '2020-01-01', null)?.rule).toBe('NOT_A_MEMBER_THAT_YEAR');
    expect(checkMemberInYear(2023, '2010-05-19', '2024-01-01')).toBeNull();
    expect(checkMemberInYear(2024, '2010-05-19', '2024-12-31')?.rule).toBe('NOT_A_MEMBER_THAT_YEAR');
    expect(checkMemberInYear(2024, '2010-05-19', '2024-12-31')?.message.en).toContain('left the roll in 2024');
  });

  it('ORGANIZATION_NOT_RATED: grassroots and subordinate cells, in the years they existed', () => {
    expect(checkOrganizationRated('SUBORDINATE_CELL', 2023, '2023-06-01', null)).toBeNull();
    expect(checkOrganizationRated('GRASSROOTS_CELL', 2022, '2023-06-01', null)?.rule).toBe('ORGANIZATION_NOT_RATED');
    expect(checkOrganizationRated('GRASSROOTS_COMMITTEE', 2024, null, '2024-01-01')).toBeNull();
    expect(checkOrganizationRated('GRASSROOTS_COMMITTEE', 2025, null, '2024-12-31')?.rule).toBe(
      'ORGANIZATION_NOT_RATED',
    );
    expect(checkOrganizationRated('DISTRICT_COMMITTEE', 2024, null, null)?.rule).toBe('ORGANIZATION_NOT_RATED');
  });

  it('who rates: the commune its members and cells, the level above the grassroots organisation', () => {
    const cell: RatedSubject = {
      kind: 'ORGANIZATION',
      organizationId: 'cell',
      organizationKind: 'SUBORDINATE_CELL',
      parentId: 'c1',
    };
    const commune: RatedSubject = {
      kind: 'ORGANIZATION',
      organizationId: 'c1',
      organizationKind: 'GRASSROOTS_COMMITTEE',
      parentId: 'd1',
    };
    const member: RatedSubject = { kind: 'MEMBER' };
    expect(mayRate('COMMUNE_ADMIN', 'c1', cell)).toBe(true);
    expect(mayRate('COMMUNE_ADMIN', 'c1', member)).toBe(true);
    expect(mayRate('COMMUNE_ADMIN', 'c1', commune)).toBe(false);
    expect(mayRate('COMMUNE_ADMIN', 'c2', cell)).toBe(false);
    expect(mayRate('DISTRICT_ADMIN', 'd1', commune)).toBe(true);
    expect(mayRate('DISTRICT_ADMIN', 'c1', commune)).toBe(false);
    expect(mayRate('ADMIN', null, commune)).toBe(true);
    expect(mayRate('COMMUNE_INSPECTOR', 'c1', member)).toBe(false);
    expect(mayRate('DISTRICT_INSPECTOR', 'd1', commune)).toBe(false);
  });

  it('EXCELLENT_QUOTA: at most 20% of those rated GOOD', () => {
    expect(isExcellentQuotaExceeded({ excellent: 2, good: 10 })).toBe(false);
    expect(isExcellentQuotaExceeded({ excellent: 3, good: 10 })).toBe(true);
    expect(isExcellentQuotaExceeded({ excellent: 6, good: 32 })).toBe(false);
    expect(isExcellentQuotaExceeded({ excellent: 7, good: 32 })).toBe(true);
    expect(isExcellentQuotaExceeded({ excellent: 0, good: 0 })).toBe(false);
    expect(isExcellentQuotaExceeded({ excellent: 1, good: 0 })).toBe(true);
  });
});
