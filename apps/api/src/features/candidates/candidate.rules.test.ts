import { describe, expect, it } from 'vitest';
import {
  checkAdmit,
  checkAdvance,
  checkCourse,
  checkSponsorCount,
  checkSponsorKinds,
  checkSponsorsEligible,
} from './candidate.rules.js';

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

const member = (memberId: string, knownSince = '2020-01-01') => ({ kind: 'MEMBER' as const, memberId, knownSince });
const youth = { kind: 'YOUTH_UNION' as const, knownSince: '2020-01-01' };

describe('AWARENESS_COURSE_REQUIRED and SPONSORS_REQUIRED', () => {
  it('needs the course date', () => {
    expect(checkCourse('2025-03-01')).toBeNull();
    expect(checkCourse(null)?.rule).toBe('AWARENESS_COURSE_REQUIRED');
  });
  it('needs two sponsors, no member twice', () => {
    expect(checkSponsorCount([member('a'), member('b')])).toBeNull();
    expect(checkSponsorCount([member('a'), youth])).toBeNull();
    expect(checkSponsorCount([member('a')])?.rule).toBe('SPONSORS_REQUIRED');
    expect(checkSponsorCount([member('a'), member('a')])?.rule).toBe('SPONSORS_REQUIRED');
    expect(checkSponsorCount([member('a'), member('b'), youth])?.rule).toBe('SPONSORS_REQUIRED');
  });
});

describe('SPONSOR_KIND: the Youth Union or trade union for an applicant up to 30', () => {
  // born 1995-03-15: 360 full months on 2025-04-14, 361 on 2025-04-15
  it('allows one committee up to 360 full months of age, not from the 361st', () => {
    expect(checkSponsorKinds([member('a'), youth], '1995-03-15', '2025-04-14')).toBeNull();
    expect(checkSponsorKinds([member('a'), youth], '1995-03-15', '2025-04-15')?.rule).toBe('SPONSOR_KIND');
    const trade = { kind: 'TRADE_UNION' as const, knownSince: '2020-01-01' };
    expect(checkSponsorKinds([trade, member('a')], '2000-01-01', '2025-04-14')).toBeNull();
    expect(checkSponsorKinds([member('a'), member('b')], '1950-01-01', '2025-04-14')).toBeNull();
  });
  it('allows only one committee, and a member sponsor names its member', () => {
    expect(checkSponsorKinds([youth, { ...youth, kind: 'TRADE_UNION' }], '2000-01-01', '2025-04-14')?.rule).toBe(
      'SPONSOR_KIND',
    );
    expect(
      checkSponsorKinds([{ kind: 'MEMBER', knownSince: '2020-01-01' }, youth], '2000-01-01', '2025-04-14')?.rule,
    ).toBe('SPONSOR_KIND');
    expect(checkSponsorKinds([member('a'), { ...youth, memberId: 'b' }], '2000-01-01', '2025-04-14')?.rule).toBe(
      'SPONSOR_KIND',
    );
  });
});

describe('SPONSOR_NOT_ELIGIBLE', () => {
  const a = { id: 'a', status: 'OFFICIAL' as const };
  const b = { id: 'b', status: 'OFFICIAL' as const };
  it('a member sponsor has known the applicant for 12 full months before the application, not a day less', () => {
    expect(checkSponsorsEligible([member('a', '2024-03-01'), member('b')], [a, b], '2025-03-01')).toBeNull();
    expect(checkSponsorsEligible([member('a', '2024-03-02'), member('b')], [a, b], '2025-03-01')?.rule).toBe(
      'SPONSOR_NOT_ELIGIBLE',
    );
    // a committee is not held to the 12 months
    expect(checkSponsorsEligible([member('a'), { ...youth, knownSince: '2025-02-01' }], [a], '2025-03-01')).toBeNull();
  });
  it('is an official member of the grassroots organisation', () => {
    expect(
      checkSponsorsEligible([member('a'), member('b')], [a, { id: 'b', status: 'PROBATIONARY' }], '2025-03-01')?.rule,
    ).toBe('SPONSOR_NOT_ELIGIBLE');
    expect(checkSponsorsEligible([member('a'), member('c')], [a, b], '2025-03-01')?.rule).toBe('SPONSOR_NOT_ELIGIBLE'); // c in another grassroots organisation, or unknown
  });
});
