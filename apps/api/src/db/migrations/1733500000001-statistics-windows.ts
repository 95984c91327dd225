import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics' figures within a term as index ranges led by the subtree
 * column (docs/adr/0014-statistics.md), rather than a scan of a province's
 * inspection subjects joined to their inspections:
 *
 * - each inspection subject carries its inspection's conclusion day
 *   (`concluded_on`, null until CONCLUDED), set on insert and when the
 *   inspection is concluded, by triggers; indexed (ancN, concluded_on) with
 *   the subject's ids;
 * - disciplines of members indexed (ancN, decided_on) with the member's id.
 */
export class StatisticsWindows1733500000001 implements MigrationInterface {
  name = 'StatisticsWindows1733500000001';

  async up(q: QueryRunner): Promise<void> {
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
    for (const k of [1, 2, 3])
      await q.query(`DROP INDEX inspection_subject_concluded_anc${k}_idx, discipline_member_anc${k}_idx`);
    await q.query('DROP TRIGGER inspection_concluded ON inspection');
    await q.query('DROP TRIGGER inspection_subject_concluded ON inspection_subject');
    await q.query('DROP FUNCTION inspection_concluded(), subject_concluded()');
    await q.query('ALTER TABLE inspection_subject DROP COLUMN concluded_on');
  }
}
