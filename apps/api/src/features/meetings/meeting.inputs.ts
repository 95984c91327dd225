import type { MeetingKind } from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { MeetingKindEnum } from './meeting.entity.js';

@InputType()
export class AbsenceInput {
  @Field(() => ID)
  memberId: string;

  @Field()
  excused: boolean;
}

@InputType()
export class RecordMeetingInput {
  @Field(() => ID, { description: 'A cell: GRASSROOTS_CELL or SUBORDINATE_CELL.' })
  organizationId: string;

  @Field(() => MeetingKindEnum)
  kind: MeetingKind;

  @Field(() => LocalDate)
  heldOn: string;

  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => Int)
  attendees: number;

  @Field(() => Int)
  absentees: number;

  @Field(() => ID, { nullable: true })
  supervisingCadreId?: string | null;

  @Field(() => [AbsenceInput], {
    nullable: true,
    description: 'Members of the cell; their count must not exceed absentees.',
  })
  absences?: AbsenceInput[] | null;
}
