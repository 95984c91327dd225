import type { RemovalGround } from '@dangvu/schema';
import { addDays, addMonths } from '../graphql/dates.js';
import { type EthnicGroup, ethnicName } from './names.js';
import { dateBetween, type Rng, rng } from './random.js';
import { recentHistory } from './tq-history.js';

/**
 * The demo members, in the proportions of the seed articles: Huyện Lâm Bình
 * 3,685 current members in 27 grassroots organisations (seed 000), Thị trấn
 * Lăng Can 447 in 16 cells, admissions in the 2020–2025 term of 37 in Lăng Can
 * (target 50: 74%), 28 in Thượng Lâm (target 25: 112%) and 318 in the district
 * (target 159: 200%); about 40% ethnic minorities and 37% women.
 */
export const TERM_2020 = { name: 'Nhiệm kỳ 2020–2025', startsOn: '2020-10-01', endsOn: '2025-09-30' };
export const TERM_2025 = { name: 'Nhiệm kỳ 2025–2030', startsOn: '2025-10-01', endsOn: '2030-09-30' };

/** Current members of each grassroots organisation (the district's 17 grassroots cells share the rest). */
const SIZES: Record<string, number> = {
  'LB-LC': 447,
  'LB-TL': 380,
  'LB-BA': 290,
  'LB-KH': 300,
  'LB-PY': 250,
  'LB-XL': 260,
  'LB-TB': 310,
  'LB-HQ': 270,
  'LB-QS': 85,
  'LB-CA': 95,
  'NH-NH': 260,
  'NH-TH': 140,
  'NH-SN': 150,
  'NH-NK': 120,
  'NH-CQ-HU': 32,
  'TQ-MH': 64,
};
export const DISTRICT_MEMBERS = 3685;
/** Admissions within the 2020–2025 term. */
const ADMITTED_IN_TERM: Record<string, number> = { 'LB-LC': 37, 'LB-TL': 28 };
export const DISTRICT_ADMITTED_IN_TERM = 318;

/** The minorities of Lâm Bình and Na Hang: Tày first, then Dao and Mông; the name follows the group. */
const ETHNIC_MINORITIES: readonly (readonly [EthnicGroup, number])[] = [
  ['Tày', 45],
  ['Dao', 25],
  ['Mông', 15],
  ['Nùng', 5],
  ['Pà Thẻn', 5],
  ['Cao Lan', 5],
];
const THEORY = [
  ['NONE', 25],
  ['ELEMENTARY', 45],
  ['INTERMEDIATE', 22],
  ['ADVANCED', 3],
  ['BACHELOR', 5],
] as const;
const QUALIFICATION = [
  ['NONE', 30],
  ['VOCATIONAL', 10],
  ['INTERMEDIATE', 25],
  ['COLLEGE', 10],
  ['BACHELOR', 23],
  ['MASTER', 2],
] as const;

export interface DemoOrgRef {
  id: string;
  code: string;
  kind: string;
  parentCode: string | null;
}

/** One member row of the demo (its own columns), the organisation by code. */
export interface MemberRow {
  card: string | null;
  name: string;
  gender: 'MALE' | 'FEMALE';
  dob: string;
  ethnicity: string;
  theory: string;
  qualification: string;
  cell: string;
  status: string;
  admittedOn: string;
  officialOn: string | null;
  leftOn: string | null;
  /** The cell's vote and the ceremony: undefined is drawn by withAdmissionDates, null is none. */
  cellVoteOn?: string | null;
  ceremonyOn?: string | null;
  /** A re-admitted member: the first admission, and the removal that ended it. */
  firstAdmittedOn?: string | null;
  priorExit?: { on: string; ground: RemovalGround } | null;
  /** How a member off the roll left, when not its status (NOT_RECOGNISED), and a removal's ground. */
  exitKind?: 'NOT_RECOGNISED' | null;
  ground?: RemovalGround | null;
}

/** Splits n over k buckets, each at least 1 (when n ≥ k), roughly even with some spread. */
function split(r: Rng, n: number, k: number): number[] {
  const weights = Array.from({ length: k }, () => 0.6 + r.next());
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((n * w) / total)));
  let diff = n - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % k) {
    if (diff > 0) {
      out[i]++;
      diff--;
    } else if (out[i] > 1) {
      out[i]--;
      diff++;
    }
  }
  return out;
}

function person(r: Rng, cell: string, admittedOn: string, status: string, card: string | null): MemberRow {
  const gender = r.chance(0.37) ? 'FEMALE' : 'MALE';
  const ageAtAdmission = r.weighted([
    [r.int(18, 25), 45],
    [r.int(26, 35), 35],
    [r.int(36, 50), 20],
  ] as const);
  const dob = addDays(addMonths(admittedOn, -12 * ageAtAdmission), -r.int(0, 360));
  const recognised = status !== 'PROBATIONARY';
  const ethnicity: EthnicGroup = r.chance(0.4) ? r.weighted(ETHNIC_MINORITIES) : 'Kinh';
  return {
    card,
    name: ethnicName(r, ethnicity, gender),
    gender,
    dob,
    ethnicity,
    theory: r.weighted(THEORY),
    qualification: r.weighted(QUALIFICATION),
    cell,
    status,
    admittedOn,
    officialOn: recognised ? addMonths(admittedOn, 12) : null,
    leftOn: null,
  };
}

