import type { TargetMetric } from '@dangvu/schema';
import { Field, Float, ID, InputType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { TargetMetricEnum } from './target.entity.js';

@InputType()
export class SetTargetInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  termId: string;

  @Field(() => TargetMetricEnum)
  metric: TargetMetric;

  @Field(() => Float)
  targetValue: number;
}

@InputType()
export class CreateTermInput {
  @Field()
  name: string;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => LocalDate)
  endsOn: string;
}
