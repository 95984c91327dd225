import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first three ancestors of a row's organisation path, as on member (migration Scale1732500000000). */
const ANCESTORS = `
  ADD COLUMN anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
  ADD COLUMN anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
  ADD COLUMN anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED`;

const KINDS = `'REGULAR_SUPERVISION','THEMATIC_SUPERVISION','SIGNS_OF_VIOLATION','TASK_PERFORMANCE','PARTY_FINANCE',
  'DENUNCIATION','DISCIPLINE_APPEAL'`;

/**
 * Inspections, supervision and discipline (kiểm tra, giám sát, kỷ luật),
 * features/inspections (docs/adr/0011-inspections-and-discipline.md).
 *
 * - An inspection carries its conducting organisation's path, each subject
 *   row (inspection_subject: one organisation or one member) its subject's
 *   path, a remedy its responsible organisation's path and a discipline its
 *   subject's path: set by triggers on insert and kept when organisations
 *   move or members change cell, so every list is an index-led keyset on
 *   anc1..3 like members and audit entries.
 * - Subject rows copy the inspection's planned start, the list's sort key
 *   (planned dates never change after planning).
 * - Codes are numbered per conducting organisation and year from
 *   inspection_counter, taken by an upsert that locks the counter row until
 *   the planning commits: two plans never share a number.
 */
