import DataLoader from 'dataloader';
import { depthOf } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';

/** A rollup dimension (member_rollup.dim) and the values counted. */
export interface RollupSlice {
  dim: 'all' | 'gender' | 'ethnicity' | 'birth_year' | 'theory_level';
  vals: readonly string[];
}

const ALL: RollupSlice = { dim: 'all', vals: [''] };

/** The id a subtree root's path ends with. */
const idOf = (path: string) => path.split('/').filter(Boolean).at(-1) ?? '';

/**
 * Members whose cell lies under `rootPath` (everything when null), with one
 * of `statuses`, counted from the per-cell rollups kept by the database in
 * every writing transaction (migration Scale1732500000000). A rollup row
 * carries its cell's first three ancestors, so a subtree to depth 3 is an
 * index-only sum over `(dim, ancN, status, val)`; a deeper one (a cell) a
 * range of the path index. One statement per request batch, whatever the
 * number of subtrees asked.
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
        const byDepth = (d: number) => roots.filter((r) => r && depthOf(r) === d).map(idOf);
        const params: unknown[] = [slice.dim, slice.vals, statuses];
        const filter = 'r.dim = $1 AND r.val = ANY($2::text[]) AND r.status = ANY($3::text[])';
        const parts = [1, 2, 3].map(
          (d) => `SELECT t.id, NULL::text AS p, COALESCE(sum(r.n), 0)::int AS n
                    FROM unnest($${params.push(byDepth(d))}::uuid[]) AS t(id)
                    JOIN member_rollup r ON r.anc${d} = t.id AND ${filter} GROUP BY t.id`,
        );
        parts.push(
          `SELECT NULL::uuid AS id, t.p, (SELECT COALESCE(sum(r.n), 0)::int FROM member_rollup r
                    WHERE r.org_path ~>=~ t.p AND r.org_path ~<~ (t.p || '~') AND ${filter}) AS n
             FROM unnest($${params.push(roots.filter((r) => r && depthOf(r) > 3))}::text[]) AS t(p)`,
        );
        if (roots.includes(''))
          parts.push(
            `SELECT NULL::uuid AS id, '' AS p, COALESCE(sum(r.n), 0)::int AS n FROM member_rollup r WHERE ${filter}`,
          );
        const rows: { id: string | null; p: string | null; n: number }[] = await db(ctx).query(
          parts.join(' UNION ALL '),
          params,
        );
        const found = new Map(rows.map((r) => [r.id ?? r.p ?? '', r.n]));
        return roots.map((r) => found.get(r) ?? found.get(idOf(r)) ?? 0);
      }),
  );
  return l.load(rootPath ?? '');
}
