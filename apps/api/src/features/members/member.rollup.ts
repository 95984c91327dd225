import DataLoader from 'dataloader';
import { type Context, loader } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';

/** A rollup dimension (member_rollup.dim) and the values counted. */
export interface RollupSlice {
  dim: 'all' | 'gender' | 'ethnicity' | 'birth_year' | 'theory_level';
  vals: readonly string[];
}

const ALL: RollupSlice = { dim: 'all', vals: [''] };

/**
 * Members whose cell lies under `rootPath` (everything when null), with one
 * of `statuses`, counted from the per-cell rollups kept by the database in
 * every writing transaction (migration Scale1732500000000). The subtree's
 * cells are a range of the organisation path index; one statement per
 * request batch, whatever the number of subtrees asked.
 */
export function rollupCount(
  ctx: Context,
  rootPath: string | null,
  statuses: readonly string[],
  slice: RollupSlice = ALL,
): Promise<number> {
  const key = `rollup:${[...statuses].sort().join(',')}:${slice.dim}:${[...slice.vals].sort().join(',')}`;
  const l = loader(
    ctx,
    key,
    () =>
      new DataLoader<string, number>(async (roots) => {
        const national = roots.includes('');
        const rows: { root: string; n: number }[] = await db(ctx).query(
          `SELECT t.root, COALESCE(sum(r.n), 0)::int AS n
             FROM unnest($1::text[]) AS t(root)
             JOIN organization c ON c.path ~>=~ t.root AND c.path ~<~ (t.root || '~')
             JOIN member_rollup r ON r.organization_id = c.id AND r.dim = $2 AND r.val = ANY($3::text[]) AND r.status = ANY($4::text[])
            GROUP BY t.root`,
          [roots.filter(Boolean), slice.dim, slice.vals, statuses],
        );
        const whole: { n: number }[] = national
          ? await db(ctx).query(
              `SELECT COALESCE(sum(n), 0)::int AS n FROM member_rollup WHERE dim = $1 AND val = ANY($2::text[]) AND status = ANY($3::text[])`,
              [slice.dim, slice.vals, statuses],
            )
          : [];
        return roots.map((r) => (r === '' ? whole[0].n : (rows.find((x) => x.root === r)?.n ?? 0)));
      }),
  );
  return l.load(rootPath ?? '');
}
