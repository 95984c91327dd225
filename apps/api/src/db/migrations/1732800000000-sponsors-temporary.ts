import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sponsors as the Charter says and temporary transfers (issue 10, items 3 and 6).
 *
 * - `candidate_sponsor` names who introduces an applicant: a MEMBER (with its
 *   member), or for an applicant up to 30 the YOUTH_UNION or TRADE_UNION
 *   committee (no member), with the day the sponsor has known the applicant
 *   since (Điều lệ Đảng, Điều 4). Rows recorded before this rule had no such
 *   day: they get the latest day the 12 months allow as of the candidate's
 *   creation (the older input attested the Charter's conditions), as
 *   `sponsorIds` still does (ADR 0009).
 * - `candidate.applied_on`: the day of the application (advance to APPLIED),
 *   the day the 12 months and the applicant's age are counted on.
 * - `transfer.temporary`, `until`, `purpose`: sinh hoạt đảng tạm thời; the
 *   member's roll does not change. The partial index holds only accepted
 *   temporary transfers, for the member's temporary organisation, its
 *   visibility at the destination and the TEMPORARY_TRANSFER_ENDING alert.
 */
export class SponsorsTemporary1732800000000 implements MigrationInterface {
  name = 'SponsorsTemporary1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE candidate ADD COLUMN applied_on date');
    await q.query(`
      ALTER TABLE candidate_sponsor
        DROP CONSTRAINT candidate_sponsor_pkey,
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
        ADD COLUMN kind text NOT NULL DEFAULT 'MEMBER' CHECK (kind IN ('MEMBER','YOUTH_UNION','TRADE_UNION')),
        ADD COLUMN known_since date,
        ALTER COLUMN member_id DROP NOT NULL,
        ADD CONSTRAINT candidate_sponsor_member_kind CHECK ((kind = 'MEMBER') = (member_id IS NOT NULL))`);
    await q.query(`
      UPDATE candidate_sponsor s SET known_since = (c.created_at::date - interval '12 months')::date
        FROM candidate c WHERE c.id = s.candidate_id`);
    await q.query('ALTER TABLE candidate_sponsor ALTER COLUMN known_since SET NOT NULL');
    await q.query(
      'CREATE UNIQUE INDEX candidate_sponsor_member_idx ON candidate_sponsor (candidate_id, member_id) WHERE member_id IS NOT NULL',
    );
    await q.query(
      "CREATE UNIQUE INDEX candidate_sponsor_union_idx ON candidate_sponsor (candidate_id) WHERE kind <> 'MEMBER'",
    );
    await q.query(`
      ALTER TABLE transfer
        ADD COLUMN temporary boolean NOT NULL DEFAULT false,
        ADD COLUMN until date,
        ADD COLUMN purpose text CHECK (purpose IN ('WORK','STUDY','OTHER')),
        ADD CONSTRAINT transfer_temporary_until CHECK (temporary = (until IS NOT NULL) AND (temporary OR purpose IS NULL))`);
    await q.query(
      "CREATE INDEX transfer_temporary_idx ON transfer (until, member_id) WHERE temporary AND status = 'ACCEPTED'",
    );
    await q.query(
      "CREATE INDEX transfer_temporary_member_idx ON transfer (member_id, until) WHERE temporary AND status = 'ACCEPTED'",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX transfer_temporary_idx, transfer_temporary_member_idx');
    await q.query(`
      ALTER TABLE transfer DROP CONSTRAINT transfer_temporary_until,
        DROP COLUMN temporary, DROP COLUMN until, DROP COLUMN purpose`);
    await q.query("DELETE FROM candidate_sponsor WHERE kind <> 'MEMBER'");
    await q.query('DROP INDEX candidate_sponsor_member_idx, candidate_sponsor_union_idx');
    await q.query(`
      ALTER TABLE candidate_sponsor DROP CONSTRAINT candidate_sponsor_member_kind,
        DROP COLUMN id, DROP COLUMN kind, DROP COLUMN known_since,
        ALTER COLUMN member_id SET NOT NULL,
        ADD PRIMARY KEY (candidate_id, member_id)`);
    await q.query('ALTER TABLE candidate DROP COLUMN applied_on');
  }
}
