import type { OrganizationKind, RatingGrade } from '@dangvu/schema';
import { pathClause, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import { RATING_COLUMNS } from './rating.access.js';
import { GRASSROOTS_KINDS, type GradeTally, isExcellentQuotaExceeded } from './rating.rules.js';

/**
 * Ratings of one year, kind of subject and grade, counted: an organisation's
 * by its path; members' by their first three ancestors (the grassroots
 * organisation is one of them), so a province's tens of thousands of member
 * ratings fold into a few hundred rows.
 */
export interface TallyRow {
  year: number;
  /** The organisation's path; null for members. */
  path: string | null;
  ancestors: (string | null)[];
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
 * The ratings of a subtree for some years, counted by grade (one range on
 * rating_anc<k>_idx or rating_path_idx; see TallyRow), with the
 * organisations that are not cells in the subtree or above it (on
 * organization_path_idx and the primary key), in one statement. The
 * organisations above the subtree are read only to tell its grassroots
 * organisations; the caller receives nothing of them (quotaBreaches judges
 * only groups within the subtree).
 */
export async function ratingTallies(
  ctx: Context,
  root: Subtree,
  years: number[],
): Promise<{ rows: TallyRow[]; orgs: Map<string, GroupOrg> }> {
  const params: unknown[] = [years];
  const where = subtreeClause(ctx, root, RATING_COLUMNS, params);
  const units = pathClause('o.path', root.path, params);
  const ancestors = `$${params.push(root.path.split('/').filter(Boolean))}`;
  const [row]: { rows: TallyRow[]; orgs: [string, string, OrganizationKind][] }[] = await db(ctx).query(
    `SELECT
       (SELECT COALESCE(json_agg(x), '[]') FROM (
          SELECT r.year, CASE WHEN r.member_id IS NULL THEN r.org_path END AS path,
                 json_build_array(r.anc1, r.anc2, r.anc3) AS ancestors, r.member_id IS NULL AS org, r.grade, count(*)::int AS n
            FROM rating r WHERE ${where} AND r.year = ANY($1::int[])
           GROUP BY r.year, 2, r.anc1, r.anc2, r.anc3, 4, r.grade) x) AS rows,
       (SELECT COALESCE(json_agg(json_build_array(o.id, o.name, o.kind)), '[]') FROM (
          -- organization_unit_idx (migration AlertKindIndexes1733700000000)
          SELECT o.id, o.name, o.kind FROM organization o WHERE ${units} AND o.kind <> 'SUBORDINATE_CELL'
           UNION
          SELECT o.id, o.name, o.kind FROM organization o WHERE o.id = ANY(${ancestors}::uuid[]) AND o.kind <> 'SUBORDINATE_CELL') o
       ) AS orgs`,
    params,
  );
  return { rows: row.rows, orgs: new Map(row.orgs.map(([id, name, kind]) => [id, { name, kind }])) };
}

/**
 * The quota group of a rating: for a member or a subordinate cell, the
 * grassroots organisation above it (or the member's own, a chi bộ cơ sở;
 * grassroots organisations sit at most third in the tree); for a grassroots
 * organisation, the level above it. Null when none is known.
 */
function groupOf(row: Pick<TallyRow, 'path' | 'ancestors' | 'org'>, orgs: Map<string, GroupOrg>): string | null {
  const { org } = row;
  const ids = row.path ? row.path.split('/').filter(Boolean) : row.ancestors.filter((a): a is string => !!a);
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
    const groupId = groupOf(r, orgs);
    if (!groupId || above.has(groupId)) continue;
    const key = `${r.year}|${r.org}|${groupId}`;
    const g = groups.get(key) ?? { year: r.year, org: r.org, groupId, excellent: 0, good: 0 };
    if (r.grade === 'EXCELLENT') g.excellent += r.n;
    else g.good += r.n;
    groups.set(key, g);
  }
  return [...groups.values()].filter(isExcellentQuotaExceeded);
}

/**
 * The share (in percent, one decimal) of organisations (or members) of a
 * subtree rated GOOD or better, in the latest year from `from` to `to` that
 * has ratings; 0 when none has (the targets' rating metrics, features/targets).
 */
export async function goodOrBetterPercent(
  ctx: Context,
  root: Subtree,
  organizations: boolean,
  from: number,
  to: number,
): Promise<number> {
  const params: unknown[] = [from, to, organizations];
  const where = subtreeClause(ctx, root, RATING_COLUMNS, params);
  const [row]: { good: number; rated: number }[] = await db(ctx).query(
    `SELECT count(*) FILTER (WHERE r.grade IN ('EXCELLENT','GOOD'))::int AS good, count(*)::int AS rated
       FROM rating r WHERE ${where} AND r.year BETWEEN $1 AND $2 AND (r.member_id IS NULL) = $3
      GROUP BY r.year ORDER BY r.year DESC LIMIT 1`,
    params,
  );
  return row?.rated ? Math.round((row.good / row.rated) * 1000) / 10 : 0;
}
