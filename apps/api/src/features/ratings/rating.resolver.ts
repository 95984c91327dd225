import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { organizationById } from '../organizations/organization.service.js';
import { User } from '../users/user.entity.js';
import { userById } from '../users/user.service.js';
import { ratingsOf } from './rating.access.js';
import { Rating, RatingSummary } from './rating.entity.js';
import { RateInput } from './rating.inputs.js';
import { rate } from './rating.service.js';
import { ratingSummary } from './rating.summary.js';

@Resolver(() => Rating)
export class RatingResolver {
  @Allow('rating:read')
  @Query(() => RatingSummary)
  ratingSummary(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('year', () => Int) year: number,
  ) {
    return ratingSummary(ctx, withinId, year);
  }

  @Allow('rating:write')
  @Mutation(() => Rating)
  rate(@Ctx() ctx: Context, @Arg('input', () => RateInput) input: RateInput) {
    return rate(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() r: Rating, @Ctx() ctx: Context) {
    return r.memberId ? memberById(ctx, r.memberId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() r: Rating, @Ctx() ctx: Context) {
    return r.organizationId ? organizationById(ctx, r.organizationId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  ratedBy(@Root() r: Rating, @Ctx() ctx: Context) {
    return r.ratedById ? userById(ctx, r.ratedById) : null;
  }
}

/** Member.ratings belongs to this feature. */
@Resolver(() => Member)
export class MemberRatingsResolver {
  @FieldResolver(() => [Rating])
  ratings(@Root() m: Member, @Ctx() ctx: Context) {
    return ratingsOf(ctx, 'member_id', m.id);
  }
}

/** Organization.ratings (an addition to the contract) belongs to this feature. */
@Resolver(() => Organization)
export class OrganizationRatingsResolver {
  @FieldResolver(() => [Rating], { description: 'The annual ratings of this organisation, newest year first.' })
  ratings(@Root() o: Organization, @Ctx() ctx: Context) {
    return ratingsOf(ctx, 'organization_id', o.id);
  }
}
