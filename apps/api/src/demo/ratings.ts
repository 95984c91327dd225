import type { RatingGrade } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { rng } from './random.js';
import { TUAN_GIAO } from './tuan-giao.js';

/**
 * The annual ratings the seed articles report (features/ratings), for the
 * places the demo has; one statement per place and year for each kind of
 * subject. Counts are given in grade order; what is left gets the last
 * grade named `rest`. Members disciplined in the year are NOT_COMPLETED
 * first (DISCIPLINED_CAP); exempt members and those admitted after the year
 * are not rated.
 *
 * - Seed 003, Sốp Cộp 2023: of the 41 grassroots organisations 1 đảng bộ and
 *   5 chi bộ cơ sở EXCELLENT, 32 GOOD, 3 chi bộ cơ sở COMPLETED (the article
 *   prints 15.2% for 6 of 41, 14.6%); members 15.2% / 75.3% / 8.5% / 1%. No
 *   counts with those member shares keep EXCELLENT within 20% of GOOD, so the
 *   quota alert shows there. The subordinate cells are not reported.
 * - Seed 002, Tuần Giáo 2017: 34 grassroots organisations "trong sạch vững
 *   mạnh" (the top grade then: EXCELLENT) and 21 GOOD of 59; 355 members
 *   EXCELLENT and 2,860 GOOD of about 3,300, 0.94% NOT_COMPLETED: the demo's
 *   members are admitted up to today, so only about 2,400 were members in
 *   2017; they get the article's shares (10.8%, 86.7%, 0.94%). The 20% quota
 *   (2019) did not yet apply: the flag shows.
 * - Seed 004, Vân Khánh 2022: 11 of its 12 cells GOOD; 185 members GOOD,
 *   96.35% of the 192 rated.
 * - Seed 000, Lâm Bình 2021 to 2024: above 96% of grassroots organisations and
 *   95% of members good or better every year (its resolution's targets),
 *   EXCELLENT within the quota in every grassroots organisation.
 */
type Counts = Partial<Record<RatingGrade, number>>;

const GRADE_ORDER: RatingGrade[] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];

/** `n` grades: the counts in grade order, then `rest` for what remains. */
function allot(n: number, counts: Counts, rest: RatingGrade): RatingGrade[] {
  const out = GRADE_ORDER.flatMap((g) => Array<RatingGrade>(counts[g] ?? 0).fill(g));
  if (out.length > n) throw new Error(`demo ratings: ${out.length} grades for ${n} subjects`);
  return [...out, ...Array<RatingGrade>(n - out.length).fill(rest)];
}

/** Counts from shares of n, the remainder NOT_COMPLETED. */
function shares(n: number, excellent: number, good: number, completed: number): Counts {
  const e = Math.round(excellent * n);
  const g = Math.round(good * n);
  const c = Math.round(completed * n);
  return { EXCELLENT: e, GOOD: g, COMPLETED: c, NOT_COMPLETED: n - e - g - c };
}

interface Subject {
  id: string;
  /** The grassroots organisation (the quota group), or the kind for organisations. */
  group: string;
  disciplined: boolean;
}

/** The materialized path of a demo organisation, to read its subtree on the path indexes. */
async function pathOf(m: EntityManager, id: string): Promise<string> {
  const [{ path }] = await m.query('SELECT path FROM organization WHERE id = $1', [id]);
  return path;
}

async function members(m: EntityManager, rootId: string, year: number): Promise<Subject[]> {
  return m.query(
    `SELECT m.id, m.anc3 AS group,
            EXISTS (SELECT 1 FROM discipline d WHERE d.member_id = m.id AND d.decided_on BETWEEN $2 AND $3) AS disciplined
       FROM member m
      WHERE m.org_path LIKE $1 AND m.status IN ('PROBATIONARY','OFFICIAL') AND NOT m.exempt
        AND m.admitted_on <= $3
      ORDER BY m.id`,
    [`${await pathOf(m, rootId)}%`, `${year}-01-01`, `${year}-12-31`],
  );
}

async function organizations(m: EntityManager, rootId: string, year: number, kinds: string[]): Promise<Subject[]> {
  const rows: { id: string; kind: string; parent_id: string }[] = await m.query(
    `SELECT o.id, o.kind, o.parent_id FROM organization o
      WHERE o.path LIKE $1 AND o.kind = ANY($2::text[]) AND o.status = 'ACTIVE'
        AND (o.established_on IS NULL OR o.established_on <= $3)
      ORDER BY o.code`,
    [`${await pathOf(m, rootId)}%`, kinds, `${year}-12-31`],
  );
  // a cell's quota group is its grassroots organisation; grassroots organisations are told apart by kind
  return rows.map((o) => ({
    id: o.id,
    group: o.kind === 'SUBORDINATE_CELL' ? o.parent_id : o.kind,
    disciplined: false,
  }));
}

async function insert(
  m: EntityManager,
  column: 'member_id' | 'organization_id',
  year: number,
  rows: [string, RatingGrade][],
  adminId: string,
) {
  if (!rows.length) return;
  // org_path is set by the trigger subject_place
  await m.query(
    `INSERT INTO rating (year, grade, ${column}, rated_by, org_path)
     SELECT $1, t.grade, t.id, $4, '' FROM unnest($2::text[], $3::uuid[]) AS t(grade, id)`,
    [year, rows.map((r) => r[1]), rows.map((r) => r[0]), adminId],
  );
}

