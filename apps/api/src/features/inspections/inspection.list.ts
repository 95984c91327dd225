import { foldSearch } from '@dangvu/schema';
import { In } from 'typeorm';
import { depthOf, likeEscape, requireUser, type Subtree, scopeSubtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { keysetOf, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isLocalDate } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { INSPECTION_COLUMNS, SUBJECT_COLUMNS } from './inspection.access.js';
import { Inspection } from './inspection.entity.js';
import type { InspectionFilter } from './inspection.inputs.js';
import { readsEveryStatus } from './inspection.rules.js';

/**
 * SQL: the subject row `s` belongs to an inspection conducted outside `root`
 * (migration InspectionConductor1733000000001: ranges of the index led by
 * the subtree column then the conductor's, so a province reads none).
 */
function conductedBeyond(root: Subtree, params: unknown[]): string {
  const d = depthOf(root.path);
  if (d > 3) return `s.conductor_path NOT LIKE $${params.push(`${likeEscape(root.path)}%`)}`;
  const p = params.push(root.id);
  return `(s.canc${d} < $${p}::uuid OR s.canc${d} > $${p}::uuid OR s.canc${d} IS NULL)`;
}

/**
 * The inspections list, newest planned start first, in keyset pages: the
 * union of two index-led keysets over the subtree (migration
 * Inspections1733000000000), the inspections conducted in it and those
 * conducted elsewhere with a subject in it (disjoint); other roles than
 * inspectors read only CONCLUDED ones.
 */
export async function listInspections(
  ctx: Context,
  filter: InspectionFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<Inspection>> {
  const user = requireUser(ctx);
  const { limit, cursor } = pageArgs(first, after);
  const keyset = keysetOf(cursor, isLocalDate);
  const within = await subtreeOf(ctx, filter.withinId);
  const statuses = readsEveryStatus(user.role)
    ? filter.statuses
    : (filter.statuses ?? ['CONCLUDED']).filter((s) => s === 'CONCLUDED');
  const words = foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .map((w) => `%${likeEscape(w)}%`);
  // the subtree listed; none for ADMIN over everything, where the inspections themselves are the whole list
  const root = within ?? scopeSubtree(ctx);
  const params: unknown[] = [];
  const branch = (alias: 'i' | 's', paged: boolean) => {
    const cols = alias === 'i' ? INSPECTION_COLUMNS : SUBJECT_COLUMNS;
    const id = alias === 'i' ? 'i.id' : 's.inspection_id';
    const where = [subtreeClause(ctx, within, cols, params)];
    // subject rows of inspections conducted outside the subtree: the others are the first branch's
    if (alias === 's' && root) where.push(conductedBeyond(root, params));
    // the sort key of a subject row is its copy of the planned start
    const start = `${alias}.planned_start_on`;
    if (statuses) where.push(`i.status = ANY($${params.push(statuses)}::text[])`);
    if (filter.kinds?.length) where.push(`i.kind = ANY($${params.push(filter.kinds)}::text[])`);
    if (filter.year) {
      where.push(`${start} >= $${params.push(`${filter.year}-01-01`)}::date`);
      where.push(`${start} < $${params.push(`${filter.year + 1}-01-01`)}::date`);
    }
    for (const w of words) where.push(`i.search_text LIKE $${params.push(w)}`);
    if (filter.openRemedies != null)
      where.push(
        `${filter.openRemedies ? '' : 'NOT '}EXISTS (SELECT 1 FROM remedy r WHERE r.inspection_id = i.id AND r.status = 'OPEN')`,
      );
    if (paged && keyset)
      where.push(`(${start}, ${id}) < ($${params.push(keyset[0])}::date, $${params.push(keyset[1])}::uuid)`);
    const from = alias === 'i' ? 'inspection i' : 'inspection_subject s JOIN inspection i ON i.id = s.inspection_id';
    const tail = paged ? ` ORDER BY 1 DESC, 2 DESC LIMIT ${limit + 1}` : '';
    return `(SELECT ${alias === 's' ? 'DISTINCT ' : ''}${start} AS start, ${id} AS id FROM ${from} WHERE ${where.join(' AND ')}${tail})`;
  };
  const union = (paged: boolean) =>
    root ? `${branch('i', paged)} UNION ALL ${branch('s', paged)}` : branch('i', paged);
  const page = `SELECT to_char(u.start, 'YYYY-MM-DD') AS start, u.id FROM (${union(true)}) u ORDER BY u.start DESC, u.id DESC LIMIT ${limit + 1}`;
  const keys: { start: string; id: string }[] = await db(ctx).query(page, params.slice());
  const rows = keys.length
    ? await db(ctx)
        .getRepository(Inspection)
        .findBy({ id: In(keys.map((k) => k.id)) })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const count = async () => {
    params.length = 0;
    const [{ n }] = await db(ctx).query(`SELECT count(*)::int AS n FROM (${union(false)}) u`, params);
    return n as number;
  };
  return pageOf(
    keys.filter((k) => byId.has(k.id)).map((k) => ({ node: byId.get(k.id)!, key: [k.start, k.id] })),
    limit,
    count,
  );
}
