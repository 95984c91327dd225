import type { AgeBand } from '@dangvu/schema';
import { addYears, monthEnd } from '../../graphql/dates.js';

/**
 * How the statistics group and window their figures (docs/adr/0014-statistics.md).
 * Pure functions, unit-tested at both edges.
 */

/**
 * AGE_BANDS: ages in full years on the day, grouped as the district reports
 * group them (đến 30, 31–40, 41–50, 51–60, trên 60). `max` is the band's
 * oldest age; the last band is open.
 */
export const AGE_BANDS: readonly { key: AgeBand; max: number | null }[] = [
  { key: 'UP_TO_30', max: 30 },
  { key: 'FROM_31_TO_40', max: 40 },
  { key: 'FROM_41_TO_50', max: 50 },
  { key: 'FROM_51_TO_60', max: 60 },
  { key: 'OVER_60', max: null },
];

/**
 * The day a member must be born after to be at most `age` full years old on
 * `on`, full years as the member rules count them (fullYears, graphql/dates.ts):
 * `on` less age + 1 years; on the last day of a month, that month's last day
 * (a birthday on the 29th to the 31st is reached on the last day of a shorter
 * month: a member born on 29 February turns a year older on 28 February).
 */
export function bornAfter(on: string, age: number): string {
  const edge = addYears(on, -(age + 1));
  return on === monthEnd(on) ? monthEnd(edge) : edge;
}

/** The days each closed band's members are born after, youngest band first. */
export function bandEdges(on: string): string[] {
  return AGE_BANDS.flatMap((b) => (b.max === null ? [] : [bornAfter(on, b.max)]));
}

/**
 * The members of each band from `total` and, for each edge of bandEdges,
 * how many are born after it (at most that band's oldest age).
 */
export function bandCounts(total: number, bornAfterEdge: readonly number[]): { key: AgeBand; count: number }[] {
  const upTo = [...bornAfterEdge, total];
  return AGE_BANDS.map((b, i) => ({ key: b.key, count: upTo[i] - (i ? upTo[i - 1] : 0) }));
}

/** A share 0..1 of `part` in `whole`; 0 when there is no whole. */
export const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Ethnicities are compared folded (trimmed, lower case): the majority is Kinh. */
export const MAJORITY_ETHNICITY = 'kinh';
