import type { OrganizationKind, RatingGrade } from '@dangvu/schema';
import { likeEscape, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import { RATING_COLUMNS } from './rating.access.js';
import { GRASSROOTS_KINDS, type GradeTally, isExcellentQuotaExceeded } from './rating.rules.js';

/** Ratings of one year, kind of subject, grade and subject path, counted. */
export interface TallyRow {
  year: number;
  path: string;
  org: boolean;
  grade: RatingGrade;
  n: number;
}

/** The organisations above the cells of a subtree and of its own ancestors: the quota groups and their names. */
export interface GroupOrg {
  name: string;
  kind: OrganizationKind;
}

/**
 * The ratings of a subtree for some years, counted by subject path and
 * grade (one index-only range on rating_anc<k>_idx or rating_path_idx), with
 * the organisations that are not cells in the subtree or above it (on
 * organization_path_idx and the primary key), in one statement. The
 * organisations above the subtree are read only to group its ratings: the
 * caller receives nothing of them but, for an alert, the name of its own
 * scope's level above when that is the group.
 */
export async function ratingTallies(
  ctx: Context,
  root: Subtree,
  years: number[],
): Promise<{ rows: TallyRow[]; orgs: Map<string, GroupOrg> }> {
  const params: unknown[] = [years];
  const where = subtreeClause(ctx, root, RATING_COLUMNS, params);
  params.push(`${likeEscape(root.path)}%`, root.path.split('/').filter(Boolean));
  const n = params.length;
  const [row]: { rows: TallyRow[]; orgs: [string, string, OrganizationKind][] }[] = await db(ctx).query(
    `SELECT
       (SELECT COALESCE(json_agg(x), '[]') FROM (
          SELECT r.year, r.org_path AS path, r.member_id IS NULL AS org, r.grade, count(*)::int AS n
            FROM rating r WHERE ${where} AND r.year = ANY($1::int[]) GROUP BY 1, 2, 3, 4) x) AS rows,
       (SELECT COALESCE(json_agg(json_build_array(o.id, o.name, o.kind)), '[]') FROM organization o
         WHERE (o.path LIKE $${n - 1} OR o.id = ANY($${n}::uuid[])) AND o.kind <> 'SUBORDINATE_CELL') AS orgs`,
    params,
  );
  return { rows: row.rows, orgs: new Map(row.orgs.map(([id, name, kind]) => [id, { name, kind }])) };
}

/**
 * The quota group of a rating: for a member or a subordinate cell, the
 * grassroots organisation above it (or the member's own, a chi bộ cơ sở);
 * for a grassroots organisation, the level above it. Null when none is known.
 */
export function groupOf(path: string, org: boolean, orgs: Map<string, GroupOrg>): string | null {
  const ids = path.split('/').filter(Boolean);
  const grassroots = (id: string) => GRASSROOTS_KINDS.includes(orgs.get(id)?.kind as OrganizationKind);
  if (org && grassroots(ids[ids.length - 1])) return ids[ids.length - 2] ?? null;
  for (let i = ids.length - 1; i >= 0; i--) if (grassroots(ids[i])) return ids[i];
  return null;
}

export interface QuotaBreach extends GradeTally {
  year: number;
  org: boolean;
  groupId: string;
}

/**
 * The groups whose EXCELLENT ratings exceed the quota, by year and kind of
 * subject; only groups within the subtree, whose ratings it holds whole (a
 * cell's members are not judged without the rest of its grassroots
 * organisation, nor a commune among its neighbours).
 */
export function quotaBreaches(rows: TallyRow[], orgs: Map<string, GroupOrg>, root: Subtree): QuotaBreach[] {
  const above = new Set(root.path.split('/').filter((id) => id && id !== root.id));
  const groups = new Map<string, QuotaBreach>();
  for (const r of rows) {
    if (r.grade !== 'EXCELLENT' && r.grade !== 'GOOD') continue;
    const groupId = groupOf(r.path, r.org, orgs);
    if (!groupId || above.has(groupId)) continue;
    const key = `${r.year}|${r.org}|${groupId}`;
    const g = groups.get(key) ?? { year: r.year, org: r.org, groupId, excellent: 0, good: 0 };
    if (r.grade === 'EXCELLENT') g.excellent += r.n;
    else g.good += r.n;
    groups.set(key, g);
  }
  return [...groups.values()].filter(isExcellentQuotaExceeded);
}
