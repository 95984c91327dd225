import { EXCELLENT_QUOTA_PERCENT, RATING_GRADES, type RatingGrade } from '@dangvu/schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';

export const RatingGradeEnum = registerEnum('RatingGrade', RATING_GRADES, {
  EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
  GOOD: 'Hoàn thành tốt nhiệm vụ',
  COMPLETED: 'Hoàn thành nhiệm vụ',
  NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
});

/** Đánh giá, xếp loại chất lượng: one grade per member or organisation and year (rating.rules.ts). */
@ObjectType()
@Entity('rating')
export class Rating {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int)
  @Column('int')
  year: number;

  @Field(() => RatingGradeEnum)
  @Column('text')
  grade: RatingGrade;

  @Field(() => Float, { nullable: true, description: 'The 100-point score of the 2025 rules, when one was given.' })
  @Column('double precision', { nullable: true })
  score: number | null;

  @Column('uuid', { name: 'member_id', nullable: true })
  memberId: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  /** The subject's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Column('uuid', { name: 'rated_by', nullable: true })
  ratedById: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;
}

export const RATING_AUDIT_FIELDS = ['year', 'grade', 'score', 'memberId', 'organizationId'];

@ObjectType()
export class GradeCounts {
  @Field(() => Int)
  excellent: number;

  @Field(() => Int)
  good: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  notCompleted: number;

  @Field(() => Int)
  unrated: number;

  @Field(() => Int)
  total: number;

  @Field(() => Float, { description: '(excellent + good) / rated, 0..1' })
  goodOrBetterShare: number;

  @Field({
    description: `The number rated EXCELLENT exceeds the allowed share of those rated GOOD\n(${EXCELLENT_QUOTA_PERCENT}%); the counts are shown, the save is not refused.`,
  })
  excellentQuotaExceeded: boolean;
}

@ObjectType()
export class RatingSummary {
  @Field(() => Int)
  year: number;

  @Field(() => GradeCounts)
  organizations: GradeCounts;

  @Field(() => GradeCounts)
  members: GradeCounts;
}
