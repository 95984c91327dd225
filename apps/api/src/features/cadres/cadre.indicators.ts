import { Field, Int, ObjectType } from 'type-graphql';
import { pathClause, requireUser, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { namedSubtree } from '../organizations/organization.service.js';
import { localSql, PLACEMENT_COLUMNS } from './cadre.access.js';

@ObjectType({ description: 'Indicators the district tracks on commune leadership (seed articles).' })
export class CadreIndicators {
  @Field(() => Int)
  grassrootsOrganizations: number;

  @Field(() => Int, { description: 'Grassroots organisations with an active secretary.' })
  secretariesPlaced: number;

  @Field(() => Int, { description: 'Of those, secretaries who are not local (không phải người địa phương).' })
  nonLocalSecretaries: number;

  @Field(() => Int, { description: "Communes whose secretary is also chair of the People's Committee." })
  secretaryAlsoChair: number;

  @Field(() => Int, { description: 'Village and residential-group cells.' })
  villageCells: number;

  @Field(() => Int, { description: 'Village cells whose secretary is also the village head.' })
  cellSecretaryAlsoVillageHead: number;

  @Field(() => Int, { description: 'Active village heads who are not party members.' })
  villageHeadsNotMembers: number;

  @Field(() => Int, { description: 'Active organisations with no active secretary.' })
  vacantSecretarySeats: number;
}

export const GRASSROOTS = `'GRASSROOTS_COMMITTEE','GRASSROOTS_CELL'`;
const VILLAGE = `o.kind IN ('SUBORDINATE_CELL','GRASSROOTS_CELL') AND o.sector IN ('VILLAGE','RESIDENTIAL_GROUP')`;
/** An organisation `o` active on the day in parameter `day` (e.g. '$1'): founded by then, not closed before. */
export const activeOn = (day: string) => `(o.established_on IS NULL OR o.established_on <= ${day})
   AND (o.closed_on > ${day} OR (o.closed_on IS NULL AND o.status = 'ACTIVE'))`;
const ACTIVE = activeOn('$1');

/**
 * The indicators over a subtree in the caller's scope (NOT_FOUND outside
 * it) as of a day (today by default), from the organisations active that
 * day and the placements held that day (half-open date ranges), in one
 * statement: the organisations are counted in one index-only pass
 * (organization_path_status_idx: path, kind, sector, status, dates), and
 * only the organisations holding a seat that day (a few thousand of a
 * province's 64,532) are looked up, by primary key, for their kind and
 * whether they are active; a vacant seat is an active organisation less one
 * with a secretary. The placements are read by their subtree column.
 * `local` as Placement.local (localSql).
 */
export async function cadreIndicators(ctx: Context, withinId: string, asOf?: string | null): Promise<CadreIndicators> {
  requireUser(ctx);
  const root = await namedSubtree(ctx, withinId);
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const params: unknown[] = [on];
  const orgs = pathClause('o.path', root.path, params);
  const placed = subtreeClause(ctx, root, PLACEMENT_COLUMNS, params);
  const [row] = await db(ctx).query(
    `WITH p AS (
       SELECT p.organization_id AS org, p.position, p.cadre_id, c.member_status,
              ${localSql('p', 'c')} AS local
         FROM placement p JOIN cadre c ON c.id = p.cadre_id
        WHERE ${placed} AND p.position IN ('SECRETARY','PEOPLES_COMMITTEE_CHAIR','VILLAGE_HEAD')
          AND p.starts_on <= $1 AND (p.ends_on IS NULL OR p.ends_on > $1)),
     -- each cadre's posts at each organisation, then each organisation's seats
     pc AS (
       SELECT org, bool_or(position = 'SECRETARY') AS s, bool_or(position = 'SECRETARY' AND NOT local) AS nl,
              bool_or(position = 'PEOPLES_COMMITTEE_CHAIR') AS c, bool_or(position = 'VILLAGE_HEAD') AS h
         FROM p GROUP BY org, cadre_id),
     pa AS (
       SELECT org, bool_or(s) AS has_secretary, bool_or(nl) AS non_local, bool_or(s AND c) AS chair, bool_or(s AND h) AS head
         FROM pc GROUP BY org),
     -- the seated organisations active that day
     seats AS (
       SELECT count(*) FILTER (WHERE o.kind IN (${GRASSROOTS}) AND pa.has_secretary) AS placed,
              count(*) FILTER (WHERE o.kind IN (${GRASSROOTS}) AND pa.non_local) AS non_local,
              count(*) FILTER (WHERE pa.chair) AS chair,
              count(*) FILTER (WHERE ${VILLAGE} AND pa.head) AS head,
              count(*) FILTER (WHERE pa.has_secretary) AS seated
         FROM pa JOIN organization o ON o.id = pa.org
        WHERE ${orgs} AND ${ACTIVE}),
     orgs AS (
       SELECT count(*) FILTER (WHERE o.kind IN (${GRASSROOTS})) AS grassroots,
              count(*) FILTER (WHERE ${VILLAGE}) AS village, count(*) AS active
         FROM organization o
        WHERE ${orgs} AND ${ACTIVE})
     SELECT orgs.grassroots::int AS "grassrootsOrganizations", seats.placed::int AS "secretariesPlaced",
            seats.non_local::int AS "nonLocalSecretaries", seats.chair::int AS "secretaryAlsoChair",
            orgs.village::int AS "villageCells", seats.head::int AS "cellSecretaryAlsoVillageHead",
            (SELECT count(*) FROM p WHERE position = 'VILLAGE_HEAD'
                AND (member_status IS NULL OR member_status NOT IN ('PROBATIONARY','OFFICIAL')))::int AS "villageHeadsNotMembers",
            (orgs.active - seats.seated)::int AS "vacantSecretarySeats"
       FROM orgs, seats`,
    params,
  );
  return Object.assign(new CadreIndicators(), row);
}
