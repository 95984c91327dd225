import type { TransferStatus } from '@dangvu/schema';
import { inScope, requireUser, scopeClause } from '../../auth/scope.js';
import {
  lockTransferDestination,
  memberOfVisibleTransfer,
  organizationByExactCode,
  pathOf,
} from '../../auth/unscoped.js';
import type { Context } from '../../graphql/context.js';
import { conflict, FieldErrors, forbidden, notFound, ruleViolation } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { assertNotUnderProceedings } from '../inspections/discipline.checks.js';
import { checkActive } from '../organizations/organization.rules.js';
import { ORGANIZATION } from '../organizations/organization.service.js';
import { lockMember } from './member.access.js';
import { Member } from './member.entity.js';
import type { TransferMemberInput } from './member.inputs.js';
import { checkCurrent, checkIsCell, checkNoPendingTransfer, checkTransferPending } from './member.rules.js';
import { memberById, saveMember } from './member.service.js';
import { recordEvent } from './member-events.js';
import { Transfer } from './transfer.entity.js';
import { checkTemporaryPeriod } from './transfer.rules.js';

const TRANSFER = { vi: 'yêu cầu chuyển sinh hoạt', en: 'Transfer' };
const FIELDS = [
  'memberId',
  'fromOrganizationId',
  'toOrganizationId',
  'requestedOn',
  'status',
  'reason',
  'decisionNote',
  'temporary',
  'until',
  'purpose',
];

/** An active cell anywhere in the tree, by exact code: the address a transfer is sent to (auth/unscoped.ts). */
export async function transferDestination(ctx: Context, code: string) {
  requireUser(ctx);
  const org = await organizationByExactCode(ctx, code);
  return org && checkIsCell(org.kind, org.code) === null ? org : null;
}

/**
 * Transfers the caller may see: those to its scope, and those from its scope
 * unless accepted (then the member has left the sender's view) — a temporary
 * one stays in the sender's view, as the member stays on its roll.
 */
export async function listTransfers(ctx: Context, statuses: TransferStatus[] | null | undefined): Promise<Transfer[]> {
  const params: unknown[] = [];
  const to = scopeClause(ctx, 'tt.path', params);
  const from = scopeClause(ctx, 'ft.path', params);
  const status = statuses?.length ? `AND t.status = ANY($${params.push(statuses)}::text[])` : '';
  const ids: { id: string }[] = await db(ctx).query(
    `SELECT t.id FROM transfer t JOIN organization ft ON ft.id = t.from_organization_id JOIN organization tt ON tt.id = t.to_organization_id
      WHERE (${to} OR (${from} AND (t.status <> 'ACCEPTED' OR t.temporary))) ${status}
      ORDER BY (t.status = 'PENDING') DESC, t.requested_on DESC, t.created_at DESC LIMIT 500`,
    params,
  );
  if (!ids.length) return [];
  const rows = await db(ctx)
    .getRepository(Transfer)
    .createQueryBuilder('t')
    .where('t.id IN (:...ids)', { ids: ids.map((r) => r.id) })
    .getMany();
  return ids.map((r) => rows.find((t) => t.id === r.id)!);
}

async function auditTransfer(ctx: Context, action: string, before: Transfer | null, after: Transfer, path: string) {
  await audit(ctx, {
    action,
    entityType: 'Transfer',
    entityId: after.id,
    changes: diff(before ? { ...before } : null, { ...after }, FIELDS),
    scopePath: path,
  });
}

export function transferMember(ctx: Context, input: TransferMemberInput): Promise<Transfer> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const member = await lockMember(ctx, input.memberId);
    if (member.version !== input.version) throw conflict(member.version, input.version);
    const current = checkCurrent(member.status);
    if (current) throw ruleViolation(current);
    const dest = await lockTransferDestination(ctx, input.toOrganizationId);
    if (!dest) throw notFound(ORGANIZATION);
    const breach = checkActive(dest.status, dest.code) ?? checkIsCell(dest.kind, dest.code);
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors();
    errors.check(dest.id !== member.organizationId, 'toOrganizationId', 'sameCell');
    errors.check(input.on <= today(), 'on', 'dateInFuture');
    errors.check(input.on >= member.admittedOn, 'on', 'dateBefore', { date: member.admittedOn });
    errors.check(Boolean(input.temporary) || (!input.until && !input.purpose), 'until', 'temporaryOnly');
    errors.throwIfAny();
    const temporary = Boolean(input.temporary);
    const purpose = temporary ? (input.purpose ?? 'OTHER') : null;
    const period = temporary ? checkTemporaryPeriod(input.on, input.until, purpose!) : null;
    if (period) throw ruleViolation(period);
    const [pending] = await db(ctx).query(`SELECT 1 FROM transfer WHERE member_id = $1 AND status = 'PENDING'`, [
      member.id,
    ]);
    const waiting = checkNoPendingTransfer(Boolean(pending));
    if (waiting) throw ruleViolation(waiting);
    await assertNotUnderProceedings(ctx, member.id);
    const fromPath = await pathOf(ctx, member.organizationId);
    const within = inScope(ctx, dest.path);
    const values = {
      memberId: member.id,
      fromOrganizationId: member.organizationId,
      toOrganizationId: dest.id,
      requestedOn: input.on,
      status: (within ? 'ACCEPTED' : 'PENDING') as TransferStatus,
      reason: input.reason?.trim() || null,
      temporary,
      until: temporary ? input.until! : null,
      purpose,
      requestedById: user.id,
      decidedAt: within ? new Date() : null,
      version: 1,
    };
    const id = (await db(ctx).insert(Transfer, { ...values, decidedById: within ? user.id : null })).identifiers[0]
      .id as string;
    const transfer = (await db(ctx).findOneBy(Transfer, { id }))!;
    await auditTransfer(ctx, 'transferMember', null, transfer, fromPath);
    if (within && !temporary) {
      await recordEvent(ctx, {
        memberId: member.id,
        kind: 'MOVED',
        on: input.on,
        fromOrganizationId: member.organizationId,
        toOrganizationId: dest.id,
        note: input.reason,
      });
      await saveMember(ctx, 'transferMember', member, { organizationId: dest.id });
    }
    return transfer;
  });
}

