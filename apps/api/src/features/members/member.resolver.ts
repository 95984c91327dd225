import type { ExemptionGround, RemovalGround, TransferStatus } from '@dangvu/schema';
import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import { type Context, loader } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { LocalDate, today } from '../../graphql/scalars.js';
import { THIRTY_WORKING_DAYS } from '../calendar/holiday.rules.js';
import { workingDaysAfter } from '../calendar/holiday.service.js';
import { disciplineSpans } from '../inspections/discipline.checks.js';
import { badgeAwardOn, type DisciplineSpan } from '../inspections/discipline.rules.js';
import { Organization } from '../organizations/organization.entity.js';
import { organizationById } from '../organizations/organization.service.js';
import { User } from '../users/user.entity.js';
import { userById } from '../users/user.service.js';
import { ReadmitMemberInput, RecordCeremonyInput } from './admission.inputs.js';
import * as admission from './admission.service.js';
import { BadgeMilestone, Member, MemberEvent } from './member.entity.js';
import { ExemptionGroundEnum, RemovalGroundEnum, TransferStatusEnum } from './member.enums.js';
import {
  AdmitMemberInput,
  MemberFilter,
  MemberOrder,
  RecogniseOfficialInput,
  RecordMemberExitInput,
  RegisterMemberInput,
  SetExemptionInput,
  TransferMemberInput,
  UpdateMemberInput,
} from './member.inputs.js';
import { probationEndsOn } from './member.rules.js';
import * as members from './member.service.js';
import { eventsOf } from './member-events.js';
import * as status from './member-status.service.js';
import { nextBadge, partyAgeFrom, partyYears } from './party-age.rules.js';
import { temporaryOrganizationIdOf } from './temporary-transfer.js';
import { Transfer } from './transfer.entity.js';
import { LETTER_WORKING_DAYS } from './transfer.rules.js';
import * as transfers from './transfer.service.js';

export const MemberConnection = connectionType('Member', Member);

@Resolver(() => Member)
export class MemberResolver {
  @Allow('member:read')
  @Query(() => Member, { nullable: true })
  member(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return members.memberById(ctx, id);
  }

