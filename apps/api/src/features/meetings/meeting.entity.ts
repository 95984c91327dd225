import { MEETING_KINDS, type MeetingKind } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Organization } from '../organizations/organization.entity.js';

export const MeetingKindEnum = registerEnum('MeetingKind', MEETING_KINDS, {
  REGULAR: 'Sinh hoạt thường kỳ (monthly)',
  THEMATIC: 'Sinh hoạt chuyên đề (at least once a quarter)',
});

/** A cell meeting's minutes (sinh hoạt chi bộ); meeting.rules.ts. */
@ObjectType()
@Entity('meeting')
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Field(() => MeetingKindEnum)
  @Column('text')
  kind: MeetingKind;

  @Field(() => LocalDate)
  @Column('date', { name: 'held_on' })
  heldOn: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  topic: string | null;

  @Field(() => Int)
  @Column('int')
  attendees: number;

  @Field(() => Int)
  @Column('int')
  absentees: number;

  @Column('uuid', { name: 'supervising_cadre_id', nullable: true })
  supervisingCadreId: string | null;

  /** The cell's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdById: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field(() => Int)
  @Column('int')
  version: number;
}

/** A named absence in a meeting's minutes; its day, kind and path are copied from the meeting by the database. */
@ObjectType()
@Entity('meeting_absence')
export class Absence {
  @PrimaryColumn('uuid', { name: 'meeting_id' })
  meetingId: string;

  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId: string;

  @Field({ description: 'Vắng có lý do' })
  @Column('boolean')
  excused: boolean;
}

@ObjectType()
export class MeetingCompliance {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => Int)
  regularMeetings: number;

  @Field(() => Int)
  thematicMeetings: number;

  @Field(() => Int, { description: 'Months of the period with no regular meeting.' })
  monthsMissed: number;

  @Field({ description: 'At least one regular meeting every month and one thematic meeting in the quarter.' })
  compliant: boolean;
}

export const MEETING_AUDIT_FIELDS = [
  'organizationId',
  'kind',
  'heldOn',
  'topic',
  'attendees',
  'absentees',
  'supervisingCadreId',
];
