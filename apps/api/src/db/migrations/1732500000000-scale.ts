import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createDeltaTriggers } from '../delta-triggers.js';

/** The rollup dimensions kept per cell and status (see member_rollup). */
const KEYS = `(VALUES ('all', ''), ('gender', x.gender), ('ethnicity', lower(btrim(x.ethnicity))),
                ('birth_year', extract(year FROM x.date_of_birth)::int::text), ('theory_level', x.theory_level)) AS k(dim, val)`;

function delta(source: string, sign: 1 | -1): string {
  return `SELECT x.organization_id, x.status, k.dim, k.val, ${sign} AS d FROM ${source} x CROSS JOIN LATERAL ${KEYS}`;
}

function apply(rows: string): string {
  return `INSERT INTO member_rollup AS r (organization_id, org_path, status, dim, val, n)
          SELECT t.organization_id, o.path, t.status, t.dim, t.val, t.n
            FROM (SELECT organization_id, status, dim, val, sum(d)::int AS n FROM (${rows}) x
                   GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0) t
            JOIN organization o ON o.id = t.organization_id
           ORDER BY 1, 3, 4, 5
          ON CONFLICT (organization_id, status, dim, val) DO UPDATE SET n = r.n + EXCLUDED.n;`;
}

/**
 * Data access at national scale (ADR 0005).
 *
 * - Each member row carries its cell's path, kept by triggers on member and
 *   on organization (a merge or move rewrites paths), and generated from it
 *   the ids of its first three ancestors (`anc1` province, `anc2` district
 *   or commune-level committee, `anc3` grassroots organisation). A subtree
 *   at depth ≤ 3 is then an equality on one column, which leads an index for
 *   each offered sort order, so a district's first page reads only its own
 *   rows. Audit entries get the same columns from their scope path.
 * - `member_rollup` counts members per cell and status along a few
 *   dimensions (all, gender, ethnicity, birth year, theory level), kept by
 *   statement-level triggers in the writing transaction; its rows carry the
 *   cell's path and ancestors too, so a subtree's count is an index-only sum
 *   over the subtree's rows, not a count of members.
 */
export class Scale1732500000000 implements MigrationInterface {
  name = 'Scale1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION path_ancestor(p text, k int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT nullif(split_part(p, '/', k + 1), '')::uuid $$`);
    await q.query('ALTER TABLE member ADD COLUMN org_path text');
    await q.query('UPDATE member m SET org_path = o.path FROM organization o WHERE o.id = m.organization_id');
    await q.query(`
      ALTER TABLE member ALTER COLUMN org_path SET NOT NULL,
        ADD COLUMN anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
        ADD COLUMN anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
        ADD COLUMN anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED`);
    await q.query(`
      ALTER TABLE audit_entry
        ADD COLUMN scope_anc1 uuid GENERATED ALWAYS AS (path_ancestor(scope_path, 1)) STORED,
        ADD COLUMN scope_anc2 uuid GENERATED ALWAYS AS (path_ancestor(scope_path, 2)) STORED,
        ADD COLUMN scope_anc3 uuid GENERATED ALWAYS AS (path_ancestor(scope_path, 3)) STORED`);
    for (const k of [1, 2, 3])
      await q.query(`CREATE INDEX audit_entry_anc${k}_idx ON audit_entry (scope_anc${k}, at DESC, id DESC)`);
    await q.query(`
      CREATE FUNCTION member_place() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE p text;
      BEGIN
        SELECT path INTO p FROM organization WHERE id = NEW.organization_id;
        NEW.org_path := p;
        RETURN NEW;
      END $$`);
    await q.query(
      'CREATE TRIGGER member_place BEFORE INSERT OR UPDATE OF organization_id ON member FOR EACH ROW EXECUTE FUNCTION member_place()',
    );
    await q.query(`
      CREATE FUNCTION organization_repath() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE member SET org_path = NEW.path WHERE organization_id = NEW.id;
        UPDATE member_rollup SET org_path = NEW.path WHERE organization_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER organization_repath AFTER UPDATE OF path ON organization FOR EACH ROW
      WHEN (OLD.path IS DISTINCT FROM NEW.path) EXECUTE FUNCTION organization_repath()`);

