import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars.js';

/**
 * Ngày nghỉ lễ, tết: a day that differs from the Monday-to-Friday rule. The
 * years are generated from the Labour Code; an administrator corrects the
 * days the government moves (a day off given in exchange, a Saturday worked).
 */
@ObjectType({
  description: 'A day off (lễ, tết, nghỉ bù) or a weekend day worked in exchange, in the working-day calendar.',
})
@Entity('public_holiday')
export class PublicHoliday {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'day', unique: true })
  on: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'true: no work that day; false: a weekend day worked (làm bù).' })
  @Column('boolean', { name: 'day_off' })
  dayOff: boolean;

  @Field({ description: 'Generated from the Labour Code; false once an administrator set it.' })
  @Column('boolean')
  generated: boolean;
}

export const HOLIDAY_AUDIT_FIELDS = ['on', 'name', 'dayOff', 'generated'];

@InputType({
  description:
    'Sets a day of the working-day calendar: a day off (dayOff true: a holiday or a day given in exchange) or a weekend day worked (dayOff false). Replaces what the day held.',
})
export class SetPublicHolidayInput {
  @Field(() => LocalDate)
  on: string;

  @Field()
  name: string;

  @Field({ defaultValue: true })
  dayOff: boolean;
}
