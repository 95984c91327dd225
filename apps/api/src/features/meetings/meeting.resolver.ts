import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { LocalDate } from '../../graphql/scalars.js';
import { cadreById } from '../cadres/cadre.access.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { absencesOf, meetingCompliance, meetingsOf } from './meeting.access.js';
import { Absence, Meeting, MeetingCompliance } from './meeting.entity.js';
import { RecordMeetingInput } from './meeting.inputs.js';
import { recordMeeting } from './meeting.service.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Allow('meeting:read')
  @Query(() => [Meeting], { description: 'The meetings an organisation in scope held in a period, oldest first.' })
  meetings(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('from', () => LocalDate) from: string,
    @Arg('to', () => LocalDate) to: string,
  ) {
    return meetingsOf(ctx, organizationId, from, to);
  }

  @Allow('meeting:read')
  @Query(() => [MeetingCompliance], {
    description:
      'Each active cell of the subtree with its meetings in a quarter (1–4), by parent organisation then code.',
  })
  meetingCompliance(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('year', () => Int) year: number,
    @Arg('quarter', () => Int) quarter: number,
  ) {
    return meetingCompliance(ctx, withinId, year, quarter);
  }

  @Allow('meeting:write')
  @Mutation(() => Meeting)
  recordMeeting(@Ctx() ctx: Context, @Arg('input', () => RecordMeetingInput) input: RecordMeetingInput) {
    return recordMeeting(ctx, input);
  }

  @FieldResolver(() => Organization)
  organization(@Root() m: Meeting, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, m.organizationId);
  }

  @FieldResolver(() => Cadre, {
    nullable: true,
    description: 'An upper-level committee member who attended (dự sinh hoạt chi bộ).',
  })
  supervisingCadre(@Root() m: Meeting, @Ctx() ctx: Context) {
    return m.supervisingCadreId ? cadreById(ctx, m.supervisingCadreId) : null;
  }

  @FieldResolver(() => [Absence], { description: 'Named absences, for the minutes.' })
  async absences(@Root() m: Meeting, @Ctx() ctx: Context) {
    // only the absentees the caller may still see (one who has moved out of scope is left out)
    const rows = await absencesOf(ctx, m.id);
    const members = await Promise.all(rows.map((a) => memberById(ctx, a.memberId)));
    return rows.filter((_, k) => members[k] !== null);
  }
}

@Resolver(() => Absence)
export class AbsenceResolver {
  @FieldResolver(() => Member)
  member(@Root() a: Absence, @Ctx() ctx: Context) {
    return memberById(ctx, a.memberId);
  }
}
