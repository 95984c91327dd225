import { describe, expect, it } from 'vitest';
import { checkAdmit, checkAdvance, checkCourse, checkSponsors } from './candidate.rules.js';

describe('STAGE_ORDER', () => {
  it('moves one stage forward, never skips', () => {
    expect(checkAdvance('SOURCED', 'TRAINED')).toBeNull();
    expect(checkAdvance('SOURCED', 'APPLIED')?.rule).toBe('STAGE_ORDER');
    expect(checkAdvance('APPLIED', 'VERIFIED')).toBeNull();
  });
  it('admits only through admitCandidate, from VERIFIED', () => {
    expect(checkAdvance('VERIFIED', 'ADMITTED')?.rule).toBe('STAGE_ORDER');
    expect(checkAdmit('VERIFIED')).toBeNull();
    expect(checkAdmit('APPLIED')?.rule).toBe('STAGE_ORDER');
  });
  it('rejects from an open stage, not from a closed one', () => {
    expect(checkAdvance('TRAINED', 'REJECTED')).toBeNull();
    expect(checkAdvance('ADMITTED', 'REJECTED')?.rule).toBe('STAGE_ORDER');
  });
});

describe('AWARENESS_COURSE_REQUIRED and SPONSORS_REQUIRED', () => {
  it('needs the course date', () => {
    expect(checkCourse('2025-03-01')).toBeNull();
    expect(checkCourse(null)?.rule).toBe('AWARENESS_COURSE_REQUIRED');
  });
  it('needs two different official members', () => {
    const a = { id: 'a', status: 'OFFICIAL' as const };
    const b = { id: 'b', status: 'OFFICIAL' as const };
    expect(checkSponsors(['a', 'b'], [a, b])).toBeNull();
    expect(checkSponsors(['a'], [a])?.rule).toBe('SPONSORS_REQUIRED');
    expect(checkSponsors(['a', 'a'], [a])?.rule).toBe('SPONSORS_REQUIRED');
    expect(checkSponsors(['a', 'b'], [a, { id: 'b', status: 'PROBATIONARY' }])?.rule).toBe('SPONSORS_REQUIRED');
    expect(checkSponsors(['a', 'c'], [a])?.rule).toBe('SPONSORS_REQUIRED'); // c out of scope or unknown
  });
});
