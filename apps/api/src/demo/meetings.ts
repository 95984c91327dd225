import type { EntityManager } from 'typeorm';
import { lastFullMonth, lastFullQuarter } from '../features/meetings/meeting.rules.js';
import { addMonths } from '../graphql/dates.js';
import { TUAN_GIAO } from './tuan-giao.js';
import { VAN_KHANH } from './van-khanh.js';

/**
 * Cell meetings (sinh hoạt chi bộ) of the demo, each place in one statement
 * per kind (a few thousand rows each):
 *
 * - Seed 004, Vân Khánh: its 12 cells meet every month from January 2022;
 *   "các chi bộ đã tổ chức sinh hoạt chuyên đề được 81 cuộc" by the article
 *   (12/11/2023), read as from 2022 up to it: one thematic meeting a cell a
 *   quarter, 84 in the seven quarters to September 2023, less three
 *   cell-quarters with none (VAN_KHANH_THEMATIC_SKIPPED); the fourth quarter's
 *   in December.
 * - Seed 002, Tuần Giáo: "đảm bảo mỗi quý sinh hoạt chuyên đề 1 lần", every
 *   cell keeping the rule: its 323 cells meet every month and hold one
 *   thematic meeting a quarter from 2017 to the article (August 2018).
 * - Lâm Bình (seed 000), the demo's live district: every cell's last twelve
 *   months and four quarters, with what its alerts report: a cell of Lăng
 *   Can missed last month's regular meeting, one held no thematic meeting
 *   last quarter, and a member was absent without reason in three months (the
 *   ground for xóa tên); an upper-level committee member attends the
 *   thematic meetings of Lăng Can.
 * Vân Khánh's cells go on meeting up to today, Tuần Giáo's hold the last
 * twelve months too: their alert lists stay as their records are.
 */
export const VAN_KHANH_THEMATIC = { from: '2022-01-01', to: '2023-11-12', count: 81 };
/** The cells (by position in Vân Khánh's list) and quarters whose thematic meeting the article's 81 leave out. */
const VAN_KHANH_THEMATIC_SKIPPED: [number, string][] = [
  [3, '2022-05-15'],
  [8, '2022-11-15'],
  [11, '2023-05-15'],
];
export const LAM_BINH_MEETINGS = {
  regularMissing: 'LB-LC-03',
  thematicMissing: 'LB-LC-05',
  absentCell: 'LB-LC-02',
};

/** The day `day` of every month from `from`'s month to `to`'s month, those not after `to`. */
function monthly(from: string, to: string, day: number): string[] {
  const out: string[] = [];
  for (let d = `${from.slice(0, 7)}-${String(day).padStart(2, '0')}`; d <= to; d = addMonths(d, 1))
    if (d >= from) out.push(d);
  return out;
}

/** The day `day` of the second month of every quarter from `from` to `to`. */
function quarterly(from: string, to: string, day: number): string[] {
  return monthly(from, to, day).filter((d) => Number(d.slice(5, 7)) % 3 === 2);
}

interface Batch {
  rootId: string;
  kind: 'REGULAR' | 'THEMATIC';
  days: string[];
  topic: string;
  /** (cell code, day) pairs with no meeting. */
  skip?: [string, string][];
  supervisingCadreId?: string | null;
}

/**
 * One meeting of `kind` on each day for every active cell under the root:
 * present and absent counted from the cell's current members (a few absent
 * at the larger cells), in one statement.
 */
async function insertMeetings(m: EntityManager, b: Batch): Promise<void> {
  const skip = b.skip ?? [];
  await m.query(
    `WITH cells AS (
       SELECT o.id, o.code, (SELECT count(*) FROM member x WHERE x.organization_id = o.id
                              AND x.status IN ('OFFICIAL', 'PROBATIONARY'))::int AS n
         FROM organization o, organization r
        WHERE r.id = $1 AND o.path LIKE r.path || '%' AND o.status = 'ACTIVE'
          AND o.kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL'))
     INSERT INTO meeting (organization_id, kind, held_on, topic, attendees, absentees, supervising_cadre_id, org_path)
     SELECT c.id, $2, t.d, $3, c.n - a.a, a.a, $7, ''
       FROM cells c CROSS JOIN unnest($4::date[]) WITH ORDINALITY AS t(d, k)
       CROSS JOIN LATERAL (SELECT CASE WHEN c.n > 5 THEN ((t.k + length(c.code)) % 3)::int ELSE 0 END AS a) a
      WHERE NOT EXISTS (SELECT 1 FROM unnest($5::text[], $6::date[]) s(code, day) WHERE s.code = c.code AND s.day = t.d)`,
    [b.rootId, b.kind, b.topic, b.days, skip.map((s) => s[0]), skip.map((s) => s[1]), b.supervisingCadreId ?? null],
  );
}

/** From the first day of the month a year before today's, to today. */
function lastYear(today: string): [string, string] {
  return [addMonths(`${today.slice(0, 7)}-01`, -12), today];
}

