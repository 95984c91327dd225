import type { EntityManager } from 'typeorm';
import { applyScope } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { notFound, ruleViolation } from '../../graphql/errors.js';
import { Organization } from '../organizations/organization.entity.js';
import { checkActive } from '../organizations/organization.rules.js';
import { findOrganization, ORGANIZATION } from '../organizations/organization.service.js';
import { Member } from './member.entity.js';
import { checkIsCell } from './member.rules.js';

export const MEMBER = { vi: 'đảng viên', en: 'Member' };

/** Members whose cell lies in the caller's scope. */
export function scopedMembers(ctx: Context, m: EntityManager = ctx.ds.manager) {
  return applyScope(
    m.createQueryBuilder(Member, 'm').innerJoin(Organization, 'o', 'o.id = m.organization_id'),
    ctx,
    'o.path',
  );
}

/** A member in scope, locked for the mutation; NOT_FOUND otherwise. */
export async function lockMember(ctx: Context, m: EntityManager, id: string): Promise<Member> {
  const member = await scopedMembers(ctx, m)
    .andWhere('m.id::text = :id', { id })
    .setLock('pessimistic_write', undefined, ['m'])
    .getOne();
  if (!member) throw notFound(MEMBER);
  return member;
}

/** An active cell in scope for a new or moving member. */
export async function activeCellInScope(ctx: Context, m: EntityManager, id: string): Promise<Organization> {
  const org = await findOrganization(ctx, id, m, true);
  if (!org) throw notFound(ORGANIZATION);
  const breach = checkActive(org.status, org.code) ?? checkIsCell(org.kind, org.code);
  if (breach) throw ruleViolation(breach);
  return org;
}
