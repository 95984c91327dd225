import type { MigrationInterface, QueryRunner } from 'typeorm';

const POSITIONS = `'SECRETARY','DEPUTY_SECRETARY','STANDING_COMMITTEE_MEMBER','COMMITTEE_MEMBER','INSPECTION_CHAIR',
  'INSPECTION_MEMBER','PEOPLES_COMMITTEE_CHAIR','PEOPLES_COUNCIL_CHAIR','FRONT_CHAIR','VILLAGE_HEAD'`;

/** The first three ancestors of a row's organisation path, as on member (migration Scale1732500000000). */
const ANCESTORS = `
  ADD COLUMN anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
  ADD COLUMN anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
  ADD COLUMN anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED`;

/**
 * Cadres (cán bộ) and their placements (bố trí), features/cadres.
 *
 * - A cadre linked to a member carries copies of the member's name, search
 *   text, gender, birth date, theory level, qualification and status, and
 *   the member's cell path, written by triggers: on insert and on every update
 *   of the member, in the member's transaction, so a later edit of the
 *   member shows on the cadre at once. A cadre who is not a member carries
 *   its own, and the path of the organisation whose records hold it (owner).
 * - A placement carries its organisation's path and its cadre's search text
 *   (kept by triggers, also when organisations move), so that a subtree's
 *   cadres are read from two index-led keysets: the cadres whose own path
 *   lies in it, and the cadres placed in it. anc1..3 as on member.
 * - Date ranges are half-open: a placement holds from starts_on up to, not
 *   including, ends_on (a successor starts on the day the predecessor ends).
 */
export class Cadres1732900000000 implements MigrationInterface {
  name = 'Cadres1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cadre (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid REFERENCES member(id),
        owner_id uuid REFERENCES organization(id),
        full_name text NOT NULL,
        search_text text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        date_of_birth date NOT NULL,
        theory_level text NOT NULL,
        qualification text NOT NULL,
        member_status text,
        home_commune_id uuid REFERENCES organization(id),
        org_path text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cadre_member_unique UNIQUE (member_id),
        CONSTRAINT cadre_member_or_owner CHECK (member_id IS NOT NULL OR owner_id IS NOT NULL)
      )`);
    await q.query(`ALTER TABLE cadre ${ANCESTORS}`);
    await q.query(`
      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        organization_id uuid NOT NULL REFERENCES organization(id),
        position text NOT NULL CHECK (position IN (${POSITIONS})),
        mode text NOT NULL CHECK (mode IN ('ELECTED','APPOINTED','ROTATED','SECONDED')),
        starts_on date NOT NULL,
        ends_on date,
        decision_number text,
        end_reason text,
        search_text text NOT NULL,
        org_path text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT placement_range CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`ALTER TABLE placement ${ANCESTORS}`);

    // the cadres list: each keyset led by the subtree column, then the name, then the id
    for (const k of [1, 2, 3]) {
      await q.query(`CREATE INDEX cadre_anc${k}_name_idx ON cadre (anc${k}, search_text, id)`);
      await q.query(`CREATE INDEX placement_anc${k}_name_idx ON placement (anc${k}, search_text, cadre_id)`);
      await q.query(
        `CREATE INDEX placement_anc${k}_position_idx ON placement (anc${k}, position, starts_on) INCLUDE (ends_on, organization_id, cadre_id)`,
      );
    }
    await q.query('CREATE INDEX cadre_name_idx ON cadre (search_text, id)');
    await q.query('CREATE INDEX cadre_org_path_idx ON cadre (org_path text_pattern_ops)');
    await q.query('CREATE INDEX placement_org_path_idx ON placement (org_path text_pattern_ops)');
    await q.query('CREATE INDEX placement_cadre_idx ON placement (cadre_id, starts_on)');
    await q.query('CREATE INDEX placement_org_idx ON placement (organization_id, position, starts_on)');
    await q.query('CREATE INDEX cadre_owner_idx ON cadre (owner_id) WHERE member_id IS NULL');
    // cadreIndicators reads a subtree's organisations from the index alone
    await q.query(
      'CREATE INDEX organization_path_status_idx ON organization (path text_pattern_ops) INCLUDE (kind, sector, status, established_on, closed_on)',
    );

    await q.query(`
      CREATE FUNCTION cadre_copy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.member_id IS NOT NULL THEN
          SELECT m.full_name, m.search_text, m.gender, m.date_of_birth, m.theory_level, m.qualification, m.org_path, m.status
            INTO NEW.full_name, NEW.search_text, NEW.gender, NEW.date_of_birth, NEW.theory_level, NEW.qualification, NEW.org_path,
                 NEW.member_status
            FROM member m WHERE m.id = NEW.member_id;
        ELSE
          SELECT o.path INTO NEW.org_path FROM organization o WHERE o.id = NEW.owner_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER cadre_copy BEFORE INSERT OR UPDATE ON cadre FOR EACH ROW EXECUTE FUNCTION cadre_copy()',
    );
    await q.query(`
      CREATE FUNCTION cadre_rename() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE placement SET search_text = NEW.search_text WHERE cadre_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER cadre_rename AFTER UPDATE ON cadre FOR EACH ROW
      WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text) EXECUTE FUNCTION cadre_rename()`);
    // a member's edit (or move: its path is rewritten by member_place and organization_repath) reaches its cadre
    await q.query(`
      CREATE FUNCTION member_cadre_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE cadre SET updated_at = now() WHERE member_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER member_cadre_follow AFTER UPDATE ON member FOR EACH ROW
      WHEN ((OLD.full_name, OLD.search_text, OLD.gender, OLD.date_of_birth, OLD.theory_level, OLD.qualification, OLD.org_path, OLD.status)
            IS DISTINCT FROM (NEW.full_name, NEW.search_text, NEW.gender, NEW.date_of_birth, NEW.theory_level, NEW.qualification, NEW.org_path, NEW.status))
      EXECUTE FUNCTION member_cadre_follow()`);
    await q.query(`
      CREATE FUNCTION placement_place() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT path INTO NEW.org_path FROM organization WHERE id = NEW.organization_id;
        SELECT search_text INTO NEW.search_text FROM cadre WHERE id = NEW.cadre_id;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER placement_place BEFORE INSERT OR UPDATE OF organization_id, cadre_id ON placement FOR EACH ROW EXECUTE FUNCTION placement_place()',
    );
    await q.query(`
      CREATE FUNCTION organization_repath_cadres() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE placement SET org_path = NEW.path WHERE organization_id = NEW.id;
        UPDATE cadre SET org_path = NEW.path WHERE member_id IS NULL AND owner_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_repath_cadres AFTER UPDATE OF path ON organization FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_repath_cadres()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER organization_repath_cadres ON organization');
    await q.query('DROP TRIGGER member_cadre_follow ON member');
    await q.query('DROP INDEX organization_path_status_idx');
    await q.query('DROP TABLE placement');
    await q.query('DROP TABLE cadre');
    await q.query(
      'DROP FUNCTION organization_repath_cadres(), member_cadre_follow(), placement_place(), cadre_rename(), cadre_copy()',
    );
  }
}
