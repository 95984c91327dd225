import type { TargetMetric } from '@dangvu/schema';
import { TARGET_METRICS } from '@dangvu/schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';

export const TargetMetricEnum = registerEnum('TargetMetric', TARGET_METRICS, {
  NEW_MEMBERS: 'Kết nạp đảng viên mới during the term',
  ORGANIZATIONS_GOOD_OR_BETTER_PERCENT:
    'Share of organisations rated GOOD or better, in percent, in the latest rated year',
  MEMBERS_GOOD_OR_BETTER_PERCENT: 'Share of members rated GOOD or better, in percent, in the latest rated year',
});

/** Nhiệm kỳ, e.g. 2020–2025. */
@ObjectType()
@Entity('term')
export class Term {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'ends_on' })
  endsOn: string;
}

/** Chỉ tiêu nghị quyết: e.g. 37 of 50 new members, 74%. */
@ObjectType()
@Entity('target')
export class Target {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'term_id' })
  termId: string;

  @Field(() => TargetMetricEnum)
  @Column('text')
  metric: TargetMetric;

  @Field(() => Float)
  @Column('double precision', { name: 'target_value' })
  targetValue: number;

  @Field(() => Int)
  @Column('int')
  version: number;
}
