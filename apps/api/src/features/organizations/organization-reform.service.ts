import { likeEscape, requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit } from '../audit/audit.service.js';
import { endPlacementsAt } from '../cadres/placement.service.js';
import { Organization } from './organization.entity.js';
import type { EndOrganizationInput, MergeOrganizationsInput, MoveOrganizationsInput } from './organization.inputs.js';
import {
  checkActive,
  checkMembersFitTarget,
  checkMergeLevel,
  checkNotInside,
  checkParentKind,
} from './organization.rules.js';
import { assertMayWrite, checkClosingDate, closeOrganization, lockInScope, save } from './organization.service.js';
import { recordOrganizationEvent } from './organization-events.js';

/**
 * Reorganisation (Hướng dẫn 31-HD/BTCTW, 2025): organisations merged into
 * another, moved under another parent with everything below them, and
 * committees that end operations once nothing active is left under them.
 */

/**
 * Moves an organisation and its whole subtree under a new parent on a date:
 * paths rewritten in one statement (the members' paths, ancestor columns and
 * the rollups over subtrees follow by the triggers of migration
 * Scale1732500000000); audited; a MOVED event in its history.
 */
async function moveSubtree(
  ctx: Context,
  org: Organization,
  parent: Organization,
  action: string,
  on: string,
  decisionNumber?: string | null,
) {
  const newPath = `${parent.path}${org.id}/`;
  await db(ctx).query('UPDATE organization SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $3', [
    org.path,
    newPath,
    `${likeEscape(org.path)}%`,
  ]);
  await save(ctx, action, { ...org, path: newPath } as Organization, { parentId: parent.id });
  // The audit entry above records parentId; the path is derived.
  await recordOrganizationEvent(ctx, {
    organizationId: org.id,
    kind: 'MOVED',
    on,
    decisionNumber,
    fromParentId: org.parentId,
    toParentId: parent.id,
  });
}

/** Moves the current members of a merged cell into the target, each with a MOVED event and an audit entry. */
async function moveMembers(
  ctx: Context,
  source: Organization,
  target: Organization,
  on: string,
  decision?: string | null,
) {
  const [{ n }] = await db(ctx).query(
    `SELECT count(*)::int AS n FROM member WHERE organization_id = $1 AND status IN ('PROBATIONARY','OFFICIAL')`,
    [source.id],
  );
  const breach = checkMembersFitTarget(n, target.kind, source.code);
  if (breach) throw ruleViolation(breach);
  if (n === 0) return;
  await db(ctx).query(
    `WITH moved AS (
       UPDATE member SET organization_id = $2, version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND status IN ('PROBATIONARY','OFFICIAL') RETURNING id),
     ev AS (
       INSERT INTO member_event (member_id, kind, "on", decision_number, from_organization_id, to_organization_id, note, recorded_by)
       SELECT id, 'MOVED', $3, $4, $1, $2, 'sáp nhập / merge', $5 FROM moved RETURNING member_id)
     INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes, scope_path)
     SELECT $5, 'mergeOrganizations', 'Member', member_id,
            jsonb_build_object('organizationId', jsonb_build_object('from', $1::text, 'to', $2::text)), $6 FROM ev`,
    [source.id, target.id, on, decision?.trim() || null, ctx.user?.id ?? null, target.path],
  );
}

