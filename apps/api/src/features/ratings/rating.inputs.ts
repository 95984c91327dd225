import type { RatingGrade } from '@dangvu/schema';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { RatingGradeEnum } from './rating.entity.js';

@InputType({
  description: `One grade per subject per year; a second call replaces it. Rules: a member
disciplined in that year is rated NOT_COMPLETED (DISCIPLINED_CAP for any other
grade); exempt members are not rated (EXEMPT_NOT_RATED); nobody is rated for a
year before they were admitted (NOT_A_MEMBER_THAT_YEAR); with a score
(0–100), the grade must agree with its band: 90+ EXCELLENT, 70–89.99 GOOD,
50–69.99 COMPLETED, below 50 NOT_COMPLETED (SCORE_GRADE_MISMATCH).
A COMMUNE_ADMIN rates members and subordinate cells; the grassroots
organisation itself is rated by the level above.`,
})
export class RateInput {
  @Field(() => Int)
  year: number;

  @Field(() => RatingGradeEnum)
  grade: RatingGrade;

  @Field(() => Float, { nullable: true })
  score?: number | null;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}
