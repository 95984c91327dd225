import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { withTransaction } from '../../graphql/transaction.js';
import type { Organization } from './organization.entity.js';
import type { EndOrganizationInput, MoveOrganizationsInput } from './organization.inputs.js';
import { checkActive, checkNotInside, checkParentKind } from './organization.rules.js';
import {
  assertMayWrite,
  checkClosingDate,
  closeOrganization,
  lockInScope,
  moveSubtree,
} from './organization.service.js';

/**
 * The 2025 reorganisation (Hướng dẫn 31-HD/BTCTW, 2025): organisations moved
 * under another parent with everything below them, and committees that end
 * operations once nothing active is left under them.
 */

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
