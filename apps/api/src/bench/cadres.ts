import type { QueryRunner } from 'typeorm';
import { FOLD, foldTable } from './generate.js';

const COMMUNES = `o.kind = 'GRASSROOTS_COMMITTEE' AND o.sector IN ('COMMUNE', 'WARD')`;

/**
 * Cadres and placements for the benchmark (features/cadres): for every
 * commune a secretary and a People's Committee chair (a quarter of the
 * secretaries also chair, a fifth come from another commune), for every
 * village or residential-group cell a secretary and a head (nine in ten the
 * secretary, the others not members). Placements start between mid-2020 and
 * 2024, open-ended. Cadres of members are inserted with placeholders: the
 * database copies the member's fields (migration Cadres1732900000000).
 */
export async function cadres(q: QueryRunner, log: (m: string) => void): Promise<void> {
  // three official members of each commune's village cells: the cell's first for its secretary; for the commune, the
  // second and third of its first cell
  await q.query('DROP TABLE IF EXISTS bench_pick');
  await q.query(
    `CREATE TEMP TABLE bench_pick AS
     WITH cells AS (SELECT c.id, c.parent_id AS commune, row_number() OVER (PARTITION BY c.parent_id ORDER BY c.id) AS k
                      FROM organization c JOIN organization o ON o.id = c.parent_id
                     WHERE ${COMMUNES} AND c.sector IN ('VILLAGE', 'RESIDENTIAL_GROUP')),
     m AS (SELECT m.id AS member_id, cells.id AS cell, cells.commune, cells.k,
                  row_number() OVER (PARTITION BY m.organization_id ORDER BY m.id) AS rn
             FROM member m JOIN cells ON cells.id = m.organization_id WHERE m.status = 'OFFICIAL')
     SELECT member_id, cell, commune, CASE WHEN rn = 1 THEN 'CELL' WHEN rn = 2 THEN 'SECRETARY' ELSE 'CHAIR' END AS role
       FROM m WHERE rn = 1 OR (k = 1 AND rn <= 3)`,
  );
  await q.query(
    `WITH communes AS (SELECT array_agg(o.id) AS ids FROM organization o WHERE ${COMMUNES})
     INSERT INTO cadre (member_id, full_name, search_text, gender, date_of_birth, theory_level, qualification, home_commune_id, org_path)
     SELECT b.member_id, '', '', 'MALE', date '1900-01-01', 'NONE', 'NONE',
            CASE WHEN random() < 0.2 THEN ids[1 + floor(random() * cardinality(ids))::int] ELSE b.commune END, ''
       FROM bench_pick b CROSS JOIN communes`,
  );
  const [from, to] = foldTable();
  await q.query(
    `INSERT INTO cadre (owner_id, full_name, search_text, gender, date_of_birth, theory_level, qualification, home_commune_id, org_path)
     SELECT b.cell, 'Trưởng thôn ' || o.code, ${FOLD(`'Trưởng thôn ' || o.code`)}, 'MALE', date '1975-01-01', 'NONE', 'NONE', b.commune, ''
       FROM bench_pick b JOIN organization o ON o.id = b.cell WHERE b.role = 'CELL' AND random() < 0.1`,
    [from, to],
  );
  const START = `date '2020-06-01' + floor(random() * 1500)::int`;
  await q.query(
    `WITH p AS (
       SELECT c.id AS cadre, b.cell AS org, 'SECRETARY' AS position, ${START} AS starts FROM bench_pick b JOIN cadre c ON c.member_id = b.member_id WHERE b.role = 'CELL'
       UNION ALL
       SELECT COALESCE(h.id, c.id), b.cell, 'VILLAGE_HEAD', ${START} FROM bench_pick b JOIN cadre c ON c.member_id = b.member_id
         LEFT JOIN cadre h ON h.owner_id = b.cell AND h.member_id IS NULL WHERE b.role = 'CELL'
       UNION ALL
       SELECT c.id, b.commune, 'SECRETARY', ${START} FROM bench_pick b JOIN cadre c ON c.member_id = b.member_id WHERE b.role = 'SECRETARY'
       UNION ALL
       SELECT CASE WHEN random() < 0.25 OR ch.id IS NULL THEN c.id ELSE ch.id END, b.commune, 'PEOPLES_COMMITTEE_CHAIR', ${START}
         FROM bench_pick b JOIN cadre c ON c.member_id = b.member_id
         LEFT JOIN bench_pick bc ON bc.commune = b.commune AND bc.role = 'CHAIR' LEFT JOIN cadre ch ON ch.member_id = bc.member_id
        WHERE b.role = 'SECRETARY')
     INSERT INTO placement (cadre_id, organization_id, position, mode, starts_on, search_text, org_path)
     SELECT cadre, org, position, 'ELECTED', starts, '', '' FROM p`,
  );
  await q.query('DROP TABLE bench_pick');
  const [n] = await q.query(
    'SELECT (SELECT count(*) FROM cadre)::int AS cadres, (SELECT count(*) FROM placement)::int AS placements',
  );
  log(`  ${n.cadres} cadres, ${n.placements} placements`);
}
