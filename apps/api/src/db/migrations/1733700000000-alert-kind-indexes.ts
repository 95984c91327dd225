import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The later alert kinds at province scale (docs/benchmarks.md):
 * - REGULAR_MEETING_MISSING and THEMATIC_MEETING_MISSING
 *   (features/meetings/meeting.alerts.ts): a subtree's active cells with
 *   their ids from one index-only range, less the cells met in the period
 *   from one index-only range of the meetings of a kind. The cells'
 *   predicate is CELL_KINDS (features/members/member.rules.ts).
 * - RATING_QUOTA_EXCEEDED and ratingSummary (features/ratings/rating.tally.ts):
 *   the names and kinds of a subtree's organisations above the cells, one
 *   index-only range instead of a scan of every organisation.
 */
export class AlertKindIndexes1733700000000 implements MigrationInterface {
  name = 'AlertKindIndexes1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX organization_active_cell_idx ON organization (path text_pattern_ops) INCLUDE (id, established_on)
        WHERE status = 'ACTIVE' AND kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')`,
    );
    await q.query(
      `CREATE INDEX organization_unit_idx ON organization (path text_pattern_ops) INCLUDE (id, name, kind)
        WHERE kind <> 'SUBORDINATE_CELL'`,
    );
    for (const k of [1, 2, 3])
      await q.query(
        `CREATE INDEX meeting_kind_anc${k}_idx ON meeting (anc${k}, kind, held_on) INCLUDE (organization_id)`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX organization_active_cell_idx, organization_unit_idx');
    for (const k of [1, 2, 3]) await q.query(`DROP INDEX meeting_kind_anc${k}_idx`);
  }
}