export function mergeOrganizations(ctx: Context, input: MergeOrganizationsInput): Promise<Organization> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const errors = new FieldErrors();
    errors.check(input.sourceIds.length > 0, 'sourceIds', 'mergeNoSources');
    errors.check(new Set(input.sourceIds).size === input.sourceIds.length, 'sourceIds', 'mergeDuplicate');
    errors.check(!input.sourceIds.includes(input.targetId), 'targetId', 'mergeSelf');
    errors.throwIfAny();
    const target = await lockInScope(ctx, input.targetId);
    assertMayWrite(user, target);
    const targetClosed = checkActive(target.status, target.code);
    if (targetClosed) throw ruleViolation(targetClosed);
    const sources: Organization[] = [];
    for (const id of input.sourceIds) {
      const source = await lockInScope(ctx, id);
      assertMayWrite(user, source);
      sources.push(source);
    }
    for (const source of sources) {
      const breach =
        checkActive(source.status, source.code) ??
        checkMergeLevel(source.kind, target.kind, source.code) ??
        checkNotInside(target.path, source.path, source.code);
      if (breach) throw ruleViolation(breach);
      checkClosingDate(errors, input.on, source);
    }
    errors.throwIfAny();
    for (const source of sources) {
      const moving = await db(ctx)
        .createQueryBuilder(Organization, 'o')
        .where('o.parent_id = :id', { id: source.id })
        .andWhere("o.status = 'ACTIVE'")
        .orderBy('o.code')
        .setLock('pessimistic_write')
        .getMany();
      for (const child of moving) {
        const breach = checkParentKind(child.kind, target.kind);
        if (breach) throw ruleViolation(breach);
        await moveSubtree(ctx, child, target, 'mergeOrganizations', input.on, input.decisionNumber);
      }
      await moveMembers(ctx, source, target, input.on, input.decisionNumber);
      await endPlacementsAt(ctx, [source.id], input.on, 'mergeOrganizations');
      await save(ctx, 'mergeOrganizations', source, {
        status: 'MERGED',
        closedOn: input.on,
        closingDecisionNumber: input.decisionNumber?.trim() || null,
        mergedIntoId: target.id,
      });
      for (const [organizationId, kind, otherId] of [
        [source.id, 'MERGED', target.id],
        [target.id, 'ABSORBED', source.id],
      ] as const)
        await recordOrganizationEvent(ctx, {
          organizationId,
          kind,
          on: input.on,
          decisionNumber: input.decisionNumber,
          otherId,
        });
    }
    await audit(ctx, {
      action: 'mergeOrganizations',
      entityType: 'Organization',
      entityId: target.id,
      changes: { mergedFrom: { from: null, to: sources.map((s) => s.code) } },
      scopePath: target.path,
    });
    return lockInScope(ctx, target.id);
  });
}

/**
 * Chuyển tổ chức đảng trực thuộc. Every moved organisation and the new
 * parent must lie in the caller's scope (so the old parent does too, or the
 * caller could not write the organisation); the caller must be allowed to
 * change each one. The moves run in order in one transaction: a refusal of
 * any leaves everything as it was.
 */
export function moveOrganizations(ctx: Context, input: MoveOrganizationsInput): Promise<Organization[]> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const errors = new FieldErrors();
    errors.check(input.ids.length > 0, 'ids', 'moveNone');
    errors.check(new Set(input.ids).size === input.ids.length, 'ids', 'mergeDuplicate');
    errors.check(!input.ids.includes(input.newParentId), 'newParentId', 'moveSelf');
    errors.throwIfAny();
    const parent = await lockInScope(ctx, input.newParentId);
    const closed = checkActive(parent.status, parent.code);
    if (closed) throw ruleViolation(closed);
    if (parent.establishedOn)
      errors.check(input.on >= parent.establishedOn, 'on', 'dateBefore', { date: parent.establishedOn });
    const moved: string[] = [];
    for (const id of input.ids) {
      // read afresh: an earlier move in this call may have rewritten this organisation's path
      const org = await lockInScope(ctx, id);
      assertMayWrite(user, org);
      const breach =
        checkActive(org.status, org.code) ??
        checkNotInside(parent.path, org.path, org.code, 'move') ??
        checkParentKind(org.kind, parent.kind);
      if (breach) throw ruleViolation(breach);
      errors.check(org.parentId !== parent.id, 'newParentId', 'moveSameParent');
      checkClosingDate(errors, input.on, org);
      errors.throwIfAny();
      await moveSubtree(ctx, org, parent, 'moveOrganizations', input.on, input.decisionNumber);
      moved.push(org.id);
    }
    return Promise.all(moved.map((id) => lockInScope(ctx, id)));
  });
}

/**
 * Kết thúc hoạt động: a committee (the district committees on 1 July 2025)
 * ends operations once its organisations were moved, merged or dissolved
 * and no member is left in it. It is not a dissolution: the record and its
 * history stay readable.
 */
export function endOrganization(ctx: Context, input: EndOrganizationInput): Promise<Organization> {
  return closeOrganization(ctx, input, 'ENDED');
}