    // member_admitted_idx (admitted_on, id) exists; member_name_idx sorted by full_name, which no list uses.
    await q.query('DROP INDEX member_name_idx');
    const sorts = {
      name: 'search_text',
      admitted: 'admitted_on',
      birth: 'date_of_birth',
      card: "(COALESCE(card_number, ''))",
    };
    for (const [key, col] of Object.entries(sorts)) {
      if (key !== 'admitted') await q.query(`CREATE INDEX member_${key}_idx ON member (${col}, id)`);
      await q.query(`CREATE INDEX member_anc1_${key}_idx ON member (anc1, ${col}, id)`);
      await q.query(`CREATE INDEX member_anc2_${key}_idx ON member (anc2, ${col}, id)`);
    }
    await q.query('CREATE INDEX member_anc3_name_idx ON member (anc3, search_text, id)');
    await q.query('CREATE INDEX member_org_path_idx ON member (org_path text_pattern_ops)');
    await q.query('CREATE INDEX candidate_search_idx ON candidate (search_text, id)');
    await q.query('CREATE INDEX transfer_to_idx ON transfer (to_organization_id, status)');
    await q.query('CREATE INDEX transfer_from_idx ON transfer (from_organization_id, status)');
    await q.query('CREATE INDEX app_user_username_idx ON app_user (username, id)');

    await q.query(`
      CREATE TABLE member_rollup (
        organization_id uuid NOT NULL REFERENCES organization(id),
        org_path text NOT NULL,
        anc1 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 1)) STORED,
        anc2 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 2)) STORED,
        anc3 uuid GENERATED ALWAYS AS (path_ancestor(org_path, 3)) STORED,
        status text NOT NULL,
        dim text NOT NULL,
        val text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (organization_id, status, dim, val)
      )`);
    // a subtree's count is an index-only sum over its rows: by ancestor column to depth 3, by path below
    await q.query('CREATE INDEX member_rollup_dim_idx ON member_rollup (dim, status, val) INCLUDE (n)');
    for (const k of [1, 2, 3])
      await q.query(`CREATE INDEX member_rollup_anc${k}_idx ON member_rollup (dim, anc${k}, status, val) INCLUDE (n)`);
    await q.query(
      'CREATE INDEX member_rollup_path_idx ON member_rollup (org_path text_pattern_ops, dim) INCLUDE (status, val, n)',
    );
    await q.query(apply(delta('member', 1)));
    await createDeltaTriggers(q, 'member_rollup_apply', delta, apply);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['member_rollup_ins', 'member_rollup_upd', 'member_rollup_del', 'member_place'])
      await q.query(`DROP TRIGGER ${t} ON member`);
    await q.query('DROP TRIGGER organization_repath ON organization');
    await q.query('DROP TABLE member_rollup');
    await q.query('DROP FUNCTION member_rollup_apply(), member_place(), organization_repath()');
    await q.query('ALTER TABLE member DROP COLUMN anc1, DROP COLUMN anc2, DROP COLUMN anc3, DROP COLUMN org_path');
    await q.query('ALTER TABLE audit_entry DROP COLUMN scope_anc1, DROP COLUMN scope_anc2, DROP COLUMN scope_anc3');
    await q.query('DROP FUNCTION path_ancestor(text, int)');
    for (const i of [
      'member_name_idx',
      'member_birth_idx',
      'member_card_idx',
      'candidate_search_idx',
      'transfer_to_idx',
    ])
      await q.query(`DROP INDEX ${i}`);
    await q.query('DROP INDEX transfer_from_idx, app_user_username_idx');
    await q.query('CREATE INDEX member_name_idx ON member (full_name, id)');
  }
}
