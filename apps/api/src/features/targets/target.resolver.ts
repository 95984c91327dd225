import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { Organization } from '../organizations/organization.entity.js';
import { Target, Term } from './target.entity.js';
import { CreateTermInput, SetTargetInput } from './target.inputs.js';
import * as service from './target.service.js';

@Resolver(() => Target)
export class TargetResolver {
  @Allow('session:self')
  @Query(() => [Term])
  terms(@Ctx() ctx: Context) {
    return service.listTerms(ctx);
  }

  @Allow('term:manage')
  @Mutation(() => Term)
  createTerm(@Ctx() ctx: Context, @Arg('input', () => CreateTermInput) input: CreateTermInput) {
    return service.createTerm(ctx, input);
  }

  @Allow('target:read')
  @Query(() => [Target])
  targets(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('termId', () => ID, { nullable: true }) termId?: string,
  ) {
    return service.listTargets(ctx, organizationId, termId);
  }

  @Allow('target:write')
  @Mutation(() => Target)
  setTarget(@Ctx() ctx: Context, @Arg('input', () => SetTargetInput) input: SetTargetInput) {
    return service.setTarget(ctx, input);
  }

  @FieldResolver(() => Organization)
  organization(@Root() t: Target, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, t.organizationId);
  }

  @FieldResolver(() => Term)
  term(@Root() t: Target, @Ctx() ctx: Context) {
    return service.termById(ctx, t.termId);
  }

  @FieldResolver(() => Float)
  achievedValue(@Root() t: Target, @Ctx() ctx: Context) {
    return service.achievedValue(ctx, t);
  }

  @FieldResolver(() => Float, { description: 'achievedValue / targetValue, e.g. 0.74' })
  async ratio(@Root() t: Target, @Ctx() ctx: Context) {
    return t.targetValue > 0 ? (await service.achievedValue(ctx, t)) / t.targetValue : 0;
  }
}
