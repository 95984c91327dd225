import { Field, Int, ObjectType } from 'type-graphql';
import { requireUser, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { PLACEMENT_COLUMNS } from './cadre.access.js';

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

/**
 * The indicators over a subtree in the caller's scope (NOT_FOUND outside
 * it) as of a day (today by default), from the organisations active that
 * day and the placements held that day (half-open date ranges): one
 * statement, led by the subtree's indexes on organization and placement.
 * `local` as Placement.local: the home commune is the placement's
 * organisation or one of its ancestors.
 */
export async function cadreIndicators(ctx: Context, withinId: string, asOf?: string | null): Promise<CadreIndicators> {
  requireUser(ctx);
  const root = (await subtreeOf(ctx, withinId))!;
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const params: unknown[] = [`${root.path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, on];
  const placed = subtreeClause(ctx, root, PLACEMENT_COLUMNS, params);
  const [row] = await db(ctx).query(
    `WITH o AS (
       SELECT id, kind IN ('GRASSROOTS_COMMITTEE','GRASSROOTS_CELL') AS grassroots,
              kind IN ('SUBORDINATE_CELL','GRASSROOTS_CELL') AND sector IN ('VILLAGE','RESIDENTIAL_GROUP') AS village
         FROM organization
        WHERE path LIKE $1 AND (established_on IS NULL OR established_on <= $2)
          AND (closed_on > $2 OR (closed_on IS NULL AND status = 'ACTIVE'))),
     p AS (
       SELECT p.organization_id AS org, p.position, p.cadre_id, c.member_id, m.status AS member_status,
              COALESCE(c.home_commune_id = ANY(string_to_array(btrim(p.org_path, '/'), '/')::uuid[]), false) AS local
         FROM placement p JOIN cadre c ON c.id = p.cadre_id LEFT JOIN member m ON m.id = c.member_id
        WHERE ${placed} AND p.position IN ('SECRETARY','PEOPLES_COMMITTEE_CHAIR','VILLAGE_HEAD')
          AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)),
     s AS (SELECT * FROM p WHERE position = 'SECRETARY'),
     seats AS (
       SELECT o.*, s.local, s.cadre_id IS NOT NULL AS has_secretary,
              EXISTS (SELECT 1 FROM p WHERE p.org = o.id AND p.cadre_id = s.cadre_id AND p.position = 'PEOPLES_COMMITTEE_CHAIR') AS chair,
              EXISTS (SELECT 1 FROM p WHERE p.org = o.id AND p.cadre_id = s.cadre_id AND p.position = 'VILLAGE_HEAD') AS head
         FROM o LEFT JOIN s ON s.org = o.id)
     SELECT count(*) FILTER (WHERE grassroots)::int AS "grassrootsOrganizations",
            count(*) FILTER (WHERE grassroots AND has_secretary)::int AS "secretariesPlaced",
            count(*) FILTER (WHERE grassroots AND has_secretary AND NOT local)::int AS "nonLocalSecretaries",
            count(*) FILTER (WHERE chair)::int AS "secretaryAlsoChair",
            count(*) FILTER (WHERE village)::int AS "villageCells",
            count(*) FILTER (WHERE village AND head)::int AS "cellSecretaryAlsoVillageHead",
            (SELECT count(*) FROM p WHERE position = 'VILLAGE_HEAD'
                AND (member_id IS NULL OR member_status NOT IN ('PROBATIONARY','OFFICIAL')))::int AS "villageHeadsNotMembers",
            count(*) FILTER (WHERE NOT has_secretary)::int AS "vacantSecretarySeats"
       FROM seats`,
    params,
  );
  return Object.assign(new CadreIndicators(), row);
}