/** A pending transfer the caller may decide: its destination lies in the caller's scope, and the caller did not send it. */
async function lockDecidable(ctx: Context, id: string, version: number) {
  const user = requireUser(ctx);
  const transfer = isUuid(id)
    ? await db(ctx)
        .getRepository(Transfer)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!transfer) throw notFound(TRANSFER);
  const toPath = await pathOf(ctx, transfer.toOrganizationId);
  const seesTo = inScope(ctx, toPath);
  const seesFrom = inScope(ctx, await pathOf(ctx, transfer.fromOrganizationId));
  if (!seesTo && !(seesFrom && transfer.status !== 'ACCEPTED')) throw notFound(TRANSFER);
  if (!seesTo || (transfer.requestedById === user.id && user.role !== 'ADMIN')) throw forbidden();
  if (transfer.version !== version) throw conflict(transfer.version, version);
  const decided = checkTransferPending(transfer.status);
  if (decided) throw ruleViolation(decided);
  return { transfer, toPath };
}

export function acceptTransfer(ctx: Context, id: string, version: number): Promise<Transfer> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const { transfer, toPath } = await lockDecidable(ctx, id, version);
    const member = (await db(ctx)
      .getRepository(Member)
      .findOne({ where: { id: transfer.memberId }, lock: { mode: 'pessimistic_write' } }))!;
    const breach = checkCurrent(member.status);
    if (breach) throw ruleViolation(breach);
    await db(ctx).update(
      Transfer,
      { id },
      { status: 'ACCEPTED', decidedAt: new Date(), decidedById: user.id, version: version + 1 },
    );
    const after = (await db(ctx).findOneBy(Transfer, { id }))!;
    await auditTransfer(ctx, 'acceptTransfer', transfer, after, toPath);
    if (transfer.temporary) return after; // the member stays on the home roll
    await recordEvent(ctx, {
      memberId: member.id,
      kind: 'TRANSFERRED_IN',
      on: transfer.requestedOn,
      fromOrganizationId: transfer.fromOrganizationId,
      toOrganizationId: transfer.toOrganizationId,
      note: transfer.reason,
    });
    await db(ctx).update(Member, { id: member.id }, {
      organizationId: transfer.toOrganizationId,
      version: member.version + 1,
      updatedAt: () => 'now()',
    } as never);
    await audit(ctx, {
      action: 'acceptTransfer',
      entityType: 'Member',
      entityId: member.id,
      changes: { organizationId: { from: member.organizationId, to: transfer.toOrganizationId } },
      scopePath: toPath,
    });
    return after;
  });
}

export function rejectTransfer(ctx: Context, id: string, version: number, reason?: string | null): Promise<Transfer> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const { transfer, toPath } = await lockDecidable(ctx, id, version);
    await db(ctx).update(
      Transfer,
      { id },
      {
        status: 'REJECTED',
        decidedAt: new Date(),
        decidedById: user.id,
        decisionNote: reason?.trim() || null,
        version: version + 1,
      },
    );
    const after = (await db(ctx).findOneBy(Transfer, { id }))!;
    await auditTransfer(ctx, 'rejectTransfer', transfer, after, toPath);
    return after;
  });
}

/**
 * The member of a transfer the caller sees: named even while still in the
 * sender's cell (the receiving side must know who is coming).
 */
export async function memberOfTransfer(ctx: Context, transfer: Transfer): Promise<Member> {
  return (await memberById(ctx, transfer.memberId)) ?? memberOfVisibleTransfer(ctx, transfer.memberId);
}
