import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first three ancestors of a row's organisation path, as on member (migration Scale1732500000000). */
const ANCESTORS = `
  ADD COLUMN anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
  ADD COLUMN anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
  ADD COLUMN anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED`;

/**
 * Cell meetings (sinh hoạt chi bộ), features/meetings (docs/adr/0012-meetings.md).
 *
 * - A meeting carries its cell's path (set on insert, kept when organisations
 *   move), so the subtree's meetings are a range on anc1..3 or the path.
 * - A named absence copies its meeting's day, kind and path: the unexcused
 *   absences alert is one range over a partial index on the subtree column,
 *   with no join to meeting.
 * - One cell's meetings of a period, and the alerts' "did this cell meet in
 *   that month / quarter", are ranges of meeting_org_idx.
 */
export class Meetings1733300000000 implements MigrationInterface {
  name = 'Meetings1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        kind text NOT NULL CHECK (kind IN ('REGULAR','THEMATIC')),
        held_on date NOT NULL,
        topic text,
        attendees int NOT NULL CHECK (attendees >= 0),
        absentees int NOT NULL CHECK (absentees >= 0),
        supervising_cadre_id uuid REFERENCES cadre(id),
        org_path text NOT NULL,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`ALTER TABLE meeting ${ANCESTORS}`);
    await q.query(`
      CREATE TABLE meeting_absence (
        meeting_id uuid NOT NULL REFERENCES meeting(id),
        member_id uuid NOT NULL REFERENCES member(id),
        excused boolean NOT NULL,
        kind text NOT NULL,
        held_on date NOT NULL,
        org_path text NOT NULL,
        PRIMARY KEY (meeting_id, member_id)
      )`);
    await q.query(`ALTER TABLE meeting_absence ${ANCESTORS}`);

    await q.query('CREATE INDEX meeting_org_idx ON meeting (organization_id, kind, held_on)');
    await q.query('CREATE INDEX meeting_org_path_idx ON meeting (org_path text_pattern_ops, held_on)');
    await q.query(
      'CREATE INDEX meeting_cadre_idx ON meeting (supervising_cadre_id) WHERE supervising_cadre_id IS NOT NULL',
    );
    for (const k of [1, 2, 3]) {
      await q.query(`CREATE INDEX meeting_anc${k}_idx ON meeting (anc${k}, held_on)`);
      await q.query(
        `CREATE INDEX meeting_absence_unexcused_anc${k}_idx ON meeting_absence (anc${k}, held_on, member_id)
         WHERE NOT excused AND kind = 'REGULAR'`,
      );
    }
    await q.query(
      `CREATE INDEX meeting_absence_unexcused_path_idx ON meeting_absence (org_path text_pattern_ops, held_on)
       WHERE NOT excused AND kind = 'REGULAR'`,
    );
    await q.query('CREATE INDEX meeting_absence_member_idx ON meeting_absence (member_id)');

    // paths set on insert: a meeting's its cell's, an absence's its meeting's (with its day and kind)
    await q.query(`
      CREATE FUNCTION meeting_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.org_path FROM organization WHERE id = NEW.organization_id;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER meeting_place BEFORE INSERT ON meeting FOR EACH ROW EXECUTE FUNCTION meeting_place()',
    );
    await q.query(`
      CREATE FUNCTION meeting_absence_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT org_path, kind, held_on INTO NEW.org_path, NEW.kind, NEW.held_on FROM meeting WHERE id = NEW.meeting_id;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER meeting_absence_place BEFORE INSERT ON meeting_absence FOR EACH ROW EXECUTE FUNCTION meeting_absence_place()',
    );
    // paths kept when organisations move
    await q.query(`
      CREATE FUNCTION organization_repath_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE meeting SET org_path = NEW.path WHERE organization_id = NEW.id;
        UPDATE meeting_absence a SET org_path = NEW.path FROM meeting m
         WHERE m.organization_id = NEW.id AND a.meeting_id = m.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_repath_meetings AFTER UPDATE OF path ON organization FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_repath_meetings()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER organization_repath_meetings ON organization');
    await q.query('DROP TABLE meeting_absence, meeting');
    await q.query('DROP FUNCTION organization_repath_meetings(), meeting_absence_place(), meeting_place()');
  }
}