  @Allow('member:read')
  @Query(() => MemberConnection)
  members(
    @Ctx() ctx: Context,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter?: MemberFilter,
    @Arg('orderBy', () => MemberOrder, { nullable: true }) orderBy?: MemberOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return members.listMembers(ctx, filter ?? {}, orderBy, first, after);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  admitMember(@Ctx() ctx: Context, @Arg('input', () => AdmitMemberInput) input: AdmitMemberInput) {
    return members.admitMember(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  registerMember(@Ctx() ctx: Context, @Arg('input', () => RegisterMemberInput) input: RegisterMemberInput) {
    return members.registerMember(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  updateMember(@Ctx() ctx: Context, @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput) {
    return members.updateMember(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  recordCeremony(@Ctx() ctx: Context, @Arg('input', () => RecordCeremonyInput) input: RecordCeremonyInput) {
    return admission.recordCeremony(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  readmitMember(@Ctx() ctx: Context, @Arg('input', () => ReadmitMemberInput) input: ReadmitMemberInput) {
    return admission.readmitMember(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  recogniseOfficial(@Ctx() ctx: Context, @Arg('input', () => RecogniseOfficialInput) input: RecogniseOfficialInput) {
    return status.recogniseOfficial(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  setExemption(@Ctx() ctx: Context, @Arg('input', () => SetExemptionInput) input: SetExemptionInput) {
    return status.setExemption(ctx, input);
  }

  @Allow('member:write')
  @Mutation(() => Member)
  recordMemberExit(@Ctx() ctx: Context, @Arg('input', () => RecordMemberExitInput) input: RecordMemberExitInput) {
    return status.recordMemberExit(ctx, input);
  }

  @FieldResolver(() => Organization, { description: 'The cell (or grassroots cell) the member is active in.' })
  organization(@Root() m: Member, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, m.organizationId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      'Sinh hoạt tạm thời: the organisation a temporary transfer has the member active in, while it lasts; the roll stays here.',
  })
  async temporaryOrganization(@Root() m: Member, @Ctx() ctx: Context) {
    const id = await temporaryOrganizationIdOf(ctx, m.id);
    return id ? organizationNamedBy(ctx, id) : null;
  }

  @FieldResolver(() => LocalDate, {
    description: 'ceremonyOn + 12 months (admittedOn + 12 months until the ceremony is recorded)',
  })
  probationEndsOn(@Root() m: Member) {
    return probationEndsOn(m);
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      'A probationary member without a recorded ceremony: the 30th working day after the decision (public holidays excluded), the last day for the ceremony without the upper committee’s consent.',
  })
  ceremonyDueOn(@Root() m: Member, @Ctx() ctx: Context) {
    return m.status === 'PROBATIONARY' && !m.ceremonyOn
      ? workingDaysAfter(ctx, m.admittedOn, THIRTY_WORKING_DAYS)
      : null;
  }

  @FieldResolver(() => Int, {
    description:
      'Tuổi Đảng in whole years as of today, less the time out of the party (removed, expelled, out of contact).',
  })
  async partyYears(@Root() m: Member, @Ctx() ctx: Context) {
    return partyYears(await partyFrom(ctx, m), m.leftOn ?? today());
  }

  @FieldResolver(() => BadgeMilestone, {
    nullable: true,
    description:
      'The next Huy hiệu Đảng milestone and its date; null when none is ahead. A milestone stays next until its award day has passed (Hướng dẫn 01-HD/TW 2021, Mục 18).',
  })
  async nextBadge(@Root() m: Member, @Ctx() ctx: Context): Promise<BadgeMilestone | null> {
    if (m.status !== 'PROBATIONARY' && m.status !== 'OFFICIAL') return null;
    const badge = nextBadge(await partyFrom(ctx, m), today());
    if (!badge) return null;
    const award = badgeAwardOn(badge.ceremonyOn, await disciplinesOf(ctx, m.id));
    return { ...badge, awardOn: award.on, deferredUntil: award.deferredUntil };
  }

  @FieldResolver(() => [MemberEvent])
  events(@Root() m: Member, @Ctx() ctx: Context) {
    return eventsOf(ctx, m.id);
  }
}

/** The day party age counts from; the history is read only for a re-admitted member. */
/** A member's discipline spans, one batched statement a request (the badge waits while one is in force). */
function disciplinesOf(ctx: Context, memberId: string): Promise<DisciplineSpan[]> {
  const l = loader(
    ctx,
    'member.disciplineSpans',
    () =>
      new DataLoader<string, DisciplineSpan[]>(async (ids) => {
        const spans = await disciplineSpans(ctx, ids);
        return ids.map((id) => spans.get(id) ?? []);
      }),
  );
  return l.load(memberId);
}

async function partyFrom(ctx: Context, m: Member): Promise<string> {
  return m.firstAdmittedOn ? partyAgeFrom(m, await eventsOf(ctx, m.id)) : m.admittedOn;
}

@Resolver(() => MemberEvent)
export class MemberEventResolver {
  @FieldResolver(() => RemovalGroundEnum, { nullable: true, description: 'Căn cứ xóa tên, on a REMOVED event.' })
  removalGround(@Root() e: MemberEvent): RemovalGround | null {
    return e.kind === 'REMOVED' ? (e.ground as RemovalGround | null) : null;
  }

  @FieldResolver(() => ExemptionGroundEnum, {
    nullable: true,
    description: 'Lý do miễn sinh hoạt, on an EXEMPTED event.',
  })
  exemptionGround(@Root() e: MemberEvent): ExemptionGround | null {
    return e.kind === 'EXEMPTED' ? (e.ground as ExemptionGround | null) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  fromOrganization(@Root() e: MemberEvent, @Ctx() ctx: Context) {
    return e.fromOrganizationId ? organizationById(ctx, e.fromOrganizationId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  toOrganization(@Root() e: MemberEvent, @Ctx() ctx: Context) {
    return e.toOrganizationId ? organizationById(ctx, e.toOrganizationId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() e: MemberEvent, @Ctx() ctx: Context) {
    return e.recordedById ? userById(ctx, e.recordedById) : null;
  }
}

@Resolver(() => Transfer)
export class TransferResolver {
  @Allow('member:read')
  @Query(() => [Transfer], { description: 'Transfers to the caller’s scope, and from it unless accepted.' })
  transfers(
    @Ctx() ctx: Context,
    @Arg('statuses', () => [TransferStatusEnum], { nullable: true }) statuses?: TransferStatus[],
  ) {
    return transfers.listTransfers(ctx, statuses);
  }

  @Allow('member:write')
  @Query(() => Organization, {
    nullable: true,
    description: 'An active cell anywhere, by its exact code: where a transfer may be addressed outside the scope.',
  })
  transferDestination(@Ctx() ctx: Context, @Arg('code') code: string) {
    return transfers.transferDestination(ctx, code);
  }

  @Allow('member:write')
  @Mutation(() => Transfer)
  transferMember(@Ctx() ctx: Context, @Arg('input', () => TransferMemberInput) input: TransferMemberInput) {
    return transfers.transferMember(ctx, input);
  }

  @Allow('transfer:decide')
  @Mutation(() => Transfer)
  acceptTransfer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return transfers.acceptTransfer(ctx, id, version);
  }

  @Allow('transfer:decide')
  @Mutation(() => Transfer)
  rejectTransfer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return transfers.rejectTransfer(ctx, id, version, reason);
  }

  /** The member of a transfer the caller sees: named even while still in the sender's cell. */
  @FieldResolver(() => Member)
  member(@Root() t: Transfer, @Ctx() ctx: Context) {
    return transfers.memberOfTransfer(ctx, t);
  }

  @FieldResolver(() => Organization)
  fromOrganization(@Root() t: Transfer, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, t.fromOrganizationId);
  }

  @FieldResolver(() => Organization)
  toOrganization(@Root() t: Transfer, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, t.toOrganizationId);
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description:
      'Official transfers: the last day to present the letter (giấy giới thiệu sinh hoạt đảng), 30 working days after requestedOn; null for a temporary one.',
  })
  letterDueOn(@Root() t: Transfer, @Ctx() ctx: Context) {
    return t.temporary ? null : workingDaysAfter(ctx, t.requestedOn, LETTER_WORKING_DAYS);
  }
}
