import type { MemberEventKind, MemberStatus } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { conflict, FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { endPlacementsOfMember } from '../cadres/placement.service.js';
import { checkRemovalGround, statusAfterExit } from './exit.rules.js';
import { lockMember } from './member.access.js';
import type { Member } from './member.entity.js';
import type { RecogniseOfficialInput, RecordMemberExitInput, SetExemptionInput } from './member.inputs.js';
import { checkCurrent, checkProbationary, checkProbationComplete, officialOnWhenRecognised } from './member.rules.js';
import { saveMember } from './member.service.js';
import { recordEvent } from './member-events.js';

function checkDecisionDate(on: string, member: Member, field = 'on') {
  const errors = new FieldErrors();
  errors.check(on <= today(), field, 'dateInFuture');
  errors.check(on >= member.admittedOn, field, 'dateBefore', { date: member.admittedOn });
  errors.throwIfAny();
}

/** Công nhận chính thức: official from the end of the 12 months, whenever the decision comes. */
export function recogniseOfficial(ctx: Context, input: RecogniseOfficialInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    checkDecisionDate(input.on, member);
    const breach = checkProbationary(member.status) ?? checkProbationComplete(member, input.on);
    if (breach) throw ruleViolation(breach);
    await recordEvent(ctx, {
      memberId: member.id,
      kind: 'RECOGNISED_OFFICIAL',
      on: input.on,
      decisionNumber: input.decisionNumber,
    });
    return saveMember(ctx, 'recogniseOfficial', member, {
      status: 'OFFICIAL',
      officialOn: officialOnWhenRecognised(member),
    });
  });
}

/** Miễn công tác và sinh hoạt đảng, decided by the cell; exempt members are not rated. */
export function setExemption(ctx: Context, input: SetExemptionInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    const breach = checkCurrent(member.status);
    if (breach) throw ruleViolation(breach);
    checkDecisionDate(input.on, member);
    const errors = new FieldErrors();
    errors.check(member.exempt !== input.exempt, 'exempt', 'exemptUnchanged');
    errors.throwIfAny();
    await recordEvent(ctx, {
      memberId: member.id,
      kind: input.exempt ? 'EXEMPTED' : 'EXEMPTION_ENDED',
      on: input.on,
      decisionNumber: input.decisionNumber,
      ground: input.exempt ? input.ground : null,
    });
    return saveMember(ctx, 'setExemption', member, { exempt: input.exempt });
  });
}

/**
 * Xóa tên (with its ground), không công nhận chính thức (a probationary member
 * whose 12 months are over, struck from the list), từ trần, or chuyển sinh
 * hoạt ra ngoài hệ thống: the member leaves the roll; a pending transfer is
 * cancelled; the member's party placements end that day (all placements on death).
 */
export function recordMemberExit(ctx: Context, input: RecordMemberExitInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    const breach =
      checkCurrent(member.status) ??
      (input.kind === 'NOT_RECOGNISED'
        ? (checkProbationary(member.status) ?? checkProbationComplete(member, input.on))
        : null) ??
      checkRemovalGround(input.kind, input.ground);
    if (breach) throw ruleViolation(breach);
    checkDecisionDate(input.on, member);
    const errors = new FieldErrors();
    errors.check(!input.ground || input.kind === 'REMOVED', 'ground', 'groundNotApplicable');
    errors.throwIfAny();
    return leaveRoll(ctx, member, {
      kind: input.kind as MemberEventKind,
      status: statusAfterExit(input.kind),
      on: input.on,
      decisionNumber: input.decisionNumber,
      note: input.note,
      ground: input.kind === 'REMOVED' ? input.ground : null,
      action: 'recordMemberExit',
      allPlacements: input.kind === 'DECEASED',
    });
  });
}

export interface RollExit {
  kind: MemberEventKind;
  status: MemberStatus;
  on: string;
  decisionNumber?: string | null;
  note?: string | null;
  ground?: string | null;
  /** The audited action (the mutation's name). */
  action: string;
  /** End every placement, not only the party posts. */
  allPlacements: boolean;
}

/**
 * A member leaves the roll (a member locked in scope, inside the caller's
 * transaction): a pending transfer is cancelled, the event recorded, the
 * member's party placements (all on `allPlacements`) end that day, and the
 * member is saved with the new status (rollups follow by trigger). Also the
 * effect of an EXPULSION (features/inspections).
 */
export async function leaveRoll(ctx: Context, member: Member, exit: RollExit): Promise<Member> {
  await db(ctx).query(
    `UPDATE transfer SET status = 'CANCELLED', decided_at = now(), decided_by = $2, version = version + 1 WHERE member_id = $1 AND status = 'PENDING'`,
    [member.id, ctx.user?.id ?? null],
  );
  await recordEvent(ctx, {
    memberId: member.id,
    kind: exit.kind,
    on: exit.on,
    decisionNumber: exit.decisionNumber,
    fromOrganizationId: member.organizationId,
    note: exit.note,
    ground: exit.ground,
  });
  // a member who leaves holds no party post from that day; the dead and the expelled hold none at all
  await endPlacementsOfMember(ctx, member.id, exit.on, exit.action, exit.allPlacements);
  return saveMember(ctx, exit.action, member, { status: exit.status, leftOn: exit.on, exempt: false });
}
