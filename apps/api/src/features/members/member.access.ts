import { applySubtree, MEMBER_COLUMNS, type Subtree } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { notFound, ruleViolation } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import type { Organization } from '../organizations/organization.entity.js';
import { checkActive } from '../organizations/organization.rules.js';
import { findOrganization, ORGANIZATION } from '../organizations/organization.service.js';
import { Member } from './member.entity.js';
import { checkIsCell } from './member.rules.js';

export const MEMBER = { vi: 'đảng viên', en: 'Member' };

/** Members whose cell lies in the caller's scope (through the request's transaction inside a mutation). */
export function scopedMembers(ctx: Context, within?: Subtree | null) {
  return applySubtree(db(ctx).createQueryBuilder(Member, 'm'), ctx, within, MEMBER_COLUMNS);
}

/** A member in scope, locked for the mutation; NOT_FOUND otherwise. */
export async function lockMember(ctx: Context, id: string): Promise<Member> {
  const member = isUuid(id)
    ? await scopedMembers(ctx).andWhere('m.id = :id', { id }).setLock('pessimistic_write', undefined, ['m']).getOne()
    : null;
  if (!member) throw notFound(MEMBER);
  return member;
}

/** An active cell in scope for a new or moving member. */
export async function activeCellInScope(ctx: Context, id: string): Promise<Organization> {
  const org = await findOrganization(ctx, id, true);
  if (!org) throw notFound(ORGANIZATION);
  const breach = checkActive(org.status, org.code) ?? checkIsCell(org.kind, org.code);
  if (breach) throw ruleViolation(breach);
  return org;
}
