import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = `'PROVINCIAL_COMMITTEE','DISTRICT_COMMITTEE','GRASSROOTS_COMMITTEE','GRASSROOTS_CELL','SUBORDINATE_CELL'`;
const STATUSES = `'ACTIVE','DISSOLVED','MERGED'`;

/**
 * The 2025 organisation model (Hướng dẫn 31-HD/BTCTW, 2025): commune-level
 * committees given the powers of the level above grassroots
 * (COMMUNE_LEVEL_COMMITTEE), organisations that ended operations (ENDED),
 * and the history of every organisation (organization_event: founded,
 * renamed, moved, absorbed, merged, dissolved, ended), filled for existing
 * organisations from what their rows record.
 */
export class OrganizationReform1732700000000 implements MigrationInterface {
  name = 'OrganizationReform1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization
        DROP CONSTRAINT organization_kind_check,
        ADD CONSTRAINT organization_kind_check CHECK (kind IN (${KINDS},'COMMUNE_LEVEL_COMMITTEE')),
        DROP CONSTRAINT organization_status_check,
        ADD CONSTRAINT organization_status_check CHECK (status IN (${STATUSES},'ENDED'))`);
    await q.query(`
      CREATE TABLE organization_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        kind text NOT NULL CHECK (kind IN ('FOUNDED','RENAMED','MOVED','ABSORBED','MERGED','DISSOLVED','ENDED')),
        "on" date NOT NULL,
        decision_number text,
        from_parent_id uuid REFERENCES organization(id),
        to_parent_id uuid REFERENCES organization(id),
        other_id uuid REFERENCES organization(id),
        previous_name text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX organization_event_org_idx ON organization_event (organization_id, "on", recorded_at)');
    // what the existing rows already say: their founding, merges (both sides) and dissolutions
    await q.query(`
      INSERT INTO organization_event (organization_id, kind, "on", decision_number, recorded_at)
      SELECT id, 'FOUNDED', established_on, decision_number, created_at FROM organization WHERE established_on IS NOT NULL`);
    await q.query(`
      INSERT INTO organization_event (organization_id, kind, "on", decision_number, other_id, recorded_at)
      SELECT id, 'MERGED', closed_on, closing_decision_number, merged_into_id, updated_at FROM organization
       WHERE status = 'MERGED' AND closed_on IS NOT NULL
      UNION ALL
      SELECT merged_into_id, 'ABSORBED', closed_on, closing_decision_number, id, updated_at FROM organization
       WHERE status = 'MERGED' AND closed_on IS NOT NULL AND merged_into_id IS NOT NULL
      UNION ALL
      SELECT id, 'DISSOLVED', closed_on, closing_decision_number, NULL, updated_at FROM organization
       WHERE status = 'DISSOLVED' AND closed_on IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organization_event');
    await q.query(`
      ALTER TABLE organization
        DROP CONSTRAINT organization_kind_check,
        ADD CONSTRAINT organization_kind_check CHECK (kind IN (${KINDS})),
        DROP CONSTRAINT organization_status_check,
        ADD CONSTRAINT organization_status_check CHECK (status IN (${STATUSES}))`);
  }
}