/** The member rows of the demo, deterministic. `today` decides who is still probationary. */
export function demoMembers(orgs: DemoOrgRef[], today: string): MemberRow[] {
  const r = rng(20240205);
  const grassroots = orgs.filter((o) => o.kind === 'GRASSROOTS_COMMITTEE' || o.kind === 'GRASSROOTS_CELL');
  const cellsOf = (g: DemoOrgRef) =>
    g.kind === 'GRASSROOTS_CELL' ? [g] : orgs.filter((o) => o.parentCode === g.code && o.kind === 'SUBORDINATE_CELL');
  const lbCells = grassroots.filter((g) => g.kind === 'GRASSROOTS_CELL' && g.code.startsWith('LB-'));
  const namedLb = Object.entries(SIZES)
    .filter(([c]) => c.startsWith('LB-'))
    .reduce((s, [, n]) => s + n, 0);
  const sizes = { ...SIZES };
  split(r, DISTRICT_MEMBERS - namedLb, lbCells.length).forEach((n, i) => {
    sizes[lbCells[i].code] = n;
  });
  const lbGrassroots = grassroots.filter((g) => g.code.startsWith('LB-'));
  const rest = lbGrassroots.filter((g) => !(g.code in ADMITTED_IN_TERM));
  const named = Object.values(ADMITTED_IN_TERM).reduce((a, b) => a + b, 0);
  const inTerm: Record<string, number> = { ...ADMITTED_IN_TERM };
  split(r, DISTRICT_ADMITTED_IN_TERM - named, rest.length).forEach((n, i) => {
    inTerm[rest[i].code] = n;
  });
  const rows: MemberRow[] = [];
  let card = 10_000_000;
  const probationCut = addMonths(today, -12);
  // the new term's admissions have had their ceremony (tq-history.ts adds two that have not)
  const latest = addDays(today, -45);
  const newTermUntil = latest > TERM_2025.startsOn ? latest : TERM_2025.startsOn;
  for (const g of grassroots) {
    const total = sizes[g.code] ?? 0;
    if (!total) continue;
    const cells = cellsOf(g);
    const perCell = split(r, total, cells.length);
    const admissions = inTerm[g.code] ?? r.int(2, 6);
    let admitted = 0;
    cells.forEach((cell, ci) => {
      for (let i = 0; i < perCell[ci]; i++) {
        // the first `admissions` members of the organisation were admitted within the term; a few in the new term
        let admittedOn: string;
        if (admitted < admissions) {
          admittedOn = dateBetween(r, TERM_2020.startsOn, TERM_2020.endsOn);
          admitted++;
        } else if (r.chance(0.008)) admittedOn = dateBetween(r, TERM_2025.startsOn, newTermUntil);
        else admittedOn = dateBetween(r, '1965-01-01', '2020-09-30');
        const probationary = admittedOn > probationCut;
        rows.push(
          person(
            r,
            cell.code,
            admittedOn,
            probationary ? 'PROBATIONARY' : 'OFFICIAL',
            probationary ? null : String(card++),
          ),
        );
      }
    });
  }
  // Lăng Can: one probationary member whose 12 months ended long ago, not yet recognised (PROBATION_OVERDUE)
  const lastInTerm = rows
    .filter(
      (row) =>
        row.cell.startsWith('LB-LC-') && row.admittedOn >= TERM_2020.startsOn && row.admittedOn <= TERM_2020.endsOn,
    )
    .sort((a, b) => b.admittedOn.localeCompare(a.admittedOn))[0];
  if (lastInTerm)
    Object.assign(lastInTerm, {
      admittedOn: '2025-08-15',
      cellVoteOn: '2025-07-30',
      ceremonyOn: '2025-09-05',
      status: 'PROBATIONARY',
      officialOn: null,
      card: null,
    });
  recentHistory(rows, today);
  // history: members who left the roll (not counted as current), removals with their ground (Điều lệ Đảng, Điều 8)
  for (const [code, status, ground] of [
    ['LB-LC-03', 'DECEASED', null],
    ['LB-TL-02', 'REMOVED', 'ABSENT_OR_DUES_UNPAID'],
    ['LB-BA-01', 'TRANSFERRED_OUT', null],
    ['LB-LC-05', 'REMOVED', 'NOT_FULFILLING_DUTIES'],
  ] as const) {
    const left = person(r, code, dateBetween(r, '1975-01-01', '2000-12-31'), 'OFFICIAL', String(card++));
    rows.push({ ...left, status, leftOn: dateBetween(r, '2021-01-01', '2024-12-31'), ground });
  }
  // struck from the probationary list when its 12 months ended without recognition (before the 2020–2025 term)
  const struck = person(r, 'LB-LC-07', '2019-03-11', 'PROBATIONARY', null);
  rows.push({
    ...struck,
    cellVoteOn: '2019-02-25',
    ceremonyOn: '2019-04-05',
    status: 'REMOVED',
    exitKind: 'NOT_RECOGNISED',
    leftOn: '2020-05-15',
  });
  return rows;
}
