import type { OrganizationKind } from '@dangvu/schema';
import { addDays, addMonths, displayDate } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { CELL_KINDS } from '../members/member.rules.js';

/**
 * The rules on cell meetings (sinh hoạt chi bộ), each with its id and
 * source. Pure functions: a check returns the breach, or null when the rule
 * holds; the periods and the alerts' thresholds are computed here too.
 * Where the 2025 texts were not at hand, the earlier ones they restate are
 * named beside them (docs/adr/0012-meetings.md).
 */
const CT50 = 'Chỉ thị 50-CT/TW (2025); Hướng dẫn 42-HD/BTCTW (2025)';
const CHARTER_8 = 'Điều lệ Đảng, Điều 8; Quy định 294-QĐ/TW (2025)';

/** MEETING_CELL_REQUIRED: sinh hoạt chi bộ is held by a cell (Điều lệ Đảng, Điều 24; Chỉ thị 50-CT/TW). */
export function checkMeetingCell(kind: OrganizationKind, code: string): RuleBreach | null {
  if (CELL_KINDS.includes(kind)) return null;
  return breach('MEETING_CELL_REQUIRED', `Điều lệ Đảng, Điều 24; ${CT50}`, {
    vi: `Sinh hoạt chi bộ do chi bộ tổ chức; ${code} không phải là chi bộ.`,
    en: `Cell meetings are held by cells; ${code} is not a cell.`,
  });
}

/** MEETING_BEFORE_ESTABLISHED: a cell meets from the day it is established. */
export function checkHeldAfterEstablished(heldOn: string, establishedOn: string | null): RuleBreach | null {
  if (!establishedOn || heldOn >= establishedOn) return null;
  return breach('MEETING_BEFORE_ESTABLISHED', undefined, {
    vi: `Chi bộ được thành lập ngày ${displayDate(establishedOn)}; không ghi buổi sinh hoạt trước ngày đó.`,
    en: `The cell was established on ${displayDate(establishedOn)}; no meeting is recorded before that day.`,
  });
}

/** MEETING_IN_FUTURE: the minutes record a meeting held, on a day not after today (answered as a field error). */
export function checkHeldNotInFuture(heldOn: string, today: string): RuleBreach | null {
  if (heldOn <= today) return null;
  return breach('MEETING_IN_FUTURE', CT50, {
    vi: 'Biên bản ghi buổi sinh hoạt đã diễn ra: ngày sinh hoạt không được sau hôm nay.',
    en: 'The minutes record a meeting held: its day may not be after today.',
  });
}

/** MEETING_COUNT_NEGATIVE: present and absent are counts (answered as a field error). */
export function checkCount(n: number): RuleBreach | null {
  if (Number.isInteger(n) && n >= 0) return null;
  return breach('MEETING_COUNT_NEGATIVE', CT50, {
    vi: 'Số đảng viên có mặt, vắng mặt là số nguyên không âm.',
    en: 'The numbers present and absent are whole numbers, zero or more.',
  });
}

/**
 * ABSENCES_EXCEED_ABSENTEES: the minutes name the absentees; they cannot
 * name more than the number absent (Hướng dẫn 42-HD/BTCTW (2025): biên bản
 * ghi số đảng viên có mặt, vắng mặt, họ tên người vắng, có lý do hay không).
 */
export function checkAbsencesWithin(named: number, absentees: number): RuleBreach | null {
  if (named <= absentees) return null;
  return breach('ABSENCES_EXCEED_ABSENTEES', CT50, {
    vi: `Biên bản ghi ${absentees} đảng viên vắng mặt nhưng nêu tên ${named} người.`,
    en: `The minutes record ${absentees} absent but name ${named}.`,
  });
}

/** ABSENCE_DUPLICATE: each absentee is named once. */
export function checkDistinctAbsences(memberIds: readonly string[]): RuleBreach | null {
  if (new Set(memberIds).size === memberIds.length) return null;
  return breach('ABSENCE_DUPLICATE', CT50, {
    vi: 'Một đảng viên được nêu tên vắng mặt hai lần.',
    en: 'A member is named absent twice.',
  });
}

/**
 * ABSENTEE_NOT_IN_CELL: the absentees named are current members of the
 * cell that met (a member attends the meetings of the cell they belong to,
 * Điều lệ Đảng, Điều 2).
 */
