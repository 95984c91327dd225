import type { Gender, MemberEventKind, MemberStatus, Qualification, TheoryLevel } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars.js';
import { MemberStatusEnum } from '../organizations/organization.enums.js';
import { GenderEnum, MemberEventKindEnum, QualificationEnum, TheoryLevelEnum } from './member.enums.js';

/** Đảng viên: a member of a cell (or grassroots cell). */
@ObjectType()
@Entity('member')
export class Member {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { nullable: true, description: 'Số thẻ đảng viên; null until issued.' })
  @Column('text', { name: 'card_number', nullable: true })
  cardNumber: string | null;

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

  @Field({ description: 'Dân tộc, e.g. Kinh, Tày, Dao, Mông.' })
  @Column('text')
  ethnicity: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  religion: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  hometown: string | null;

  @Field(() => String, { nullable: true, description: 'Trình độ giáo dục phổ thông, e.g. 12/12.' })
  @Column('text', { name: 'general_education', nullable: true })
  generalEducation: string | null;

  @Field(() => QualificationEnum)
  @Column('text')
  qualification: Qualification;

  @Field(() => TheoryLevelEnum)
  @Column('text', { name: 'theory_level' })
  theoryLevel: TheoryLevel;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Field(() => MemberStatusEnum)
  @Column('text')
  status: MemberStatus;

  @Field(() => LocalDate, {
    description: 'Ngày vào Đảng: the date of the admission decision; party age counts from it.',
  })
  @Column('date', { name: 'admitted_on' })
  admittedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Ngày chi bộ họp xét kết nạp: the admission age is counted on this day.',
  })
  @Column('date', { name: 'cell_vote_on', nullable: true })
  cellVoteOn: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Ngày lễ kết nạp: probation runs 12 months from it. Held at most 30 working\ndays after the decision (later only with the upper committee's consent).",
  })
  @Column('date', { name: 'ceremony_on', nullable: true })
  ceremonyOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The upper committee's consent to a ceremony held more than 30 working days after the decision.",
  })
  @Column('text', { name: 'ceremony_late_approval', nullable: true })
  ceremonyLateApproval: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Kết nạp lại: the first admission decision, when this is a re-admission; party age counts from it, less the gaps.',
  })
  @Column('date', { name: 'first_admitted_on', nullable: true })
  firstAdmittedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Ngày chính thức' })
  @Column('date', { name: 'official_on', nullable: true })
  officialOn: string | null;

  @Field({ description: 'Miễn công tác và sinh hoạt đảng' })
  @Column('boolean')
  exempt: boolean;

  /** The day the member left the roll (transfer out, removal, expulsion, death). */
  @Column('date', { name: 'left_on', nullable: true })
  leftOn: string | null;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int)
  @Column('int')
  version: number;
}

export const MEMBER_AUDIT_FIELDS = [
  'cardNumber',
  'fullName',
  'gender',
  'dateOfBirth',
  'ethnicity',
  'religion',
  'hometown',
  'generalEducation',
  'qualification',
  'theoryLevel',
  'organizationId',
  'status',
  'admittedOn',
  'cellVoteOn',
  'ceremonyOn',
  'ceremonyLateApproval',
  'firstAdmittedOn',
  'officialOn',
  'exempt',
  'leftOn',
];

@ObjectType()
@Entity('member_event')
export class MemberEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'member_id' })
  memberId: string;

  @Field(() => MemberEventKindEnum)
  @Column('text')
  kind: MemberEventKind;

  @Field(() => LocalDate)
  @Column('date', { name: 'on' })
  on: string;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Column('uuid', { name: 'from_organization_id', nullable: true })
  fromOrganizationId: string | null;

  @Column('uuid', { name: 'to_organization_id', nullable: true })
  toOrganizationId: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  /** The ground of a removal (RemovalGround), an exemption (ExemptionGround) or the cause of an expulsion. */
  @Column('text', { nullable: true })
  ground: string | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedById: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}

@ObjectType({ description: 'Huy hiệu Đảng: 30, 40, 45, 50 … 90 years of party age.' })
export class BadgeMilestone {
  @Field(() => Int)
  years: number;

  @Field(() => LocalDate)
  dueOn: string;

  @Field(() => LocalDate, { description: 'The first award day (3/2, 19/5, 2/9 or 7/11) on or after dueOn.' })
  ceremonyOn: string;

  @Field(() => LocalDate, {
    description:
      'The day the badge is awarded: ceremonyOn, or, for a member under a discipline in force then, the first award day after it lapses (Hướng dẫn 01-HD/TW 2021, Mục 18).',
  })
  awardOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The last day of the discipline in force that defers the award; null when none does.',
  })
  deferredUntil: string | null;
}
