import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cells' alerts at province scale (docs/benchmarks.md): CELL_TOO_SMALL
 * (features/alerts/alert.service.ts) and the missed-meeting kinds
 * (features/meetings/meeting.alerts.ts) read a subtree's active cells from
 * organization_active_cell_idx, then probed the primary key for each alerted
 * cell's name (1,361 and 1,020 probes for the largest district of the
 * generated province). The index now carries the name: one index-only range.
 */
export class AlertCellNames1733800000000 implements MigrationInterface {
  name = 'AlertCellNames1733800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX organization_active_cell_idx');
    await q.query(
      `CREATE INDEX organization_active_cell_idx ON organization (path text_pattern_ops) INCLUDE (id, established_on, name)
        WHERE status = 'ACTIVE' AND kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX organization_active_cell_idx');
    await q.query(
      `CREATE INDEX organization_active_cell_idx ON organization (path text_pattern_ops) INCLUDE (id, established_on)
        WHERE status = 'ACTIVE' AND kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')`,
    );
  }
}
