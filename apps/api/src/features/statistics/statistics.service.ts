import { THEORY_LEVELS } from '@dangvu/schema';
import { depthOf, MEMBER_COLUMNS, pathClause, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { isLocalDate, isUuid, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { activeOn, GRASSROOTS } from '../cadres/cadre.indicators.js';
import { DISCIPLINE_COLUMNS, SUBJECT_COLUMNS } from '../inspections/inspection.access.js';
import { CURRENT_STATUSES } from '../members/member.rules.js';
import { namedSubtree, organizationById } from '../organizations/organization.service.js';
import { TERM } from '../targets/target.service.js';
import { bandCounts, bandEdges, MAJORITY_ETHNICITY, share } from './statistics.rules.js';
import { ScopeStatistics } from './statistics.types.js';

/** The current statuses as SQL, as member_stat and the partial indexes write them. */
const CURRENT = CURRENT_STATUSES.map((s) => `'${s}'`).join(',');

/** The member figures, however they were counted. */
interface MemberFigures {
  members: number;
  probationary: number;
  female: number;
  minority: number;
  theory: Map<string, number>;
  /** For each edge of bandEdges, the members born after it. */
  bornAfter: number[];
}

/**
 * The statistics of a subtree in the caller's scope (NOT_FOUND outside it)
 * as of a day (today by default), in four statements whatever the size:
 * the root, the term, the organisation and within-term figures, the member
 * figures (docs/adr/0014-statistics.md).
 */
export async function scopeStatistics(
  ctx: Context,
  withinId: string,
  asOf?: string | null,
  termId?: string | null,
): Promise<ScopeStatistics> {
  const root = await namedSubtree(ctx, withinId);
  const org = (await organizationById(ctx, root.id))!;
  if (termId && !isUuid(termId)) throw notFound(TERM);
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const window = await termWindow(ctx, on, termId ?? null);
  if (termId && !window) throw notFound(TERM);
  const other = await otherFigures(ctx, root, on, window);
  const edges = bandEdges(on);
  const m =
    on >= today() && depthOf(root.path) <= 3
      ? await fromStats(ctx, root, edges)
      : await fromMembers(ctx, root, on, on >= today(), edges);
  return Object.assign(new ScopeStatistics(), {
    organization: org,
    asOf: on,
    grassrootsOrganizations: other.grassroots,
    subordinateCells: other.cells,
    members: m.members,
    probationaryMembers: m.probationary,
    femaleShare: share(m.female, m.members),
    ethnicMinorityShare: share(m.minority, m.members),
    femaleMembers: m.female,
    ethnicMinorityMembers: m.minority,
    membersByTheoryLevel: THEORY_LEVELS.map((key) => ({ key, count: m.theory.get(key) ?? 0 })),
    membersByAgeBand: bandCounts(m.members, m.bornAfter),
    admittedInTerm: other.admitted,
    inspectedOrganizations: other.inspectedOrgs,
    inspectedMembers: other.inspectedMembers,
    disciplinedMembers: other.disciplined,
  });
}

/** The days of a term counted, both included. */
interface Window {
  from: string;
  until: string;
}

interface OtherFigures {
  grassroots: number;
  cells: number;
  admitted: number;
  inspectedOrgs: number;
  inspectedMembers: number;
  disciplined: number;
}

/** The term (the given one, else the one holding the day, else the last begun before it) up to the day. */
async function termWindow(ctx: Context, on: string, termId: string | null): Promise<Window | null> {
  const [row] = await db(ctx).query(
    `SELECT starts_on::text AS "from", LEAST(ends_on, $1::date)::text AS until FROM term
      WHERE CASE WHEN $2::uuid IS NULL THEN starts_on <= $1::date ELSE id = $2::uuid END
      ORDER BY (ends_on >= $1::date) DESC, starts_on DESC LIMIT 1`,
    [on, termId],
  );
  return row ?? null;
}

/**
 * Organisations active on the day; within the window (none: 0): admissions
 * (member.admitted_on, members counted where they are now), organisations
 * and members named by inspections concluded, members disciplined; each an
 * index range led by the subtree column (migrations Statistics1733500000000,
 * StatisticsWindows1733500000001).
 */
async function otherFigures(ctx: Context, root: Subtree, on: string, w: Window | null): Promise<OtherFigures> {
  const params: unknown[] = [on, w?.from ?? null, w?.until ?? null];
  const orgs = pathClause('o.path', root.path, params);
  const subjects = subtreeClause(ctx, root, SUBJECT_COLUMNS, params);
  const disciplines = subtreeClause(ctx, root, DISCIPLINE_COLUMNS, params);
  const members = subtreeClause(ctx, root, MEMBER_COLUMNS, params);
  const [row] = await db(ctx).query(
    `WITH orgs AS (
       SELECT count(*) FILTER (WHERE o.kind IN (${GRASSROOTS}))::int AS grassroots,
              count(*) FILTER (WHERE o.kind = 'SUBORDINATE_CELL')::int AS cells
         FROM organization o WHERE ${orgs} AND ${activeOn('$1::date')}),
     ins AS (
       -- a subject is one organisation or one member: the distinct pairs are hashed, then counted
       SELECT count(x.organization_id)::int AS orgs, count(x.member_id)::int AS members
         FROM (SELECT DISTINCT s.organization_id, s.member_id FROM inspection_subject s
                WHERE ${subjects} AND s.concluded_on BETWEEN $2::date AND $3::date) x),
     disc AS (
       SELECT count(DISTINCT d.member_id)::int AS n FROM discipline d
        WHERE ${disciplines} AND d.member_id IS NOT NULL AND d.decided_on BETWEEN $2::date AND $3::date),
     adm AS (SELECT count(*)::int AS n FROM member m WHERE ${members} AND m.admitted_on BETWEEN $2::date AND $3::date)
     SELECT orgs.grassroots, orgs.cells, adm.n AS admitted, ins.orgs AS "inspectedOrgs",
            ins.members AS "inspectedMembers", disc.n AS disciplined
       FROM orgs, ins, disc, adm`,
    params,
  );
  return row;
}

/** Current members (today or later) of a subtree to depth 3, from member_stat: a few hundred rows of one key range. */
async function fromStats(ctx: Context, root: Subtree, edges: string[]): Promise<MemberFigures> {
  const rows: { dim: string; status: string; val: string; n: number }[] = await db(ctx).query(
    `SELECT dim, status, val, sum(n)::int AS n FROM member_stat
      WHERE anc = $1 AND dim IN ('all', 'gender', 'ethnicity', 'birth_year', 'theory_level') AND status IN (${CURRENT})
      GROUP BY 1, 2, 3
     UNION ALL
     SELECT 'edge', '', e.k::text, x.n
       FROM unnest($2::text[]) WITH ORDINALITY AS e(b, k)
       CROSS JOIN LATERAL (SELECT COALESCE(sum(s.n), 0)::int AS n FROM member_stat s
                            WHERE s.anc = $1 AND s.dim = 'birth_day' AND s.status IN (${CURRENT})
                              AND s.val > e.b AND s.val <= left(e.b, 4) || '-12-31') x`,
    [root.id, edges],
  );
  const sum = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).reduce((a, r) => a + r.n, 0);
  const theory = new Map<string, number>();
  for (const r of rows) if (r.dim === 'theory_level') theory.set(r.val, (theory.get(r.val) ?? 0) + r.n);
  return {
    members: sum((r) => r.dim === 'all'),
    probationary: sum((r) => r.dim === 'all' && r.status === 'PROBATIONARY'),
    female: sum((r) => r.dim === 'gender' && r.val === 'FEMALE'),
    minority: sum((r) => r.dim === 'ethnicity' && r.val !== MAJORITY_ETHNICITY),
    theory,
    bornAfter: edges.map(
      (e, i) =>
        sum((r) => r.dim === 'birth_year' && Number(r.val) > Number(e.slice(0, 4))) +
        sum((r) => r.dim === 'edge' && r.val === String(i + 1)),
    ),
  };
}

/**
 * The member figures counted from the member rows: a cell's subtree, or a
 * past day. On a past day a member counts who was admitted by then and had
 * not left (left_on), probationary until official_on; where the member is
 * and its attributes are today's (the limits in the ADR).
 */
async function fromMembers(
  ctx: Context,
  root: Subtree,
  on: string,
  current: boolean,
  edges: string[],
): Promise<MemberFigures> {
  const params: unknown[] = [...edges];
  const where = subtreeClause(ctx, root, MEMBER_COLUMNS, params);
  const day = current ? '' : `$${params.push(on)}::date`;
  const member = current
    ? `m.status IN (${CURRENT})`
    : `m.admitted_on <= ${day} AND CASE WHEN m.status IN (${CURRENT}) THEN TRUE ELSE m.left_on > ${day} END`;
  const probationary = current
    ? `m.status = 'PROBATIONARY'`
    : `(m.status = 'PROBATIONARY' OR m.official_on > ${day} OR (m.official_on IS NULL AND m.status <> 'OFFICIAL'))`;
  const rows: { level: string; n: number; p: number; f: number; e: number; b: number[] }[] = await db(ctx).query(
    `SELECT m.theory_level AS level, count(*)::int AS n, count(*) FILTER (WHERE ${probationary})::int AS p,
            count(*) FILTER (WHERE m.gender = 'FEMALE')::int AS f,
            count(*) FILTER (WHERE lower(btrim(m.ethnicity)) <> '${MAJORITY_ETHNICITY}')::int AS e,
            ARRAY[${edges.map((_, i) => `count(*) FILTER (WHERE m.date_of_birth > $${i + 1}::date)::int`).join(', ')}] AS b
       FROM member m WHERE ${where} AND ${member} GROUP BY m.theory_level`,
    params,
  );
  const total = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return {
    members: total((r) => r.n),
    probationary: total((r) => r.p),
    female: total((r) => r.f),
    minority: total((r) => r.e),
    theory: new Map(rows.map((r) => [r.level, r.n])),
    bornAfter: edges.map((_, i) => total((r) => r.b[i])),
  };
}
