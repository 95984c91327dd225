import { describe, expect, it } from 'vitest';
import { addMonths, fullMonths } from '../../graphql/dates.js';
import { generatedCalendar } from '../calendar/holiday.generate.js';
import {
  checkCurrent,
  checkIsCell,
  checkNoPendingTransfer,
  checkOverAge,
  checkProbationary,
  checkProbationComplete,
  checkRegisteredOfficialOn,
  checkTransferPending,
  checkUnderAge,
  officialOnWhenRecognised,
  probationEndsOn,
  recognitionDueOn,
  registeredOfficialOn,
} from './member.rules.js';

const d = (admittedOn: string, ceremonyOn: string | null = null) => ({ admittedOn, ceremonyOn });

describe('UNDER_AGE (from a full 18 years, counted in months)', () => {
  it('refuses the day before the 18th birthday and admits on it', () => {
    expect(checkUnderAge('2000-03-15', '2018-03-14')?.rule).toBe('UNDER_AGE');
    expect(checkUnderAge('2000-03-15', '2018-03-15')).toBeNull();
  });
  it('counts a 29 February birthday as reached on 28 February', () => {
    expect(checkUnderAge('2004-02-29', '2022-02-27')?.rule).toBe('UNDER_AGE');
    expect(checkUnderAge('2004-02-29', '2022-02-28')).toBeNull();
  });
});

describe('OVER_AGE (up to a full 60 years; beyond only with a higher decision)', () => {
  it('counts 720 full months on the 60th birthday', () => {
    expect(fullMonths('1960-03-15', '2020-03-15')).toBe(720);
  });
  it('holds at exactly 720 months and breaks at 721', () => {
    expect(checkOverAge('1960-03-15', '2020-04-14')).toBeNull();
    expect(checkOverAge('1960-03-15', '2020-04-15')?.rule).toBe('OVER_AGE');
  });
  it('lets an over-age admission through with overAgeDecision', () => {
    expect(checkOverAge('1950-01-01', '2024-01-01', '123-QĐ/TU')).toBeNull();
    expect(checkOverAge('1950-01-01', '2024-01-01', '  ')?.source).toMatch(/Điều lệ Đảng/);
  });
});

describe('probation', () => {
  it('ends 12 months after the ceremony; a record without a ceremony counts from the decision', () => {
    expect(probationEndsOn(d('2024-05-19'))).toBe('2025-05-19');
    expect(probationEndsOn(d('2024-02-29'))).toBe('2025-02-28');
    expect(probationEndsOn(d('2024-05-19', '2024-06-20'))).toBe('2025-06-20');
  });
  it('refuses recognition the day before the end (PROBATION_NOT_COMPLETE) and allows it on the day', () => {
    expect(checkProbationComplete(d('2024-05-19'), '2025-05-18')?.rule).toBe('PROBATION_NOT_COMPLETE');
    expect(checkProbationComplete(d('2024-05-19'), '2025-05-19')).toBeNull();
    expect(checkProbationComplete(d('2024-05-19', '2024-06-20'), '2025-06-19')?.rule).toBe('PROBATION_NOT_COMPLETE');
    expect(checkProbationComplete(d('2024-05-19', '2024-06-20'), '2025-06-20')).toBeNull();
  });
  it('recognises only probationary members (NOT_PROBATIONARY)', () => {
    expect(checkProbationary('PROBATIONARY')).toBeNull();
    expect(checkProbationary('OFFICIAL')?.rule).toBe('NOT_PROBATIONARY');
  });
  it('makes the member official from the end of the 12 months, whatever the decision date', () => {
    expect(officialOnWhenRecognised(d('2023-09-02'))).toBe('2024-09-02');
    expect(officialOnWhenRecognised(d('2023-09-02', '2023-09-20'))).toBe('2024-09-20');
  });
  it('leaves 30 working days to act, Tết not counted (PROBATION_OVERDUE)', () => {
    // the 12 months end on Friday 17/1/2025; Tết (28/1–31/1 and 3/2 in lieu of Saturday 1/2) moves the 30th working day a week on
    expect(recognitionDueOn(d('2024-01-17'), generatedCalendar(2025, 2025))).toBe('2025-03-07');
    expect(recognitionDueOn(d('2024-01-17'), new Map())).toBe('2025-02-28');
  });
});

describe('dates', () => {
  it('adds months clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(fullMonths('2024-01-31', '2024-02-29')).toBe(1);
    expect(fullMonths('2024-01-31', '2024-02-28')).toBe(0);
  });
});

describe('NOT_CURRENT_MEMBER', () => {
  it('holds for probationary and official, breaks for those who left', () => {
    expect(checkCurrent('OFFICIAL')).toBeNull();
    expect(checkCurrent('REMOVED')?.rule).toBe('NOT_CURRENT_MEMBER');
  });
});

describe('CELL_REQUIRED, TRANSFER_PENDING, TRANSFER_NOT_PENDING', () => {
  it('keeps members in cells', () => {
    expect(checkIsCell('SUBORDINATE_CELL', 'X')).toBeNull();
    expect(checkIsCell('GRASSROOTS_CELL', 'X')).toBeNull();
    expect(checkIsCell('GRASSROOTS_COMMITTEE', 'X')?.rule).toBe('CELL_REQUIRED');
  });
  it('allows one waiting transfer at a time, and decides only waiting ones', () => {
    expect(checkNoPendingTransfer(false)).toBeNull();
    expect(checkNoPendingTransfer(true)?.rule).toBe('TRANSFER_PENDING');
    expect(checkTransferPending('PENDING')).toBeNull();
    expect(checkTransferPending('ACCEPTED')?.rule).toBe('TRANSFER_NOT_PENDING');
  });
});

describe('OFFICIAL_ON on registration', () => {
  it('takes the end of the 12 months or later, never earlier', () => {
    expect(checkRegisteredOfficialOn('OFFICIAL', d('2010-05-19'), '2011-05-19')).toBeNull();
    expect(checkRegisteredOfficialOn('OFFICIAL', d('2010-05-19'), '2011-05-18')?.field).toBe('officialOn');
    expect(registeredOfficialOn('OFFICIAL', d('2010-05-19'), null)).toBe('2011-05-19');
  });
  it('gives a probationary member no official date', () => {
    expect(checkRegisteredOfficialOn('PROBATIONARY', d('2025-05-19'), null)).toBeNull();
    expect(checkRegisteredOfficialOn('PROBATIONARY', d('2025-05-19'), '2026-05-19')?.field).toBe('officialOn');
    expect(registeredOfficialOn('PROBATIONARY', d('2025-05-19'), '2026-05-19')).toBeNull();
  });
});
