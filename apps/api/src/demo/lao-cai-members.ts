import { addMonths } from '../graphql/dates.js';
import type { LeafPlan } from './lao-cai.js';
import type { MemberRow } from './members.js';
import { ethnicName } from './names.js';
import { type Rng, rng } from './random.js';

/** Lào Cai's card numbers: a range of their own, unique beside the other demo province's. */
export const LAO_CAI_FIRST_CARD = 20_000_000;

const RURAL_THEORY = [
  ['NONE', 30],
  ['ELEMENTARY', 50],
  ['INTERMEDIATE', 17],
  ['ADVANCED', 1],
  ['BACHELOR', 2],
] as const;
const EDUCATED_THEORY = [
  ['NONE', 10],
  ['ELEMENTARY', 35],
  ['INTERMEDIATE', 38],
  ['ADVANCED', 10],
  ['BACHELOR', 7],
] as const;
const RURAL_QUALIFICATION = [
  ['NONE', 45],
  ['VOCATIONAL', 15],
  ['INTERMEDIATE', 25],
  ['COLLEGE', 6],
  ['BACHELOR', 9],
] as const;
const EDUCATED_QUALIFICATION = [
  ['NONE', 3],
  ['VOCATIONAL', 5],
  ['INTERMEDIATE', 15],
  ['COLLEGE', 12],
  ['BACHELOR', 55],
  ['MASTER', 9],
  ['DOCTORATE', 1],
] as const;

/** Days since 1970-01-01 of a YYYY-MM-DD. */
export const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

/**
 * When members joined: seed 001 counts 20,472 admitted in the ten years to
 * 2021 (about 40% of the roll), about 2,000 a year; those admitted in the last
 * 12 months are still on probation.
 */
function admissionPeriods(today: string) {
  const cut = addMonths(today, -12);
  const day = dayOf;
  return [
    [[day('1965-01-01'), day('1985-12-31')], 8],
    [[day('1986-01-01'), day('2000-12-31')], 17],
    [[day('2001-01-01'), day('2010-12-31')], 25],
    [[day('2011-01-01'), day(cut) - 1], 46],
    [[day(cut) + 1, day(today)], 4],
  ] as const;
}

/** YYYY-MM-DD of a day number (days since 1970-01-01), memoised: 51,000 members share a few thousand days. */
function isoDay(cache: Map<number, string>, day: number): string {
  let s = cache.get(day);
  if (s === undefined) {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    cache.set(day, s);
  }
  return s;
}

/** How a member's admission day (days since 1970-01-01) is drawn: `i` counts the members drawn so far. */
export type AdmissionDraw = (r: Rng, i: number) => number;

/** Admission days drawn by the weights of seed 001's periods (Lào Cai, and places the articles give no history for). */
export function periodDraw(today: string): AdmissionDraw {
  const periods = admissionPeriods(today);
  return (r) => {
    const [from, to] = r.weighted(periods);
    return r.int(from, to);
  };
}

/**
 * Members cell by cell, deterministic given the seed: gender and ethnic group
 * by the leaf's shares, the admission day by `admitted`, the age at admission
 * (18–25 for 45%, 26–35 for 38%, 36–50 for 17%; those admitted before 1986
 * joined young), theory and qualification by the leaf's kind; `today`
 * decides who is still probationary. Cards count up from `firstCard`.
 */
export function* drawMembers(
  leaves: readonly LeafPlan[],
  today: string,
  seed: number,
  firstCard: number,
  admitted: AdmissionDraw,
): Generator<MemberRow> {
  const r = rng(seed);
  const probationCut = addMonths(today, -12);
  const early = dayOf('1986-01-01');
  const days = new Map<number, string>();
  let card = firstCard;
  let n = 0;
  for (const leaf of leaves) {
    for (let i = 0; i < leaf.members; i++) {
      const gender = r.chance(leaf.women) ? 'FEMALE' : 'MALE';
      const ethnicity = r.chance(leaf.minorities) ? r.weighted(leaf.mix) : 'Kinh';
      const day = admitted(r, n++);
      const admittedOn = isoDay(days, day);
      const band = r.next();
      const young = day < early;
      const age = young || band < 0.45 ? r.int(18, young ? 30 : 25) : band < 0.83 ? r.int(26, 35) : r.int(36, 50);
      const probationary = admittedOn > probationCut;
      yield {
        card: probationary ? null : String(card++),
        name: ethnicName(r, ethnicity, gender),
        gender,
        dob: isoDay(days, day - Math.floor(age * 365.25) - r.int(0, 360)),
        ethnicity,
        theory: r.weighted(leaf.educated ? EDUCATED_THEORY : RURAL_THEORY),
        qualification: r.weighted(leaf.educated ? EDUCATED_QUALIFICATION : RURAL_QUALIFICATION),
        cell: leaf.code,
        status: probationary ? 'PROBATIONARY' : 'OFFICIAL',
        admittedOn,
        officialOn: probationary ? null : addMonths(admittedOn, 12),
        leftOn: null,
      };
    }
  }
}

/** The members of Lào Cai, cell by cell, deterministic; `today` decides who is still probationary. */
export function laoCaiMembers(leaves: readonly LeafPlan[], today: string): Generator<MemberRow> {
  return drawMembers(leaves, today, 2122021, LAO_CAI_FIRST_CARD, periodDraw(today));
}
