import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annual ratings (đánh giá, xếp loại chất lượng), features/ratings
 * (docs/adr/0012-ratings.md).
 *
 * - One row per subject (a member or an organisation) and year, replaced in
 *   place by a second rating (its version increments).
 * - A rating carries its subject's path: the organisation's, or the member's
 *   cell's, set on insert by subject_place (migration Inspections1733000000000)
 *   and kept as organisations move and members change cell, like disciplines;
 *   the generated anc1..3 lead the summary's indexes, which cover the year,
 *   the grade and the subject, so a province's year is one index-only range.
 * - member_ratable_anc<k>_idx: the members a year's summary counts as unrated
 *   (current, not exempt), index-only with their id and admission day.
 */
export class Ratings1733400000000 implements MigrationInterface {
  name = 'Ratings1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rating (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 1930 AND 2200),
        grade text NOT NULL CHECK (grade IN ('EXCELLENT','GOOD','COMPLETED','NOT_COMPLETED')),
        score double precision CHECK (score BETWEEN 0 AND 100),
        member_id uuid REFERENCES member(id),
        organization_id uuid REFERENCES organization(id),
        org_path text NOT NULL,
        rated_by uuid REFERENCES app_user(id),
        rated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CONSTRAINT rating_one_subject CHECK ((organization_id IS NULL) <> (member_id IS NULL))
      )`);
    await q.query(`ALTER TABLE rating
      ADD COLUMN anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
      ADD COLUMN anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
      ADD COLUMN anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED`);
    await q.query('CREATE UNIQUE INDEX rating_member_year_idx ON rating (member_id, year) WHERE member_id IS NOT NULL');
    await q.query(
      'CREATE UNIQUE INDEX rating_organization_year_idx ON rating (organization_id, year) WHERE organization_id IS NOT NULL',
    );
    for (const k of [1, 2, 3]) {
      await q.query(
        `CREATE INDEX rating_anc${k}_idx ON rating (anc${k}, year) INCLUDE (grade, member_id, organization_id, org_path)`,
      );
      await q.query(
        `CREATE INDEX member_ratable_anc${k}_idx ON member (anc${k}) INCLUDE (id, admitted_on)
          WHERE status IN ('PROBATIONARY','OFFICIAL') AND NOT exempt`,
      );
    }
    await q.query(
      'CREATE INDEX rating_path_idx ON rating (year, org_path text_pattern_ops) INCLUDE (grade, member_id, organization_id)',
    );
    await q.query('CREATE TRIGGER rating_place BEFORE INSERT ON rating FOR EACH ROW EXECUTE FUNCTION subject_place()');
    await q.query(`
      CREATE FUNCTION organization_repath_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE rating SET org_path = NEW.path WHERE organization_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_repath_ratings AFTER UPDATE OF path ON organization FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_repath_ratings()`);
    await q.query(`
      CREATE FUNCTION member_repath_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE rating SET org_path = NEW.org_path WHERE member_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER member_repath_ratings AFTER UPDATE ON member FOR EACH ROW
      WHEN (OLD.org_path IS DISTINCT FROM NEW.org_path) EXECUTE FUNCTION member_repath_ratings()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER member_repath_ratings ON member');
    await q.query('DROP TRIGGER organization_repath_ratings ON organization');
    await q.query('DROP TABLE rating');
    for (const k of [1, 2, 3]) await q.query(`DROP INDEX member_ratable_anc${k}_idx`);
    await q.query('DROP FUNCTION member_repath_ratings(), organization_repath_ratings()');
  }
}
