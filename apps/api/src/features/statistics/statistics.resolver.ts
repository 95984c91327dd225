import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { LocalDate } from '../../graphql/scalars.js';
import { scopeStatistics } from './statistics.service.js';
import { ScopeStatistics } from './statistics.types.js';

@Resolver(() => ScopeStatistics)
export class StatisticsResolver {
  /** Member figures: every role that reads members reads them (no permission of their own). */
  @Allow('member:read')
  @Query(() => ScopeStatistics)
  statistics(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string,
    @Arg('termId', () => ID, { nullable: true }) termId?: string,
  ) {
    return scopeStatistics(ctx, withinId, asOf, termId);
  }
}
