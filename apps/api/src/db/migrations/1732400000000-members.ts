import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Members and their history, transfers, the admission pipeline (candidates
 * and sponsors), terms and targets.
 */
export class Members1732400000000 implements MigrationInterface {
  name = 'Members1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        card_number text,
        full_name text NOT NULL,
        search_text text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        date_of_birth date NOT NULL,
        ethnicity text NOT NULL,
        religion text,
        hometown text,
        general_education text,
        qualification text NOT NULL DEFAULT 'NONE',
        theory_level text NOT NULL DEFAULT 'NONE',
        organization_id uuid NOT NULL REFERENCES organization(id),
        status text NOT NULL CHECK (status IN ('PROBATIONARY','OFFICIAL','TRANSFERRED_OUT','REMOVED','EXPELLED','DECEASED')),
        admitted_on date NOT NULL,
        official_on date,
        exempt boolean NOT NULL DEFAULT false,
        left_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT member_card_unique UNIQUE (card_number)
      )`);
    await q.query('CREATE INDEX member_org_status_idx ON member (organization_id, status)');
    await q.query('CREATE INDEX member_name_idx ON member (full_name, id)');
    await q.query('CREATE INDEX member_admitted_idx ON member (admitted_on, id)');
    await q.query('CREATE INDEX member_search_idx ON member USING gin (search_text gin_trgm_ops)');
    await q.query(`
      CREATE TABLE member_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member(id),
        kind text NOT NULL,
        "on" date NOT NULL,
        decision_number text,
        from_organization_id uuid REFERENCES organization(id),
        to_organization_id uuid REFERENCES organization(id),
        note text,
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query('CREATE INDEX member_event_member_idx ON member_event (member_id, "on", recorded_at)');
    await q.query(`
      CREATE TABLE transfer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES member(id),
        from_organization_id uuid NOT NULL REFERENCES organization(id),
        to_organization_id uuid NOT NULL REFERENCES organization(id),
        requested_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','ACCEPTED','REJECTED','CANCELLED')),
        reason text,
        decision_note text,
        requested_by uuid REFERENCES app_user(id),
        decided_by uuid REFERENCES app_user(id),
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX transfer_member_idx ON transfer (member_id)');
    await q.query("CREATE UNIQUE INDEX transfer_one_pending_idx ON transfer (member_id) WHERE status = 'PENDING'");
    await q.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        full_name text NOT NULL,
        search_text text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE','FEMALE')),
        date_of_birth date NOT NULL,
        ethnicity text NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization(id),
        stage text NOT NULL CHECK (stage IN ('SOURCED','TRAINED','APPLIED','VERIFIED','ADMITTED','REJECTED')),
        awareness_course_on date,
        note text,
        admitted_member_id uuid REFERENCES member(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX candidate_org_idx ON candidate (organization_id, stage)');
    await q.query(`
      CREATE TABLE candidate_sponsor (
        candidate_id uuid NOT NULL REFERENCES candidate(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member(id),
        PRIMARY KEY (candidate_id, member_id)
      )`);
    await q.query(`
      CREATE TABLE term (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CHECK (ends_on > starts_on)
      )`);
    await q.query(`
      CREATE TABLE target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        term_id uuid NOT NULL REFERENCES term(id),
        metric text NOT NULL CHECK (metric IN ('NEW_MEMBERS','ORGANIZATIONS_GOOD_OR_BETTER_PERCENT','MEMBERS_GOOD_OR_BETTER_PERCENT')),
        target_value double precision NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT target_unique UNIQUE (organization_id, term_id, metric)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['target', 'term', 'candidate_sponsor', 'candidate', 'transfer', 'member_event', 'member']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