export class Inspections1733000000000 implements MigrationInterface {
  name = 'Inspections1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inspection_counter (
        organization_id uuid NOT NULL REFERENCES organization(id),
        year int NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (organization_id, year)
      )`);
    await q.query(`
      CREATE TABLE inspection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        title text NOT NULL,
        search_text text NOT NULL,
        conducted_by_id uuid NOT NULL REFERENCES organization(id),
        org_path text NOT NULL,
        planned_start_on date NOT NULL,
        planned_end_on date NOT NULL,
        started_on date,
        concluded_on date,
        cancelled_on date,
        cancel_reason text,
        status text NOT NULL CHECK (status IN ('PLANNED','IN_PROGRESS','CONCLUDED','CANCELLED')),
        outcome text CHECK (outcome IN ('NO_VIOLATION','SHORTCOMINGS','VIOLATION')),
        conclusion text,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT inspection_code_unique UNIQUE (code),
        CONSTRAINT inspection_planned_range CHECK (planned_end_on >= planned_start_on)
      )`);
    await q.query(`ALTER TABLE inspection ${ANCESTORS}`);
    await q.query(`
      CREATE TABLE inspection_subject (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES inspection(id),
        organization_id uuid REFERENCES organization(id),
        member_id uuid REFERENCES member(id),
        planned_start_on date NOT NULL,
        org_path text NOT NULL,
        CONSTRAINT inspection_subject_one CHECK ((organization_id IS NULL) <> (member_id IS NULL)),
        CONSTRAINT inspection_subject_org_unique UNIQUE (inspection_id, organization_id),
        CONSTRAINT inspection_subject_member_unique UNIQUE (inspection_id, member_id)
      )`);
    await q.query(`ALTER TABLE inspection_subject ${ANCESTORS}`);
    await q.query(`
      CREATE TABLE finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES inspection(id),
        text text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('MINOR','MAJOR')),
        member_id uuid REFERENCES member(id),
        organization_id uuid REFERENCES organization(id),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`
      CREATE TABLE remedy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        inspection_id uuid NOT NULL REFERENCES inspection(id),
        action text NOT NULL,
        responsible_id uuid NOT NULL REFERENCES organization(id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE')),
        completed_on date,
        org_path text NOT NULL,
        version int NOT NULL DEFAULT 1,
        position int NOT NULL
      )`);
    await q.query(`ALTER TABLE remedy ${ANCESTORS}`);
    await q.query(`
      CREATE TABLE discipline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        form text NOT NULL CHECK (form IN ('REPRIMAND','WARNING','DISMISSAL','EXPULSION','DISSOLUTION')),
        member_id uuid REFERENCES member(id),
        organization_id uuid REFERENCES organization(id),
        reason text NOT NULL,
        decided_on date NOT NULL,
        decided_by_id uuid NOT NULL REFERENCES organization(id),
        decision_number text,
        inspection_id uuid REFERENCES inspection(id),
        in_force_until date,
        org_path text NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT discipline_one_subject CHECK ((organization_id IS NULL) <> (member_id IS NULL))
      )`);
    await q.query(`ALTER TABLE discipline ${ANCESTORS}`);

    // the inspections list: two keysets led by the subtree column, newest planned first
    for (const k of [1, 2, 3]) {
      await q.query(`CREATE INDEX inspection_anc${k}_idx ON inspection (anc${k}, planned_start_on DESC, id DESC)`);
      await q.query(
        `CREATE INDEX inspection_subject_anc${k}_idx ON inspection_subject (anc${k}, planned_start_on DESC, inspection_id DESC)`,
      );
      await q.query(`CREATE INDEX remedy_open_anc${k}_idx ON remedy (anc${k}, due_on) WHERE status = 'OPEN'`);
    }
    await q.query('CREATE INDEX inspection_planned_idx ON inspection (planned_start_on DESC, id DESC)');
    await q.query('CREATE INDEX inspection_org_path_idx ON inspection (org_path text_pattern_ops)');
    await q.query('CREATE INDEX inspection_subject_path_idx ON inspection_subject (org_path text_pattern_ops)');
    await q.query('CREATE INDEX inspection_subject_inspection_idx ON inspection_subject (inspection_id)');
    await q.query(
      'CREATE INDEX inspection_subject_member_idx ON inspection_subject (member_id) WHERE member_id IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX inspection_subject_org_idx ON inspection_subject (organization_id) WHERE organization_id IS NOT NULL',
    );
    await q.query('CREATE INDEX finding_inspection_idx ON finding (inspection_id, recorded_at)');
    await q.query('CREATE INDEX remedy_inspection_idx ON remedy (inspection_id, position)');
    await q.query("CREATE INDEX remedy_path_idx ON remedy (org_path text_pattern_ops) WHERE status = 'OPEN'");
    await q.query(
      'CREATE INDEX discipline_member_idx ON discipline (member_id, decided_on) WHERE member_id IS NOT NULL',
    );
    await q.query(
      'CREATE INDEX discipline_org_idx ON discipline (organization_id, decided_on) WHERE organization_id IS NOT NULL',
    );
    await q.query('CREATE INDEX discipline_inspection_idx ON discipline (inspection_id)');

    // paths set on insert
    await q.query(`
      CREATE FUNCTION inspection_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.org_path FROM organization WHERE id = NEW.conducted_by_id;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER inspection_place BEFORE INSERT ON inspection FOR EACH ROW EXECUTE FUNCTION inspection_place()',
    );
    await q.query(`
      CREATE FUNCTION remedy_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.org_path FROM organization WHERE id = NEW.responsible_id;
        RETURN NEW;
      END $$`);
    await q.query('CREATE TRIGGER remedy_place BEFORE INSERT ON remedy FOR EACH ROW EXECUTE FUNCTION remedy_place()');
    // a subject's (and a discipline's) path: its organisation's, or its member's cell's
    await q.query(`
      CREATE FUNCTION subject_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.member_id IS NOT NULL THEN
          SELECT org_path INTO NEW.org_path FROM member WHERE id = NEW.member_id;
        ELSE
          SELECT path INTO NEW.org_path FROM organization WHERE id = NEW.organization_id;
        END IF;
        RETURN NEW;
      END $$`);
    for (const t of ['inspection_subject', 'discipline'])
      await q.query(`CREATE TRIGGER ${t}_place BEFORE INSERT ON ${t} FOR EACH ROW EXECUTE FUNCTION subject_place()`);
    // paths kept when organisations move
    await q.query(`
      CREATE FUNCTION organization_repath_inspections() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE inspection SET org_path = NEW.path WHERE conducted_by_id = NEW.id;
        UPDATE inspection_subject SET org_path = NEW.path WHERE organization_id = NEW.id;
        UPDATE remedy SET org_path = NEW.path WHERE responsible_id = NEW.id;
        UPDATE discipline SET org_path = NEW.path WHERE organization_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_repath_inspections AFTER UPDATE OF path ON organization FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_repath_inspections()`);
    // … and when a member changes cell (the path is rewritten by member_place and organization_repath)
    await q.query(`
      CREATE FUNCTION member_repath_inspections() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE inspection_subject SET org_path = NEW.org_path WHERE member_id = NEW.id;
        UPDATE discipline SET org_path = NEW.org_path WHERE member_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER member_repath_inspections AFTER UPDATE ON member FOR EACH ROW
      WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path) EXECUTE FUNCTION member_repath_inspections()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER member_repath_inspections ON member');
    await q.query('DROP TRIGGER organization_repath_inspections ON organization');
    await q.query('DROP TABLE discipline, remedy, finding, inspection_subject, inspection, inspection_counter');
    await q.query(
      'DROP FUNCTION member_repath_inspections(), organization_repath_inspections(), subject_place(), remedy_place(), inspection_place()',
    );
  }
}
