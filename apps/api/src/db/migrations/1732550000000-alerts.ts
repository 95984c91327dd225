import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the alerts computed from the records (features/alerts): the
 * few probationary members and pending transfers, found by scope path and
 * date without reading the rest.
 */
export class Alerts1732550000000 implements MigrationInterface {
  name = 'Alerts1732550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "CREATE INDEX member_probationary_idx ON member (org_path text_pattern_ops, admitted_on) WHERE status = 'PROBATIONARY'",
    );
    await q.query("CREATE INDEX transfer_pending_idx ON transfer (requested_on) WHERE status = 'PENDING'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX member_probationary_idx, transfer_pending_idx');
  }
}
