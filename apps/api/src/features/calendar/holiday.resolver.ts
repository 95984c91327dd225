import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { LocalDate } from '../../graphql/scalars.js';
import { PublicHoliday, SetPublicHolidayInput } from './holiday.entity.js';
import * as service from './holiday.service.js';

@Resolver(() => PublicHoliday)
export class HolidayResolver {
  @Allow('session:self')
  @Query(() => [PublicHoliday], {
    description: 'The working-day calendar of a year: days off (lễ, tết, nghỉ bù) and weekend days worked.',
  })
  publicHolidays(@Ctx() ctx: Context, @Arg('year', () => Int) year: number) {
    return service.listHolidays(ctx, year);
  }

  @Allow('calendar:manage')
  @Mutation(() => PublicHoliday)
  setPublicHoliday(@Ctx() ctx: Context, @Arg('input', () => SetPublicHolidayInput) input: SetPublicHolidayInput) {
    return service.setHoliday(ctx, input);
  }

  @Allow('calendar:manage')
  @Mutation(() => Boolean)
  removePublicHoliday(@Ctx() ctx: Context, @Arg('on', () => LocalDate) on: string) {
    return service.removeHoliday(ctx, on);
  }
}
