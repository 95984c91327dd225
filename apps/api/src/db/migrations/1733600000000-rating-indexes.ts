import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ratings' indexes for a province-scale summary (docs/adr/0013-ratings.md):
 * the ratings of a subtree and year in member order, covering the three
 * ancestors by which members' ratings are counted, and the members who could
 * be rated in id order, so the unrated are an anti-join of two ordered
 * index-only ranges.
 */
export class RatingIndexes1733600000000 implements MigrationInterface {
  name = 'RatingIndexes1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX rating_path_idx');
    await q.query(
      'CREATE INDEX rating_path_idx ON rating (year, org_path text_pattern_ops) INCLUDE (grade, member_id, organization_id, anc1, anc2, anc3)',
    );
    for (const k of [1, 2, 3]) {
      const others = [1, 2, 3].filter((j) => j !== k).map((j) => `anc${j}`);
      await q.query(`DROP INDEX rating_anc${k}_idx`);
      await q.query(
        `CREATE INDEX rating_anc${k}_idx ON rating (anc${k}, year, member_id) INCLUDE (grade, ${others.join(', ')}, organization_id, org_path)`,
      );
      await q.query(`DROP INDEX member_ratable_anc${k}_idx`);
      await q.query(
        `CREATE INDEX member_ratable_anc${k}_idx ON member (anc${k}, id) INCLUDE (admitted_on)
          WHERE status IN ('PROBATIONARY','OFFICIAL') AND NOT exempt`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX rating_path_idx');
    await q.query(
      'CREATE INDEX rating_path_idx ON rating (year, org_path text_pattern_ops) INCLUDE (grade, member_id, organization_id)',
    );
    for (const k of [1, 2, 3]) {
      await q.query(`DROP INDEX rating_anc${k}_idx`);
      await q.query(
        `CREATE INDEX rating_anc${k}_idx ON rating (anc${k}, year) INCLUDE (grade, member_id, organization_id, org_path)`,
      );
      await q.query(`DROP INDEX member_ratable_anc${k}_idx`);
      await q.query(
        `CREATE INDEX member_ratable_anc${k}_idx ON member (anc${k}) INCLUDE (id, admitted_on)
          WHERE status IN ('PROBATIONARY','OFFICIAL') AND NOT exempt`,
      );
    }
  }
}
