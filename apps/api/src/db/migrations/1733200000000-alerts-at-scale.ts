import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts of a large subtree (a 50,000-member district) from index ranges
 * rather than from every member and organisation of the subtree
 * (docs/benchmarks.md, "Alerts at province scale"):
 *
 * - BADGE_DUE: the current members whose party membership starts (first
 *   admission, else admission) in a milestone's 90-day window, one range per
 *   milestone, on an index led by the subtree's ancestor column;
 * - CELL_TOO_SMALL: each cell's official members from the rollups, read in
 *   path order from the index alone (one entry per organisation).
 */
export class AlertsAtScale1733200000000 implements MigrationInterface {
  name = 'AlertsAtScale1733200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const k of [1, 2, 3])
      await q.query(
        `CREATE INDEX member_anc${k}_party_since_idx ON member (anc${k}, (COALESCE(first_admitted_on, admitted_on)))
          WHERE status IN ('PROBATIONARY', 'OFFICIAL')`,
      );
    await q.query(
      'CREATE INDEX member_rollup_count_path_idx ON member_rollup (dim, status, val, org_path text_pattern_ops) INCLUDE (n)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'DROP INDEX member_anc1_party_since_idx, member_anc2_party_since_idx, member_anc3_party_since_idx, member_rollup_count_path_idx',
    );
  }
}
