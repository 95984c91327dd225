import type { MemberEventKind } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { addDays } from '../../graphql/dates.js';
import { conflict, FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { calendarSpan, THIRTY_WORKING_DAYS } from '../calendar/holiday.rules.js';
import { calendarBetween } from '../calendar/holiday.service.js';
import type { ReadmitMemberInput, RecordCeremonyInput } from './admission.inputs.js';
import {
  checkCeremonyLate,
  checkCeremonyOpen,
  checkReadmissionCause,
  checkReadmissionWait,
  checkReadmittedOnce,
} from './admission.rules.js';
import { activeCellInScope, lockMember } from './member.access.js';
import type { Member } from './member.entity.js';
import { checkOverAge, checkUnderAge } from './member.rules.js';
import { saveMember } from './member.service.js';
import { recordEvent } from './member-events.js';

/** The three admission dates as an admission mutation receives them. */
export interface AdmissionDatesInput {
  admittedOn: string;
  cellVoteOn?: string | null;
  ceremonyOn?: string | null;
  ceremonyLateApproval?: string | null;
}

/** CEREMONY_LATE against the holiday calendar around the decision. */
export async function ceremonyLateBreach(
  ctx: Context,
  admittedOn: string,
  ceremonyOn: string,
  approval?: string | null,
) {
  const cal = await calendarBetween(ctx, admittedOn, addDays(admittedOn, calendarSpan(THIRTY_WORKING_DAYS)));
  return checkCeremonyLate(admittedOn, ceremonyOn, cal, approval);
}

/**
 * Field checks on the three dates (none in the future; the vote not after the
 * decision; the ceremony not before it), then UNDER_AGE and OVER_AGE counted
 * on the cell's vote, then CEREMONY_LATE. Throws the first failure.
 */
export async function checkAdmission(
  ctx: Context,
  errors: FieldErrors,
  d: AdmissionDatesInput,
  dateOfBirth: string,
  overAgeDecision: string | null | undefined,
  opts: { overAge: boolean; lateCeremony: boolean } = { overAge: true, lateCeremony: true },
): Promise<void> {
  const now = today();
  errors.check(d.admittedOn <= now, 'admittedOn', 'dateInFuture');
  if (d.cellVoteOn) errors.check(d.cellVoteOn <= d.admittedOn, 'cellVoteOn', 'dateAfter', { date: d.admittedOn });
  if (d.ceremonyOn) {
    errors.check(d.ceremonyOn <= now, 'ceremonyOn', 'dateInFuture');
    errors.check(d.ceremonyOn >= d.admittedOn, 'ceremonyOn', 'dateBefore', { date: d.admittedOn });
  }
  errors.throwIfAny();
  const countedOn = d.cellVoteOn ?? d.admittedOn;
  const breach =
    checkUnderAge(dateOfBirth, countedOn) ??
    (opts.overAge ? checkOverAge(dateOfBirth, countedOn, overAgeDecision) : null) ??
    (d.ceremonyOn && opts.lateCeremony
      ? await ceremonyLateBreach(ctx, d.admittedOn, d.ceremonyOn, d.ceremonyLateApproval)
      : null);
  if (breach) throw ruleViolation(breach);
}

/** The columns and the ceremony event an admission writes from its dates. */
export function admissionColumns(d: AdmissionDatesInput) {
  return {
    cellVoteOn: d.cellVoteOn ?? null,
    ceremonyOn: d.ceremonyOn ?? null,
    ceremonyLateApproval: d.ceremonyOn ? d.ceremonyLateApproval?.trim() || null : null,
  };
}

/** Lễ kết nạp held after the decision was recorded: probation counts from it. */
export function recordCeremony(ctx: Context, input: RecordCeremonyInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    const open = checkCeremonyOpen(member.status, member.ceremonyOn);
    if (open) throw ruleViolation(open);
    const errors = new FieldErrors();
    errors.check(input.on <= today(), 'on', 'dateInFuture');
    errors.check(input.on >= member.admittedOn, 'on', 'dateBefore', { date: member.admittedOn });
    errors.throwIfAny();
    const late = await ceremonyLateBreach(ctx, member.admittedOn, input.on, input.ceremonyLateApproval);
    if (late) throw ruleViolation(late);
    const approval = input.ceremonyLateApproval?.trim() || null;
    await recordEvent(ctx, { memberId: member.id, kind: 'CEREMONY_HELD', on: input.on, note: approval });
    return saveMember(ctx, 'recordCeremony', member, { ceremonyOn: input.on, ceremonyLateApproval: approval });
  });
}

/** The event the member left the party with (the latest removal, striking off or expulsion). */
async function lastExit(ctx: Context, memberId: string) {
  const rows: { kind: MemberEventKind; on: string; ground: string | null }[] = await db(ctx).query(
    `SELECT kind, to_char("on", 'YYYY-MM-DD') AS "on", ground FROM member_event
      WHERE member_id = $1 AND kind IN ('REMOVED','NOT_RECOGNISED','EXPELLED')
      ORDER BY "on" DESC, recorded_at DESC LIMIT 1`,
    [memberId],
  );
  return rows[0] ?? null;
}

/** Kết nạp lại: the same person, the same record, a new admission; the first admission kept. */
export function readmitMember(ctx: Context, input: ReadmitMemberInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    const exit = member.status === 'REMOVED' || member.status === 'EXPELLED' ? await lastExit(ctx, member.id) : null;
    const gate = checkReadmissionCause(exit) ?? checkReadmittedOnce(member.firstAdmittedOn);
    if (gate) throw ruleViolation(gate);
    const org = await activeCellInScope(ctx, input.organizationId);
    const errors = new FieldErrors();
    errors.check(input.approvalDecision.trim().length > 0, 'approvalDecision', 'required');
    errors.check(input.admittedOn > exit!.on, 'admittedOn', 'dateBefore', { date: exit!.on });
    await checkAdmission(ctx, errors, input, member.dateOfBirth, input.overAgeDecision);
    const wait = checkReadmissionWait(exit!.on, input.admittedOn);
    if (wait) throw ruleViolation(wait);
    await recordEvent(ctx, {
      memberId: member.id,
      kind: 'READMITTED',
      on: input.admittedOn,
      decisionNumber: input.decisionNumber,
      toOrganizationId: org.id,
      note: `approval: ${input.approvalDecision.trim()}`,
    });
    if (input.ceremonyOn) await recordEvent(ctx, { memberId: member.id, kind: 'CEREMONY_HELD', on: input.ceremonyOn });
    return saveMember(ctx, 'readmitMember', member, {
      status: 'PROBATIONARY',
      organizationId: org.id,
      firstAdmittedOn: member.admittedOn,
      admittedOn: input.admittedOn,
      ...admissionColumns(input),
      officialOn: null,
      leftOn: null,
      exempt: false,
    });
  });
}
