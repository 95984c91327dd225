import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Alert } from './alert.entity.js';
import { alerts } from './alert.service.js';

@Resolver(() => Alert)
export class AlertResolver {
  @Allow('organization:read')
  @Query(() => [Alert], { description: 'What needs doing in a subtree of the scope, soonest due first.' })
  alerts(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string | null,
  ) {
    return alerts(ctx, withinId, asOf);
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
