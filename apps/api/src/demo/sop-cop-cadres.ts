import { foldSearch } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { CELL_COMMITTEE_MIN_OFFICIAL } from '../features/cadres/cadre.rules.js';
import { ethnicName } from './names.js';
import { rng } from './random.js';
import { SOP_COP } from './sop-cop.js';

/** The cells' congresses of 2022 elected the secretaries; the villages elected their heads a few weeks later. */
export const VILLAGE_SECRETARIES_FROM = '2022-06-20';
export const VILLAGE_HEADS_FROM = '2022-07-15';
/**
 * The two bản whose head is not a party member (Mường Lèo and Mường Lạn):
 * there the cell's secretary heads the village's Front work committee
 * (Trưởng ban công tác Mặt trận) instead.
 */
export const NON_MEMBER_HEAD_CELLS = ['SL-SC-05-03', 'SL-SC-07-09'];

/**
 * SQL (CTEs `pick` and `cad`): in each of the cells `cells` (id, code,
 * parent_id) its longest-standing member official by $2 who is not yet a
 * cadre, made a cadre from the member (the database copies the member),
 * local to the commune the cell is in.
 */
const officialCadres = (cells: string) => `pick AS (
       SELECT DISTINCT ON (c.id) c.id AS org, c.code, c.parent_id AS commune, mb.id AS member_id
         FROM ${cells} c JOIN member mb ON mb.organization_id = c.id
        WHERE mb.status = 'OFFICIAL' AND mb.official_on <= $2 AND NOT EXISTS (SELECT 1 FROM cadre x WHERE x.member_id = mb.id)
        ORDER BY c.id, mb.official_on, mb.id),
     cad AS (
       INSERT INTO cadre (member_id, full_name, search_text, gender, date_of_birth, theory_level, qualification,
                          home_commune_id, org_path)
       SELECT member_id, '', '', 'MALE', '1900-01-01', 'NONE', 'NONE', commune, '' FROM pick
       RETURNING id, member_id)`;

/**
 * Seed 003's village leadership, in three statements: in each of Sốp Cộp's
 * 101 village cells its longest-standing official member is elected
 * secretary (a cadre from the member, local: their home commune is the
 * commune of the cell) and, in 99 of them, village head too; in the other two
 * the secretary chairs the Front's work committee and the village head is a
 * cadre who is not a member, kept by the commune; 86 cells have a chi ủy
 * (insertCellCommittees). The database fills the
 * copies of the member and the paths (migration Cadres1732900000000).
 */
export async function insertSopCopLeadership(m: EntityManager, districtId: string): Promise<void> {
  const placed: unknown[] = await m.query(
    `WITH cells AS (
       SELECT o.id, o.code, o.parent_id FROM organization o, organization d
        WHERE d.id = $1 AND o.path LIKE d.path || '%' AND o.kind = 'SUBORDINATE_CELL' AND o.sector = 'VILLAGE'),
     ${officialCadres('cells')}
     INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, search_text, org_path)
     SELECT cad.id, pick.org, pos.position, 'ELECTED', pos.starts_on, '', ''
       FROM cad JOIN pick USING (member_id)
       JOIN (VALUES ('SECRETARY', $2::date), ('VILLAGE_HEAD', $3::date), ('FRONT_CHAIR', $3::date)) AS pos(position, starts_on)
         ON pos.position = 'SECRETARY' OR (pos.position = 'FRONT_CHAIR') = (pick.code = ANY($4::text[]))
     RETURNING 1`,
    [districtId, VILLAGE_SECRETARIES_FROM, VILLAGE_HEADS_FROM, NON_MEMBER_HEAD_CELLS],
  );
  if (placed.length !== SOP_COP.villageCells * 2)
    throw new Error(`demo: Sốp Cộp's village cells need an official member each (${placed.length / 2} placed)`);
  await insertCellCommittees(m, districtId);
  const r = rng(1012023);
  const names: string[] = [];
  while (names.length < NON_MEMBER_HEAD_CELLS.length) {
    const name = ethnicName(r, 'Thái', 'MALE');
    if (!names.includes(name)) names.push(name);
  }
  const heads = NON_MEMBER_HEAD_CELLS.map((code, i) => ({
    code,
    name: names[i],
    dob: i ? '1983-09-02' : '1978-04-12',
  }));
  await m.query(
    `WITH heads AS (
       SELECT o.id AS org, o.parent_id AS commune, h.full_name, h.search_text, h.dob
         FROM unnest($1::text[], $2::text[], $3::text[], $4::date[]) AS h(code, full_name, search_text, dob)
         JOIN organization o ON o.code = h.code),
     cad AS (
       INSERT INTO cadre (owner_id, full_name, search_text, gender, date_of_birth, theory_level, qualification,
                          home_commune_id, org_path)
       SELECT commune, full_name, search_text, 'MALE', dob, 'NONE', 'VOCATIONAL', commune, '' FROM heads
       RETURNING id, full_name)
     INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, search_text, org_path)
     SELECT cad.id, heads.org, 'VILLAGE_HEAD', 'ELECTED', $5, '', '' FROM cad JOIN heads USING (full_name)`,
    [
      heads.map((h) => h.code),
      heads.map((h) => h.name),
      heads.map((h) => foldSearch(h.name)),
      heads.map((h) => h.dob),
      VILLAGE_HEADS_FROM,
    ],
  );
}

/**
 * Seed 003's cell committees: 86 of the 101 bản cells have a chi ủy, whose
 * deputy secretary is placed here: in the cells with the most official
 * members (at least 9 by the congress, as a chi ủy needs), their
 * longest-standing official member not yet a cadre. One statement.
 */
async function insertCellCommittees(m: EntityManager, districtId: string): Promise<void> {
  const placed: unknown[] = await m.query(
    `WITH counts AS (
       SELECT o.id, o.code, o.parent_id,
              count(mb.id) FILTER (WHERE mb.status = 'OFFICIAL' AND mb.official_on <= $2) AS officials
         FROM organization o JOIN organization d ON d.id = $1 AND o.path LIKE d.path || '%'
         JOIN member mb ON mb.organization_id = o.id
        WHERE o.kind = 'SUBORDINATE_CELL' AND o.sector = 'VILLAGE'
        GROUP BY o.id),
     chosen AS (SELECT * FROM counts WHERE officials >= $4 ORDER BY officials DESC, code LIMIT $3),
     ${officialCadres('chosen')}
     INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, search_text, org_path)
     SELECT cad.id, pick.org, 'DEPUTY_SECRETARY', 'ELECTED', $2, '', '' FROM cad JOIN pick USING (member_id)
     RETURNING 1`,
    [districtId, VILLAGE_SECRETARIES_FROM, SOP_COP.cellCommittees, CELL_COMMITTEE_MIN_OFFICIAL],
  );
  if (placed.length !== SOP_COP.cellCommittees)
    throw new Error(`demo: ${placed.length} of Sốp Cộp's bản cells can have a chi ủy, not ${SOP_COP.cellCommittees}`);
}
