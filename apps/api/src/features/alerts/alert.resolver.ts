import type { AlertKind } from '@dangvu/schema';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { pageArgs } from '../../graphql/pagination.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Alert, AlertKindEnum, AlertSummary } from './alert.entity.js';
import { alertSummary, alerts } from './alert.service.js';

/** Alerts of each kind alertSummary shows unless asked otherwise. */
const ALERTS_PER_KIND = 10;

@Resolver(() => Alert)
export class AlertResolver {
  @Allow('organization:read')
  @Query(() => [Alert], { description: 'What needs doing in a subtree of the scope, soonest due first.' })
  alerts(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string | null,
    @Arg('kinds', () => [AlertKindEnum], { nullable: true, description: 'Only these kinds (all when omitted).' })
    kinds?: AlertKind[] | null,
  ) {
    return alerts(ctx, withinId, asOf, kinds);
  }

  @Allow('organization:read')
  @Query(() => AlertSummary, {
    description: "An inbox's first view of `alerts`: each kind's count and its `perKind` soonest alerts (default 10).",
  })
  alertSummary(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string | null,
    @Arg('perKind', () => Int, { nullable: true }) perKind?: number | null,
  ) {
    return alertSummary(ctx, withinId, asOf, pageArgs(perKind ?? ALERTS_PER_KIND).limit);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.organizationId ? organizationNamedBy(ctx, a.organizationId) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.memberId ? memberById(ctx, a.memberId) : null;
  }
}
