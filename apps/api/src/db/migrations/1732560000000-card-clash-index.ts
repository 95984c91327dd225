import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Card-number clashes are audited (action 'cardNumberClash') and counted per
 * user over the last hour to throttle the card-number oracle (ADR 0005): an
 * index for that count.
 */
export class CardClashIndex1732560000000 implements MigrationInterface {
  name = 'CardClashIndex1732560000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_entry_card_clash_idx ON audit_entry (user_id, at) WHERE action = 'cardNumberClash'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_entry_card_clash_idx');
  }
}
