import type { AlertKind } from '@dangvu/schema';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { pageArgs } from '../../graphql/pagination.js';
import { LocalDate } from '../../graphql/scalars.js';
import { onlyId, selectedUnder } from '../../graphql/selection.js';
import type { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { Alert, AlertKindEnum, AlertSummary } from './alert.entity.js';
import { alertSummary, alerts } from './alert.service.js';

/** Alerts of each kind alertSummary shows unless asked otherwise. */
const ALERTS_PER_KIND = 10;

@Resolver(() => Alert)
export class AlertResolver {
  @Allow('organization:read')
  @Query(() => [Alert], { description: 'What needs doing in a subtree of the scope, soonest due first.' })
  async alerts(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string | null,
    @Arg('kinds', () => [AlertKindEnum], { nullable: true, description: 'Only these kinds (all when omitted).' })
    kinds?: AlertKind[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return withLinks(ctx, await alerts(ctx, withinId, asOf, kinds), info, []);
  }

  @Allow('organization:read')
  @Query(() => AlertSummary, {
    description: "An inbox's first view of `alerts`: each kind's count and its `perKind` soonest alerts (default 10).",
  })
  async alertSummary(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string | null,
    @Arg('perKind', () => Int, { nullable: true }) perKind?: number | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const summary = await alertSummary(ctx, withinId, asOf, pageArgs(perKind ?? ALERTS_PER_KIND).limit);
    await withLinks(
      ctx,
      summary.groups.flatMap((g) => g.alerts),
      info,
      ['groups', 'alerts'],
    );
    return summary;
  }
}

/**
 * The member and organisation of every alert, read together before the list
 * is answered when the query asks for them (`at`: the path to the alerts),
 * so that thousands of alerts resolve them without a promise each. Through
 * the same loaders as one alert's, so the same scope; when only the id is
 * asked and the record is known to be visible (an organisation is always
 * shown, limited outside the scope; a member read through the scope), the
 * id is the answer and nothing is read.
 */
async function withLinks(ctx: Context, list: Alert[], info: GraphQLResolveInfo | undefined, at: string[]) {
  const member = info ? selectedUnder(info, [...at, 'member']) : null;
  const organization = info ? selectedUnder(info, [...at, 'organization']) : null;
  const memberKnown = (a: Alert) => !!member && onlyId(member) && !!a.memberInScope;
  const orgKnown = !!organization && onlyId(organization);
  const [members, organizations] = await Promise.all([
    loadAll(member ? list.flatMap((a) => (a.memberId && !memberKnown(a) ? [a.memberId] : [])) : [], (id) =>
      memberById(ctx, id),
    ),
    loadAll(organization && !orgKnown ? list.flatMap((a) => a.organizationId ?? []) : [], (id) =>
      organizationNamedBy(ctx, id),
    ),
  ]);
  for (const a of list) {
    if (member)
      a.member = !a.memberId ? null : memberKnown(a) ? idOnly<Member>(a.memberId) : (members.get(a.memberId) ?? null);
    if (organization)
      a.organization = !a.organizationId
        ? null
        : orgKnown
          ? idOnly<Organization>(a.organizationId)
          : (organizations.get(a.organizationId) ?? null);
  }
  return list;
}

/**
 * A record of which the query asks only the id: a plain object (an entity's
 * constructor would define each of its columns, thousands of times a list).
 */
const idOnly = <T>(id: string) => ({ id }) as T;

/** Each distinct id's record through its loader (one batch). */
async function loadAll<T>(ids: string[], load: (id: string) => Promise<T | null>): Promise<Map<string, T | null>> {
  const distinct = [...new Set(ids)];
  const found = await Promise.all(distinct.map(load));
  return new Map(distinct.map((id, i) => [id, found[i]]));
}