/** Grades for subjects: the disciplined NOT_COMPLETED first, the others shuffled then given `grades` in order. */
function assign(subjects: Subject[], grades: RatingGrade[], seed: number): [string, RatingGrade][] {
  const r = rng(seed);
  const disciplined = subjects.filter((s) => s.disciplined);
  const others = subjects
    .filter((s) => !s.disciplined)
    .map((s) => ({ s, k: r.next() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.s);
  // each disciplined member takes a NOT_COMPLETED from the pool (or, when none is left, its last grade)
  const pool = [...grades];
  for (const _ of disciplined) {
    const i = pool.lastIndexOf('NOT_COMPLETED');
    pool.splice(i >= 0 ? i : pool.length - 1, 1);
  }
  return [
    ...disciplined.map((s): [string, RatingGrade] => [s.id, 'NOT_COMPLETED']),
    ...others.map((s, i): [string, RatingGrade] => [s.id, pool[i] ?? 'GOOD']),
  ];
}

/** Per quota group: about 14% EXCELLENT (never above 20% of GOOD), one COMPLETED in 25, the rest GOOD. */
function withinQuota(subjects: Subject[], seed: number): [string, RatingGrade][] {
  const groups = new Map<string, Subject[]>();
  for (const s of subjects) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
  return [...groups.values()].flatMap((list, i) => {
    const n = list.filter((s) => !s.disciplined).length;
    const e = Math.floor(n * 0.14);
    const c = Math.floor(n / 25);
    return assign(list, allot(list.length, { EXCELLENT: e, COMPLETED: c }, 'GOOD'), seed + i);
  });
}

export async function insertDemoRatings(m: EntityManager, ids: Map<string, string>, adminId: string): Promise<void> {
  const sopCop = ids.get('SL-SC')!;
  const sc = await organizations(m, sopCop, 2023, ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']);
  // 1 đảng bộ and 5 chi bộ cơ sở EXCELLENT, 3 chi bộ cơ sở COMPLETED
  const committees = sc.filter((o) => o.group === 'GRASSROOTS_COMMITTEE');
  const cells = sc.filter((o) => o.group === 'GRASSROOTS_CELL');
  const scGrades: [string, RatingGrade][] = [
    ...committees.map((o, i): [string, RatingGrade] => [o.id, i === 0 ? 'EXCELLENT' : 'GOOD']),
    ...cells.map((o, i): [string, RatingGrade] => [o.id, i < 5 ? 'EXCELLENT' : i < 8 ? 'COMPLETED' : 'GOOD']),
  ];
  await insert(m, 'organization_id', 2023, scGrades, adminId);
  const scMembers = await members(m, sopCop, 2023);
  await insert(
    m,
    'member_id',
    2023,
    assign(scMembers, allot(scMembers.length, shares(scMembers.length, 0.152, 0.753, 0.085), 'NOT_COMPLETED'), 3),
    adminId,
  );

  const tuanGiao = ids.get('DB-TG')!;
  const tg = await organizations(m, tuanGiao, 2017, ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']);
  await insert(
    m,
    'organization_id',
    2017,
    assign(tg, allot(tg.length, { EXCELLENT: 34, GOOD: 21 }, 'COMPLETED'), 2),
    adminId,
  );
  const tgMembers = await members(m, tuanGiao, 2017);
  // the article's 355 and 2,860 of its 3,300 members, as shares of those the demo has admitted by 2017
  const tgCounts = shares(tgMembers.length, 355 / TUAN_GIAO.members, 2860 / TUAN_GIAO.members, 0);
  const tgGrades = { ...tgCounts, NOT_COMPLETED: Math.round(tgMembers.length * 0.0094) };
  await insert(m, 'member_id', 2017, assign(tgMembers, allot(tgMembers.length, tgGrades, 'COMPLETED'), 2), adminId);

  const vanKhanh = ids.get('KG-AM-01')!;
  const vk = await organizations(m, vanKhanh, 2022, ['SUBORDINATE_CELL']);
  await insert(m, 'organization_id', 2022, assign(vk, allot(vk.length, { GOOD: 11 }, 'COMPLETED'), 4), adminId);
  const vkMembers = (await members(m, vanKhanh, 2022)).slice(0, 192);
  await insert(
    m,
    'member_id',
    2022,
    assign(vkMembers, allot(vkMembers.length, { GOOD: 185 }, 'COMPLETED'), 4),
    adminId,
  );

  const lamBinh = ids.get('LB')!;
  for (const year of [2021, 2022, 2023, 2024]) {
    const grassroots = await organizations(m, lamBinh, year, ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']);
    const lbCells = await organizations(m, lamBinh, year, ['SUBORDINATE_CELL']);
    const orgs = [
      ...assign(grassroots, allot(grassroots.length, { EXCELLENT: 4, COMPLETED: 1 }, 'GOOD'), year),
      ...withinQuota(lbCells, year),
    ];
    await insert(m, 'organization_id', year, orgs, adminId);
    await insert(m, 'member_id', year, withinQuota(await members(m, lamBinh, year), year * 7), adminId);
  }
}