/** A place's last twelve months: regular meetings on the 5th, thematic on the 20th of a quarter's second month. */
async function recentMeetings(m: EntityManager, rootId: string, today: string, b: Partial<Batch> = {}) {
  const [from, to] = lastYear(today);
  await insertMeetings(m, {
    rootId,
    kind: 'REGULAR',
    days: monthly(from, to, 5),
    topic: 'Sinh hoạt chi bộ thường kỳ',
    skip: b.skip,
  });
  await insertMeetings(m, {
    rootId,
    kind: 'THEMATIC',
    days: quarterly(from, to, 20),
    topic: 'Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    skip: b.skip,
    supervisingCadreId: b.supervisingCadreId,
  });
}

/** The cell codes of a grassroots organisation (its cells in tree order). */
async function cellCodes(m: EntityManager, rootId: string): Promise<string[]> {
  const rows: { code: string }[] = await m.query(
    `SELECT o.code FROM organization o, organization r WHERE r.id = $1 AND o.path LIKE r.path || '%'
        AND o.kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL') ORDER BY o.code`,
    [rootId],
  );
  return rows.map((r) => r.code);
}

export async function insertDemoMeetings(m: EntityManager, ids: Map<string, string>, today: string): Promise<void> {
  // seed 004: Vân Khánh from January 2022 to today, 81 thematic meetings up to the article
  const vk = ids.get(VAN_KHANH.code)!;
  const vkCells = await cellCodes(m, vk);
  const regular = 'Sinh hoạt chi bộ thường kỳ';
  const since = VAN_KHANH_THEMATIC.from;
  await insertMeetings(m, { rootId: vk, kind: 'REGULAR', days: monthly(since, today, 10), topic: regular });
  await insertMeetings(m, {
    rootId: vk,
    kind: 'THEMATIC',
    days: [...quarterly(since, '2023-09-30', 15), '2023-12-15', ...quarterly('2024-01-01', today, 15)],
    topic: 'Sinh hoạt chuyên đề: phát triển kinh tế - xã hội, xây dựng nông thôn mới',
    skip: VAN_KHANH_THEMATIC_SKIPPED.map(([k, day]) => [vkCells[k], day]),
  });
  // seed 002: Tuần Giáo, every cell every month and one thematic meeting a quarter, 2017 to August 2018
  const tg = ids.get(TUAN_GIAO.code)!;
  await insertMeetings(m, {
    rootId: tg,
    kind: 'REGULAR',
    days: monthly('2017-01-01', '2018-08-24', 8),
    topic: regular,
  });
  await insertMeetings(m, {
    rootId: tg,
    kind: 'THEMATIC',
    days: quarterly('2017-01-01', '2018-06-30', 22),
    topic: 'Sinh hoạt chuyên đề',
  });
  await recentMeetings(m, tg, today);
  // Lâm Bình: the last year, with what its alerts report
  await lamBinhMeetings(m, ids, today);
}

async function lamBinhMeetings(m: EntityManager, ids: Map<string, string>, today: string) {
  const L = LAM_BINH_MEETINGS;
  // in the periods the alerts look at (meeting.rules.ts): the 5th of last month, the 20th of last quarter's middle month
  const lastMonth = `${lastFullMonth(today)[0].slice(0, 7)}-05`;
  const lastQuarterDay = `${addMonths(lastFullQuarter(today)[0], 1).slice(0, 7)}-20`;
  const [cadre] = await m.query(
    `SELECT p.cadre_id FROM placement p WHERE p.organization_id = $1 AND p.ends_on IS NULL ORDER BY p.starts_on, p.id LIMIT 1`,
    [ids.get('LB-LC')],
  );
  await recentMeetings(m, ids.get('LB')!, today, {
    skip: [
      [L.regularMissing, lastMonth],
      [L.thematicMissing, lastQuarterDay],
    ],
  });
  if (cadre)
    await m.query(
      `UPDATE meeting SET supervising_cadre_id = $2 FROM organization o
        WHERE o.id = meeting.organization_id AND o.parent_id = $1 AND meeting.kind = 'THEMATIC'`,
      [ids.get('LB-LC'), cadre.cadre_id],
    );
  // a member absent without reason in three months of the last twelve, another once with reason
  const cell = ids.get(L.absentCell)!;
  const [absent, excused] = await m.query(
    `SELECT id FROM member WHERE organization_id = $1 AND status = 'OFFICIAL' ORDER BY card_number NULLS LAST, id LIMIT 2`,
    [cell],
  );
  if (!absent || !excused) return;
  const months = [2, 5, 9].map((k) => `${addMonths(today, -k).slice(0, 7)}-05`);
  await m.query(
    `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path)
     SELECT mt.id, x.member_id, x.excused, '', '1900-01-01', ''
       FROM meeting mt JOIN (VALUES ($2::uuid, false), ($3::uuid, true)) AS x(member_id, excused) ON true
      WHERE mt.organization_id = $1 AND mt.kind = 'REGULAR' AND mt.held_on = ANY($4::date[])
        AND (NOT x.excused OR mt.held_on = $5::date)`,
    [cell, absent.id, excused.id, months, months[0]],
  );
  // the minutes count at least those they name absent
  await m.query(
    `UPDATE meeting mt SET attendees = mt.attendees + mt.absentees - n.n, absentees = n.n
       FROM (SELECT meeting_id, count(*)::int AS n FROM meeting_absence GROUP BY meeting_id) n
      WHERE n.meeting_id = mt.id AND mt.organization_id = $1 AND mt.absentees < n.n`,
    [cell],
  );
}
