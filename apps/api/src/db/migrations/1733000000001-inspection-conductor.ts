import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inspections list of a subtree is the inspections conducted in it plus
 * those conducted elsewhere (above it) that name a subject in it
 * (docs/adr/0011-inspections-and-discipline.md). Each subject row now carries
 * its inspection's conducting path (`conductor_path`, kept by triggers) and
 * its ancestors `canc1..3`, so the second part reads only the subject rows
 * whose conductor lies outside the subtree: for a province none, for a
 * district the few the province conducts. The two parts are then disjoint.
 */
export class InspectionConductor1733000000001 implements MigrationInterface {
  name = 'InspectionConductor1733000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE inspection_subject ADD COLUMN conductor_path text');
    await q.query(
      'UPDATE inspection_subject s SET conductor_path = i.org_path FROM inspection i WHERE i.id = s.inspection_id',
    );
    await q.query('ALTER TABLE inspection_subject ALTER COLUMN conductor_path SET NOT NULL');
    await q.query(`ALTER TABLE inspection_subject
      ADD COLUMN canc1 uuid GENERATED ALWAYS AS (path_ancestor(conductor_path, 1)) STORED,
      ADD COLUMN canc2 uuid GENERATED ALWAYS AS (path_ancestor(conductor_path, 2)) STORED,
      ADD COLUMN canc3 uuid GENERATED ALWAYS AS (path_ancestor(conductor_path, 3)) STORED`);
    for (const k of [1, 2, 3]) {
      await q.query(`DROP INDEX inspection_subject_anc${k}_idx`);
      await q.query(
        `CREATE INDEX inspection_subject_beyond_anc${k}_idx ON inspection_subject (anc${k}, canc${k}, planned_start_on DESC, inspection_id DESC)`,
      );
    }
    await q.query(`
      CREATE FUNCTION subject_conductor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT org_path INTO NEW.conductor_path FROM inspection WHERE id = NEW.inspection_id;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER subject_conductor BEFORE INSERT ON inspection_subject FOR EACH ROW EXECUTE FUNCTION subject_conductor()',
    );
    await q.query(`
      CREATE FUNCTION inspection_repath_subjects() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE inspection_subject SET conductor_path = NEW.org_path WHERE inspection_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER inspection_repath_subjects AFTER UPDATE OF org_path ON inspection FOR EACH ROW
      WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path) EXECUTE FUNCTION inspection_repath_subjects()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER inspection_repath_subjects ON inspection');
    await q.query('DROP TRIGGER subject_conductor ON inspection_subject');
    await q.query('DROP FUNCTION inspection_repath_subjects(), subject_conductor()');
    for (const k of [1, 2, 3]) {
      await q.query(`DROP INDEX inspection_subject_beyond_anc${k}_idx`);
      await q.query(
        `CREATE INDEX inspection_subject_anc${k}_idx ON inspection_subject (anc${k}, planned_start_on DESC, inspection_id DESC)`,
      );
    }
    await q.query('ALTER TABLE inspection_subject DROP COLUMN canc1, DROP COLUMN canc2, DROP COLUMN canc3');
    await q.query('ALTER TABLE inspection_subject DROP COLUMN conductor_path');
  }
}
