import { describe, expect, it } from 'vitest';
import { generatedCalendar } from '../calendar/holiday.generate.js';
import {
  ceremonyDueOn,
  checkCeremonyLate,
  checkCeremonyOpen,
  checkReadmissionCause,
  checkReadmissionWait,
  checkReadmittedOnce,
} from './admission.rules.js';
import { checkRemovalGround, statusAfterExit } from './exit.rules.js';

const cal = generatedCalendar(2025, 2026);

describe('CEREMONY_LATE: at most 30 working days after the decision, across Tết', () => {
  it('allows the ceremony on the 30th working day and refuses the 31st without consent', () => {
    // decision Friday 9/1/2026; Tết 16/2–20/2/2026 is not counted
    expect(ceremonyDueOn('2026-01-09', cal)).toBe('2026-02-27');
    expect(checkCeremonyLate('2026-01-09', '2026-02-27', cal)).toBeNull();
    const late = checkCeremonyLate('2026-01-09', '2026-03-02', cal);
    expect(late?.rule).toBe('CEREMONY_LATE');
    expect(late?.source).toMatch(/294-QĐ\/TW/);
  });
  it('lets a late ceremony through with the upper committee’s consent', () => {
    expect(checkCeremonyLate('2026-01-09', '2026-03-02', cal, '12-CV/HU')).toBeNull();
    expect(checkCeremonyLate('2026-01-09', '2026-03-02', cal, '  ')?.rule).toBe('CEREMONY_LATE');
  });
  it('records one ceremony, for a probationary member (CEREMONY_RECORDED)', () => {
    expect(checkCeremonyOpen('PROBATIONARY', null)).toBeNull();
    expect(checkCeremonyOpen('PROBATIONARY', '2026-01-20')?.rule).toBe('CEREMONY_RECORDED');
    expect(checkCeremonyOpen('OFFICIAL', null)?.rule).toBe('CEREMONY_RECORDED');
  });
});

describe('re-admission', () => {
  it('waits at least 36 months after leaving (READMISSION_TOO_EARLY)', () => {
    expect(checkReadmissionWait('2021-03-15', '2024-03-14')?.rule).toBe('READMISSION_TOO_EARLY');
    expect(checkReadmissionWait('2021-03-15', '2024-03-15')).toBeNull();
  });
  it('happens once only (READMITTED_BEFORE)', () => {
    expect(checkReadmittedOnce(null)).toBeNull();
    expect(checkReadmittedOnce('1990-01-01')?.rule).toBe('READMITTED_BEFORE');
  });
  it('follows a removal, never an expulsion for a barred cause or of unrecorded cause (READMISSION_BARRED)', () => {
    expect(checkReadmissionCause({ kind: 'REMOVED', ground: 'ABSENT_OR_DUES_UNPAID' })).toBeNull();
    expect(checkReadmissionCause({ kind: 'NOT_RECOGNISED', ground: null })).toBeNull();
    expect(checkReadmissionCause({ kind: 'EXPELLED', ground: 'FAMILY_PLANNING_2010' })).toBeNull();
    expect(checkReadmissionCause({ kind: 'EXPELLED', ground: 'CORRUPTION' })?.rule).toBe('READMISSION_BARRED');
    expect(checkReadmissionCause({ kind: 'EXPELLED', ground: null })?.rule).toBe('READMISSION_BARRED');
    expect(checkReadmissionCause(null)?.rule).toBe('READMISSION_BARRED');
  });
});

describe('leaving the roll', () => {
  it('needs a ground for a removal (GROUND_REQUIRED, Điều lệ Đảng, Điều 8)', () => {
    expect(checkRemovalGround('REMOVED', null)?.rule).toBe('GROUND_REQUIRED');
    expect(checkRemovalGround('REMOVED', null)?.source).toBe('Điều lệ Đảng, Điều 8');
    expect(checkRemovalGround('REMOVED', 'NOT_FULFILLING_DUTIES')).toBeNull();
    expect(checkRemovalGround('DECEASED', null)).toBeNull();
  });
  it('strikes a member not recognised from the probationary list: status REMOVED', () => {
    expect(statusAfterExit('NOT_RECOGNISED')).toBe('REMOVED');
    expect(statusAfterExit('DECEASED')).toBe('DECEASED');
  });
});
