import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDeltaTriggers } from '../delta-triggers.js';

/** The dimensions kept per subtree (see member_stat); birth_day makes the age bands exact on any day. */
const KEYS = `(VALUES ('all', ''), ('gender', x.gender), ('ethnicity', lower(btrim(x.ethnicity))),
                ('birth_year', extract(year FROM x.date_of_birth)::int::text),
                ('birth_day', to_char(x.date_of_birth, 'YYYY-MM-DD')), ('theory_level', x.theory_level)) AS k(dim, val)`;

/** Each current member's row counted for each of its first three ancestors. */
function delta(source: string, sign: 1 | -1): string {
  return `SELECT a.anc, x.status, k.dim, k.val, ${sign} AS d FROM ${source} x
            CROSS JOIN LATERAL (VALUES (x.anc1), (x.anc2), (x.anc3)) AS a(anc) CROSS JOIN LATERAL ${KEYS}
           WHERE a.anc IS NOT NULL AND x.status IN ('PROBATIONARY', 'OFFICIAL')`;
}

function apply(rows: string): string {
  return `INSERT INTO member_stat AS r (anc, dim, status, val, n)
          SELECT anc, dim, status, val, sum(d)::int FROM (${rows}) x
           GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
           ORDER BY 1, 2, 3, 4
          ON CONFLICT (anc, dim, status, val) DO UPDATE SET n = r.n + EXCLUDED.n;`;
}

/**
 * Scope statistics at province scale (docs/adr/0014-statistics.md).
 *
 * `member_stat` counts the current members (PROBATIONARY, OFFICIAL) of each
 * subtree rooted at depth ≤ 3 (province, district or commune-level
 * committee, grassroots organisation) along the dimensions the statistics
 * report, kept by statement-level triggers on member in the writing
 * transaction like member_rollup. A province's figures are then a few
 * hundred rows of one primary-key range, not a sum over its 50,000 cells'
 * rollups. Organisation moves rewrite the members' paths (organization_repath),
 * which the triggers see as updates: the counts follow. Rows are written in
 * key order, so concurrent writers lock them in the same order.
 *
 * Also the admissions of a term by the subtree column (anc3: the anc1 and
 * anc2 indexes on admitted_on exist).
 */
export class Statistics1733500000000 implements MigrationInterface {
  name = 'Statistics1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member_stat (
        anc uuid NOT NULL,
        dim text NOT NULL,
        status text NOT NULL,
        val text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (anc, dim, status, val)
      )`);
    await q.query(apply(delta('member', 1)));
    await createDeltaTriggers(q, 'member_stat_apply', delta, apply);
    await q.query('CREATE INDEX member_anc3_admitted_idx ON member (anc3, admitted_on, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['member_stat_ins', 'member_stat_upd', 'member_stat_del'])
      await q.query(`DROP TRIGGER ${t} ON member`);
    await q.query('DROP FUNCTION member_stat_apply()');
    await q.query('DROP TABLE member_stat');
    await q.query('DROP INDEX member_anc3_admitted_idx');
  }
}
