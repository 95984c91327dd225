import { describe, expect, it } from 'vitest';
import { ceremonyOn, nextBadge, partyAgeFrom, partyYears } from './party-age.rules.js';

describe('party age (Hướng dẫn 01-HD/TW 2021, Mục 18)', () => {
  it('counts whole years from the admission decision', () => {
    expect(partyYears('1995-02-03', '2025-02-02')).toBe(29);
    expect(partyYears('1995-02-03', '2025-02-03')).toBe(30);
  });
  it('counts a re-admitted member from the first admission, less the time out of the party', () => {
    const m = { admittedOn: '2010-03-01', firstAdmittedOn: '1990-01-10' };
    const events = [
      { kind: 'ADMITTED' as const, on: '1990-01-10' },
      { kind: 'REMOVED' as const, on: '2005-03-01' },
      { kind: 'READMITTED' as const, on: '2010-03-01' },
    ];
    // five years out (1/3/2005–1/3/2010): the count starts five years after the first admission
    expect(partyAgeFrom(m, events)).toBe('1995-01-10');
    expect(partyYears(partyAgeFrom(m, events), '2025-01-09')).toBe(29);
    expect(partyYears(partyAgeFrom(m, events), '2025-01-10')).toBe(30);
  });
  it('counts from the decision when the member was never re-admitted', () => {
    expect(partyAgeFrom({ admittedOn: '2001-05-19', firstAdmittedOn: null }, [])).toBe('2001-05-19');
  });
});

describe('Huy hiệu Đảng (Hướng dẫn 01-HD/TW 2021, Mục 18)', () => {
  it('holds the award on the first of 3/2, 19/5, 2/9, 7/11 on or after the due day', () => {
    expect(ceremonyOn('2025-02-03')).toBe('2025-02-03');
    expect(ceremonyOn('2025-02-04')).toBe('2025-05-19');
    expect(ceremonyOn('2025-11-08')).toBe('2026-02-03');
  });
  it('names the next milestone: 30, 40, 45 … 90 years', () => {
    expect(nextBadge('1995-06-10', '2025-01-01')).toEqual({ years: 30, dueOn: '2025-06-10', ceremonyOn: '2025-09-02' });
    expect(nextBadge('1980-01-01', '2026-01-01')?.years).toBe(50);
    expect(nextBadge('1930-01-01', '2021-01-01')).toBeNull();
  });
  it('keeps a milestone after its due day until its award day has passed', () => {
    // due 10/6/2025, awarded on 2/9/2025: still the 30-year badge on the due day, after it and on 2/9; the 40-year one from 3/9
    expect(nextBadge('1995-06-10', '2025-06-10')?.years).toBe(30);
    expect(nextBadge('1995-06-10', '2025-06-11')?.years).toBe(30);
    expect(nextBadge('1995-06-10', '2025-09-02')?.years).toBe(30);
    expect(nextBadge('1995-06-10', '2025-09-03')?.years).toBe(40);
  });
  it('keeps the last milestone until its award day, then none', () => {
    expect(nextBadge('1935-03-01', '2025-05-19')?.years).toBe(90);
    expect(nextBadge('1935-03-01', '2025-05-20')).toBeNull();
  });
});
