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
 * The figures within a term are index ranges led by the subtree column:
 * admissions on (ancN, admitted_on) (anc3's added here: anc1's and anc2's
 * exist); the subjects of concluded inspections on (ancN, concluded_on),
 * each subject row carrying its inspection's conclusion day (set on insert
 * and when the inspection is concluded, by triggers); disciplines of members
 * on (ancN, decided_on).
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

    await q.query('ALTER TABLE inspection_subject ADD COLUMN concluded_on date');
    await q.query(`UPDATE inspection_subject s SET concluded_on = i.concluded_on
                     FROM inspection i WHERE i.id = s.inspection_id AND i.status = 'CONCLUDED'`);
    await q.query(`
      CREATE FUNCTION subject_concluded() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT CASE WHEN status = 'CONCLUDED' THEN concluded_on END INTO NEW.concluded_on
          FROM inspection WHERE id = NEW.inspection_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER inspection_subject_concluded BEFORE INSERT ON inspection_subject
                   FOR EACH ROW EXECUTE FUNCTION subject_concluded()`);
    await q.query(`
      CREATE FUNCTION inspection_concluded() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE inspection_subject SET concluded_on = CASE WHEN NEW.status = 'CONCLUDED' THEN NEW.concluded_on END
         WHERE inspection_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER inspection_concluded AFTER UPDATE OF status, concluded_on ON inspection FOR EACH ROW
                   WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.concluded_on IS DISTINCT FROM NEW.concluded_on)
                   EXECUTE FUNCTION inspection_concluded()`);
    for (const k of [1, 2, 3]) {
      await q.query(`CREATE INDEX inspection_subject_concluded_anc${k}_idx ON inspection_subject (anc${k}, concluded_on)
                     INCLUDE (organization_id, member_id) WHERE concluded_on IS NOT NULL`);
      await q.query(`CREATE INDEX discipline_member_anc${k}_idx ON discipline (anc${k}, decided_on)
                     INCLUDE (member_id) WHERE member_id IS NOT NULL`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['member_stat_ins', 'member_stat_upd', 'member_stat_del'])
      await q.query(`DROP TRIGGER ${t} ON member`);
    await q.query('DROP FUNCTION member_stat_apply()');
    await q.query('DROP TABLE member_stat');
    await q.query('DROP INDEX member_anc3_admitted_idx');
    for (const k of [1, 2, 3])
      await q.query(`DROP INDEX inspection_subject_concluded_anc${k}_idx, discipline_member_anc${k}_idx`);
    await q.query('DROP TRIGGER inspection_concluded ON inspection');
    await q.query('DROP TRIGGER inspection_subject_concluded ON inspection_subject');
    await q.query('DROP FUNCTION inspection_concluded(), subject_concluded()');
    await q.query('ALTER TABLE inspection_subject DROP COLUMN concluded_on');
  }
}