export function checkAbsenteesInCell(named: number, foundInCell: number): RuleBreach | null {
  if (named === foundInCell) return null;
  return breach('ABSENTEE_NOT_IN_CELL', 'Điều lệ Đảng, Điều 2', {
    vi: 'Người vắng mặt được nêu tên phải là đảng viên đang sinh hoạt tại chi bộ này.',
    en: 'Absentees named must be current members of this cell.',
  });
}

// ── periods ──

/** The first and last day of a month given by any of its days. */
export function monthOf(day: string): [string, string] {
  const first = `${day.slice(0, 7)}-01`;
  return [first, addDays(addMonths(first, 1), -1)];
}

/** The first and last day of a quarter (1–4) of a year. */
export function quarterRange(year: number, quarter: number): [string, string] {
  const first = `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return [first, addDays(addMonths(first, 3), -1)];
}

/** The months of a quarter, as YYYY-MM. */
export function monthsOfQuarter(year: number, quarter: number): string[] {
  const [first] = quarterRange(year, quarter);
  return [0, 1, 2].map((k) => addMonths(first, k).slice(0, 7));
}

/** REGULAR_MEETING_MISSING looks at the last full month before asOf. */
export function lastFullMonth(asOf: string): [string, string] {
  return monthOf(addMonths(monthOf(asOf)[0], -1));
}

/** The quarter (1 to 4) a day falls in. */
export function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

/** THEMATIC_MEETING_MISSING looks at the last full quarter before asOf. */
export function lastFullQuarter(asOf: string): [string, string] {
  const year = Number(asOf.slice(0, 4));
  const quarter = quarterOf(asOf);
  return quarter === 1 ? quarterRange(year - 1, 4) : quarterRange(year, quarter - 1);
}

/**
 * REGULAR_EVERY_MONTH: a cell holds a regular meeting every month (Chỉ thị
 * 50-CT/TW (2025); Hướng dẫn 42-HD/BTCTW (2025); earlier Chỉ thị 10-CT/TW
 * (2007)). The months of a quarter that have ended on `today` with no regular
 * meeting are missed; a month still running is not missed yet.
 */
export function monthsMissed(regularMonths: readonly string[], quarterMonths: readonly string[], today: string) {
  const current = today.slice(0, 7);
  return quarterMonths.filter((m) => m < current && !regularMonths.includes(m)).length;
}

/**
 * THEMATIC_EVERY_QUARTER: at least one thematic meeting a quarter, besides
 * (not in place of) the monthly regular meeting (same sources). A quarter is
 * compliant once every one of its months had a regular meeting and it had a
 * thematic one; a thematic meeting never counts as the month's regular one.
 */
export function isCompliant(regularMonths: readonly string[], quarterMonths: readonly string[], thematic: number) {
  return thematic >= 1 && quarterMonths.every((m) => regularMonths.includes(m));
}

/**
 * Alerts are raised only for cells whose meetings are kept here: a cell
 * with a meeting on record before the period (as SECRETARY_VACANT waits for
 * a secretary on record). One never recorded shows in meetingCompliance.
 */
export function isTracked(firstMeetingOn: string | null, periodStart: string): boolean {
  return firstMeetingOn !== null && firstMeetingOn < periodStart;
}

/**
 * UNEXCUSED_ABSENCES: a member absent without reason from the regular
 * meeting in 3 or more months of the last 12 is to be considered for
 * removal (xóa tên) by the cell (Điều lệ Đảng, Điều 8, khoản 2: bỏ sinh hoạt
 * đảng ... 3 tháng trong năm không có lý do chính đáng; Quy định 294-QĐ/TW
 * (2025)).
 */
export const UNEXCUSED_MONTHS = 3;
/** "trong năm": the absences counted are those of the last 12 months. */
export const UNEXCUSED_WINDOW_MONTHS = 12;
export const UNEXCUSED_SOURCE = CHARTER_8;

/** The window of the last 12 months up to asOf: absences held after the first day returned, up to asOf. */
export function unexcusedWindowAfter(asOf: string): string {
  return addMonths(asOf, -UNEXCUSED_WINDOW_MONTHS);
}

export function isRemovalGround(monthsAbsent: number): boolean {
  return monthsAbsent >= UNEXCUSED_MONTHS;
}

function breach(rule: string, source: string | undefined, message: { vi: string; en: string }): RuleBreach {
  return { rule, ...(source ? { source } : {}), message };
}
