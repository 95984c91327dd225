import type { CandidateStage, Gender } from '@dangvu/schema';
import { CANDIDATE_STAGES } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { GenderEnum } from '../members/member.enums.js';

export const CandidateStageEnum = registerEnum('CandidateStage', CANDIDATE_STAGES, {
  SOURCED: 'Tạo nguồn',
  TRAINED: 'Đã học lớp bồi dưỡng nhận thức về Đảng',
  APPLIED: 'Đã có đơn xin vào Đảng',
  VERIFIED: 'Đã thẩm tra lý lịch',
});

/** Quần chúng ưu tú on the way to admission. */
@ObjectType()
@Entity('candidate')
export class Candidate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'search_text' })
  searchText: string;

  @Field(() => GenderEnum)
  @Column('text')
  gender: Gender;

  @Field(() => LocalDate)
  @Column('date', { name: 'date_of_birth' })
  dateOfBirth: string;

  @Field()
  @Column('text')
  ethnicity: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Field(() => CandidateStageEnum)
  @Column('text')
  stage: CandidateStage;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'awareness_course_on', nullable: true })
  awarenessCourseOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Ngày làm đơn xin vào Đảng (set on APPLIED).' })
  @Column('date', { name: 'applied_on', nullable: true })
  appliedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'admitted_member_id', nullable: true })
  admittedMemberId: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;
}

export const CANDIDATE_AUDIT_FIELDS = [
  'fullName',
  'gender',
  'dateOfBirth',
  'ethnicity',
  'organizationId',
  'stage',
  'awarenessCourseOn',
  'appliedOn',
  'note',
  'admittedMemberId',
  'sponsors',
];
