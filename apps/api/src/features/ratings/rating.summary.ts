import { RATED_KINDS } from '@dangvu/schema';
import { MEMBER_COLUMNS, pathClause, requireUser, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors } from '../../graphql/errors.js';
import { db } from '../../graphql/transaction.js';
import { checkYear } from '../../graphql/years.js';
import { CURRENT_STATUSES } from '../members/member.rules.js';
import { namedSubtree } from '../organizations/organization.service.js';
import { RATING_COLUMNS } from './rating.access.js';
import { GradeCounts, RatingSummary } from './rating.entity.js';
import { quotaBreaches, ratingTallies, type TallyRow } from './rating.tally.js';

/** The grade counts of one kind of subject, with those still unrated. */
function countsOf(rows: TallyRow[], unrated: number, quotaExceeded: boolean): GradeCounts {
  const n = (grade: string) => rows.filter((r) => r.grade === grade).reduce((s, r) => s + r.n, 0);
  const [excellent, good, completed, notCompleted] = ['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'].map(n);
  const rated = excellent + good + completed + notCompleted;
  return Object.assign(new GradeCounts(), {
    excellent,
    good,
    completed,
    notCompleted,
    unrated,
    total: rated + unrated,
    goodOrBetterShare: rated ? (excellent + good) / rated : 0,
    excellentQuotaExceeded: quotaExceeded,
  });
}

/**
 * Those of a subtree who could be rated for the year and are not: current
 * members, not exempt, admitted by the end of the year (the partial index
 * member_ratable_anc<k>_idx), and active organisations of the rated kinds
 * founded by then, without a rating of that year.
 */
async function unratedCounts(
  ctx: Context,
  root: { id: string; path: string },
  year: number,
): Promise<{ members: number; organizations: number }> {
  const params: unknown[] = [year, `${year}-12-31`, CURRENT_STATUSES, RATED_KINDS];
  const orgs = pathClause('o.path', root.path, params);
  const members = subtreeClause(ctx, root, MEMBER_COLUMNS, params);
  // the same subtree on the ratings lets the anti-join read them by their own index
  const ratings = subtreeClause(ctx, root, RATING_COLUMNS, params);
  const [row] = await db(ctx).query(
    `SELECT
       (SELECT count(*)::int FROM member m
         WHERE ${members} AND m.status = ANY($3::text[]) AND NOT m.exempt AND m.admitted_on <= $2
           AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.member_id = m.id AND r.year = $1 AND ${ratings})) AS members,
       (SELECT count(*)::int FROM organization o
         WHERE ${orgs} AND o.status = 'ACTIVE' AND o.kind = ANY($4::text[])
           AND (o.established_on IS NULL OR o.established_on <= $2)
           AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.organization_id = o.id AND r.year = $1)) AS organizations`,
    params,
  );
  return row;
}

/**
 * The year's grade counts of the organisations and of the members of a
 * subtree in the caller's scope (NOT_FOUND outside it), in a fixed number
 * of statements; the quota flags any grassroots organisation (or, for the
 * grassroots organisations themselves, any level above) of the subtree
 * whose EXCELLENT ratings exceed 20% of its GOOD ones.
 */
export async function ratingSummary(ctx: Context, withinId: string, year: number): Promise<RatingSummary> {
  requireUser(ctx);
  const errors = new FieldErrors([]);
  checkYear(errors, year);
  errors.throwIfAny();
  const root = await namedSubtree(ctx, withinId);
  const [{ rows, orgs }, unrated] = await Promise.all([
    ratingTallies(ctx, root, [year]),
    unratedCounts(ctx, root, year),
  ]);
  const breaches = quotaBreaches(rows, orgs, root);
  const of = (org: boolean) => rows.filter((r) => r.org === org);
  return Object.assign(new RatingSummary(), {
    year,
    organizations: countsOf(
      of(true),
      unrated.organizations,
      breaches.some((b) => b.org),
    ),
    members: countsOf(
      of(false),
      unrated.members,
      breaches.some((b) => !b.org),
    ),
  });
}
