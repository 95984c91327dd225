import type { MemberEventKind } from '@dangvu/schema';
import { addDays, addYears, fullYears } from '../../graphql/dates.js';

/**
 * Party age (tuổi Đảng) and the Huy hiệu Đảng milestones. Source: Hướng dẫn
 * 01-HD/TW (2021), Mục 18 (tuổi đảng; xét tặng Huy hiệu Đảng), carried into
 * Quy định 294-QĐ/TW (2025). Pure functions on LocalDate strings.
 */

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** Leaving the party (not a transfer or death, which end the count at left_on). */
export const LEAVING_KINDS: readonly MemberEventKind[] = ['REMOVED', 'NOT_RECOGNISED', 'EXPELLED'];

export interface PartyRecord {
  admittedOn: string;
  /** Set on a re-admitted member: the first admission decision. */
  firstAdmittedOn: string | null;
}

/**
 * The day party age counts from: the admission decision; for a re-admitted
 * member, the first admission moved later by the time out of the party
 * (between leaving and the re-admission, from the member's events).
 */
export function partyAgeFrom(m: PartyRecord, events: readonly { kind: MemberEventKind; on: string }[]): string {
  if (!m.firstAdmittedOn) return m.admittedOn;
  const left = events
    .filter((e) => LEAVING_KINDS.includes(e.kind) && e.on >= m.firstAdmittedOn! && e.on <= m.admittedOn)
    .map((e) => e.on)
    .sort()[0];
  // no leaving recorded: the whole span since the first admission counts
  const out = left ? days(left, m.admittedOn) : 0;
  return addDays(m.firstAdmittedOn, out);
}

/** Tuổi Đảng in whole years from `from` (see partyAgeFrom) to asOf. */
export function partyYears(from: string, asOf: string): number {
  return Math.max(0, fullYears(from, asOf));
}

/** Huy hiệu Đảng milestones in years of party age. */
export const BADGE_YEARS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
/** The award days: 3/2, 19/5, 2/9, 7/11. */
export const AWARD_DAYS = ['02-03', '05-19', '09-02', '11-07'] as const;

export interface Badge {
  years: number;
  dueOn: string;
  ceremonyOn: string;
}

/** The first award day on or after the day a milestone is reached. */
export function ceremonyOn(dueOn: string): string {
  const y = Number(dueOn.slice(0, 4));
  for (const yy of [y, y + 1]) {
    for (const md of AWARD_DAYS) {
      const day = `${yy}-${md}`;
      if (day >= dueOn) return day;
    }
  }
  throw new Error('unreachable');
}

/**
 * The next milestone: the first whose award ceremony has not yet passed on
 * asOf (a milestone reached on 10/6 stays next until its ceremony on 2/9 is
 * over); null when none is ahead.
 */
export function nextBadge(from: string, asOf: string): Badge | null {
  for (const years of BADGE_YEARS) {
    const dueOn = addYears(from, years);
    const on = ceremonyOn(dueOn);
    if (on >= asOf) return { years, dueOn, ceremonyOn: on };
  }
  return null;
}
