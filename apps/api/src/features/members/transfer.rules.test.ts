import { describe, expect, it } from 'vitest';
import { generatedCalendar } from '../calendar/holiday.generate.js';
import { checkTemporaryPeriod, letterDueOn } from './transfer.rules.js';

describe('TEMPORARY_PERIOD', () => {
  it('lasts at least 3 months: not a day less', () => {
    expect(checkTemporaryPeriod('2025-03-01', '2025-06-01', 'WORK')).toBeNull();
    expect(checkTemporaryPeriod('2025-03-01', '2025-05-31', 'WORK')?.rule).toBe('TEMPORARY_PERIOD');
  });
  it('lasts at most 12 months for work and other reasons: not a day more', () => {
    expect(checkTemporaryPeriod('2025-03-01', '2026-03-01', 'WORK')).toBeNull();
    expect(checkTemporaryPeriod('2025-03-01', '2026-03-02', 'WORK')?.rule).toBe('TEMPORARY_PERIOD');
    expect(checkTemporaryPeriod('2025-03-01', '2026-03-02', 'OTHER')?.rule).toBe('TEMPORARY_PERIOD');
  });
  it('lasts at most 24 months for study: not a day more', () => {
    expect(checkTemporaryPeriod('2025-03-01', '2026-03-02', 'STUDY')).toBeNull();
    expect(checkTemporaryPeriod('2025-03-01', '2027-03-01', 'STUDY')).toBeNull();
    expect(checkTemporaryPeriod('2025-03-01', '2027-03-02', 'STUDY')?.rule).toBe('TEMPORARY_PERIOD');
  });
  it('needs its end', () => {
    expect(checkTemporaryPeriod('2025-03-01', null, 'WORK')?.rule).toBe('TEMPORARY_PERIOD');
  });
  it('counts from the month end when the day does not exist', () => {
    expect(checkTemporaryPeriod('2025-11-30', '2026-02-28', 'WORK')).toBeNull();
    expect(checkTemporaryPeriod('2025-11-30', '2026-02-27', 'WORK')?.rule).toBe('TEMPORARY_PERIOD');
  });
});

describe('the letter of an official transfer', () => {
  it('is due 30 working days after the request, public holidays not counted', () => {
    // 2025-09-01 (Monday) + 30 weekdays
    expect(letterDueOn('2025-09-01', new Map())).toBe('2025-10-13');
    // 1 and 2 September 2025 are days off (Quốc khánh)
    expect(letterDueOn('2025-08-29', generatedCalendar(2025, 2025))).toBe('2025-10-14');
  });
});
