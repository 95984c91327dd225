import { describe, expect, it } from 'vitest';
import {
  checkAbsencesWithin,
  checkAbsenteesInCell,
  checkCount,
  checkDistinctAbsences,
  checkHeldAfterEstablished,
  checkHeldNotInFuture,
  checkMeetingCell,
  isCompliant,
  isRemovalGround,
  isTracked,
  lastFullMonth,
  lastFullQuarter,
  monthOf,
  monthsMissed,
  monthsOfQuarter,
  quarterRange,
  unexcusedWindowAfter,
} from './meeting.rules.js';

const rule = (b: { rule: string } | null) => b?.rule ?? null;

describe('meeting rules', () => {
  it('MEETING_CELL_REQUIRED: grassroots and subordinate cells meet; committees do not record cell meetings', () => {
    expect(checkMeetingCell('SUBORDINATE_CELL', 'X')).toBeNull();
    expect(checkMeetingCell('GRASSROOTS_CELL', 'X')).toBeNull();
    const b = checkMeetingCell('GRASSROOTS_COMMITTEE', 'LB-TL');
    expect(b).toMatchObject({ rule: 'MEETING_CELL_REQUIRED', source: expect.stringContaining('Chỉ thị 50-CT/TW') });
    expect(b!.message.vi).toContain('LB-TL');
  });

  it('MEETING_BEFORE_ESTABLISHED: from the day of establishment on', () => {
    expect(checkHeldAfterEstablished('2020-03-01', '2020-03-01')).toBeNull();
    expect(checkHeldAfterEstablished('2020-01-01', null)).toBeNull();
    expect(rule(checkHeldAfterEstablished('2020-02-29', '2020-03-01'))).toBe('MEETING_BEFORE_ESTABLISHED');
  });

  it('MEETING_IN_FUTURE: today is fine, tomorrow is not', () => {
    expect(checkHeldNotInFuture('2025-06-30', '2025-06-30')).toBeNull();
    expect(rule(checkHeldNotInFuture('2025-07-01', '2025-06-30'))).toBe('MEETING_IN_FUTURE');
  });

  it('MEETING_COUNT_NEGATIVE: zero or more', () => {
    expect(checkCount(0)).toBeNull();
    expect(rule(checkCount(-1))).toBe('MEETING_COUNT_NEGATIVE');
  });

  it('ABSENCES_EXCEED_ABSENTEES: as many names as absentees, not one more', () => {
    expect(checkAbsencesWithin(3, 3)).toBeNull();
    expect(checkAbsencesWithin(0, 0)).toBeNull();
    const b = checkAbsencesWithin(4, 3);
    expect(b).toMatchObject({ rule: 'ABSENCES_EXCEED_ABSENTEES', source: expect.stringContaining('42-HD/BTCTW') });
    expect(b!.message.en).toBe('The minutes record 3 absent but name 4.');
  });

  it('ABSENCE_DUPLICATE and ABSENTEE_NOT_IN_CELL', () => {
    expect(checkDistinctAbsences(['a', 'b'])).toBeNull();
    expect(rule(checkDistinctAbsences(['a', 'b', 'a']))).toBe('ABSENCE_DUPLICATE');
    expect(checkAbsenteesInCell(2, 2)).toBeNull();
    expect(rule(checkAbsenteesInCell(2, 1))).toBe('ABSENTEE_NOT_IN_CELL');
  });

  it('periods: months, quarters, the last full month and quarter at their edges', () => {
    expect(monthOf('2024-02-10')).toEqual(['2024-02-01', '2024-02-29']);
    expect(quarterRange(2025, 1)).toEqual(['2025-01-01', '2025-03-31']);
    expect(quarterRange(2025, 4)).toEqual(['2025-10-01', '2025-12-31']);
    expect(monthsOfQuarter(2025, 3)).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(lastFullMonth('2025-03-01')).toEqual(['2025-02-01', '2025-02-28']);
    expect(lastFullMonth('2025-03-31')).toEqual(['2025-02-01', '2025-02-28']);
    expect(lastFullMonth('2025-01-15')).toEqual(['2024-12-01', '2024-12-31']);
    expect(lastFullQuarter('2025-03-31')).toEqual(['2024-10-01', '2024-12-31']);
    expect(lastFullQuarter('2025-04-01')).toEqual(['2025-01-01', '2025-03-31']);
  });

  it('REGULAR_EVERY_MONTH / THEMATIC_EVERY_QUARTER: missed months are ended months without a regular meeting', () => {
    const q = monthsOfQuarter(2025, 2);
    expect(monthsMissed([], q, '2025-07-01')).toBe(3);
    expect(monthsMissed(['2025-04', '2025-06'], q, '2025-07-01')).toBe(1);
    // the running month is not missed yet; the ended one is
    expect(monthsMissed(['2025-04'], q, '2025-06-30')).toBe(1);
    expect(monthsMissed(['2025-04'], q, '2025-05-31')).toBe(0);
    expect(isCompliant(['2025-04', '2025-05', '2025-06'], q, 1)).toBe(true);
    expect(isCompliant(['2025-04', '2025-05', '2025-06'], q, 0)).toBe(false);
    expect(isCompliant(['2025-04', '2025-06'], q, 2)).toBe(false);
  });

  it('alerts: tracked cells only; removal grounds from 3 months of the last 12', () => {
    expect(isTracked('2025-05-31', '2025-06-01')).toBe(true);
    expect(isTracked('2025-06-01', '2025-06-01')).toBe(false);
    expect(isTracked(null, '2025-06-01')).toBe(false);
    expect(isRemovalGround(2)).toBe(false);
    expect(isRemovalGround(3)).toBe(true);
    expect(unexcusedWindowAfter('2025-06-30')).toBe('2024-06-30');
  });
});
