import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: the organisation tree (materialized path, trigram search),
 * users and their sessions, the login throttle and the audit log.
 */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        search_text text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PROVINCIAL_COMMITTEE','DISTRICT_COMMITTEE','GRASSROOTS_COMMITTEE','GRASSROOTS_CELL','SUBORDINATE_CELL')),
        sector text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','DISSOLVED','MERGED')),
        parent_id uuid REFERENCES organization(id),
        path text NOT NULL,
        established_on date,
        decision_number text,
        closed_on date,
        closing_decision_number text,
        merged_into_id uuid REFERENCES organization(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organization_code_unique UNIQUE (code)
      )`);
    await q.query('CREATE INDEX organization_path_idx ON organization (path text_pattern_ops)');
    await q.query('CREATE INDEX organization_parent_idx ON organization (parent_id)');
    await q.query('CREATE INDEX organization_search_idx ON organization USING gin (search_text gin_trgm_ops)');
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','DISTRICT_ADMIN','DISTRICT_INSPECTOR','COMMUNE_ADMIN','COMMUNE_INSPECTOR')),
        scope_id uuid REFERENCES organization(id),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_username_unique UNIQUE (username),
        CONSTRAINT app_user_scope_check CHECK ((role = 'ADMIN') = (scope_id IS NULL))
      )`);
    await q.query('CREATE INDEX app_user_scope_idx ON app_user (scope_id)');
    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query('CREATE INDEX session_user_idx ON session (user_id)');
    await q.query(`
      CREATE TABLE login_throttle (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid REFERENCES app_user(id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        changes jsonb,
        scope_path text
      )`);
    await q.query('CREATE INDEX audit_entry_at_idx ON audit_entry (at DESC, id DESC)');
    await q.query('CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id)');
    await q.query('CREATE INDEX audit_entry_scope_idx ON audit_entry (scope_path text_pattern_ops)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_entry');
    await q.query('DROP TABLE login_throttle');
    await q.query('DROP TABLE session');
    await q.query('DROP TABLE app_user');
    await q.query('DROP TABLE organization');
  }
}
