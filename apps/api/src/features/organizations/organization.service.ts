import { randomUUID } from 'node:crypto';
import { foldSearch, mayCreateOrganization, type OrganizationKind } from '@dangvu/schema';
import DataLoader from 'dataloader';
import { applyScope, likeEscape, requireUser, type Subtree, scopeSubtree } from '../../auth/scope.js';
import { type AuthUser, type Context, loadById, loader } from '../../graphql/context.js';
import { conflict, duplicate, FieldErrors, forbidden, notFound, ruleViolation } from '../../graphql/errors.js';
import { currentLang } from '../../graphql/i18n.js';
import { countRows, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isLocalDate, isUuid, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { endPlacementsAt } from '../cadres/placement.service.js';
import { rollupCount } from '../members/member.rollup.js';
import { Organization } from './organization.entity.js';
import type {
  CreateOrganizationInput,
  DissolveOrganizationInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import { checkActive, checkNoActiveChildren, checkNoMembers, checkParentKind } from './organization.rules.js';
import { recordOrganizationEvent } from './organization-events.js';

export const ORGANIZATION = { vi: 'tổ chức đảng', en: 'Organisation' };
const AUDIT_FIELDS = [
  'code',
  'name',
  'kind',
  'sector',
  'status',
  'parentId',
  'establishedOn',
  'decisionNumber',
  'closedOn',
  'closingDecisionNumber',
  'mergedIntoId',
];
const CODE = /^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/;

function scoped(ctx: Context) {
  return applyScope(db(ctx).createQueryBuilder(Organization, 'o'), ctx, 'o.path');
}

/** An organisation within the caller's scope, or null (out of scope, or not an id, reads as absent). */
export async function findOrganization(ctx: Context, id: string, lock = false): Promise<Organization | null> {
  if (!lock) return organizationById(ctx, id);
  if (!isUuid(id)) return null;
  return scoped(ctx).andWhere('o.id = :id', { id }).setLock('pessimistic_write').getOne();
}

export function organizationById(ctx: Context, id: string): Promise<Organization | null> {
  return loadById(ctx, 'organizationById', id, (ids) => scoped(ctx).andWhere('o.id IN (:...ids)', { ids }).getMany());
}

export function organizationByCode(ctx: Context, code: string) {
  return scoped(ctx).andWhere('o.code = :code', { code: code.trim().toUpperCase() }).getOne();
}

/** The caller's scope organisation; for ADMIN the roots of the tree. */
export async function roots(ctx: Context): Promise<Organization[]> {
  const user = requireUser(ctx);
  if (user.role !== 'ADMIN') {
    const own = user.scopeId ? await organizationById(ctx, user.scopeId) : null;
    return own ? [own] : [];
  }
  return scoped(ctx).andWhere('o.parent_id IS NULL').orderBy('o.code').getMany();
}

export function children(ctx: Context, parentId: string, includeInactive: boolean): Promise<Organization[]> {
  const l = loader(
    ctx,
    `children:${includeInactive}`,
    () =>
      new DataLoader<string, Organization[]>(async (ids) => {
        const qb = scoped(ctx).andWhere('o.parent_id IN (:...ids)', { ids }).orderBy('o.code');
        if (!includeInactive) qb.andWhere("o.status = 'ACTIVE'");
        const rows = await qb.getMany();
        return ids.map((id) => rows.filter((r) => r.parentId === id));
      }),
  );
  return l.load(parentId);
}

/** From the root down to the parent, limited to what the caller may see. */
export async function ancestors(ctx: Context, org: Organization): Promise<Organization[]> {
  const ids = org.path.split('/').filter(Boolean).slice(0, -1);
  const found = await Promise.all(ids.map((id) => organizationById(ctx, id)));
  return found.filter((o): o is Organization => o !== null);
}

/** A subtree named by a filter (`withinId`): must lie within scope, else NOT_FOUND; null when not given. */
export async function subtreeOf(ctx: Context, withinId: string | null | undefined): Promise<Subtree | null> {
  if (!withinId) return null;
  const org = await organizationById(ctx, withinId);
  if (!org) throw notFound(ORGANIZATION);
  return { id: org.id, path: org.path };
}

/** The subtree an argument names (`withinId: ID!`): within scope, else NOT_FOUND, an empty id too. */
export async function namedSubtree(ctx: Context, withinId: string): Promise<Subtree> {
  const root = await subtreeOf(ctx, withinId);
  if (!root) throw notFound(ORGANIZATION);
  return root;
}

export async function listOrganizations(
  ctx: Context,
  filter: OrganizationFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<Organization>> {
  const { limit, cursor } = pageArgs(first, after);
  const qb = applyScope(scoped(ctx), ctx, 'o.path', await subtreeOf(ctx, filter.withinId));
  if (filter.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.sectors?.length) qb.andWhere('o.sector IN (:...sectors)', { sectors: filter.sectors });
  if (filter.statuses?.length) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
  foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .forEach((word, i) => {
      qb.andWhere(`o.search_text LIKE :w${i}`, { [`w${i}`]: `%${likeEscape(word)}%` });
    });
  const count = () => countRows(qb.clone());
  if (cursor) qb.andWhere('o.code > :after', { after: String(cursor[0]) });
  const rows = await qb
    .orderBy('o.code')
    .limit(limit + 1)
    .getMany();
  return pageOf(
    rows.map((o) => ({ node: o, key: [o.code] })),
    limit,
    count,
  );
}

// ── writes ──────────────────────────────────────────────────────────────

/**
 * Who may change an organisation already found in scope: ADMIN any; a
 * DISTRICT_ADMIN anything below its own organisation; a COMMUNE_ADMIN only
 * the cells directly under its grassroots organisation.
 */
export function assertMayWrite(user: AuthUser, org: Organization): void {
  if (user.role === 'ADMIN') return;
  if (user.role === 'DISTRICT_ADMIN' && org.id !== user.scopeId) return;
  if (user.role === 'COMMUNE_ADMIN' && org.kind === 'SUBORDINATE_CELL' && org.parentId === user.scopeId) return;
  throw forbidden();
}

/** Who may create what where: mayCreateOrganization (@dangvu/schema), which the admin app offers by. */
function assertMayCreate(user: AuthUser, parent: Organization | null, kind: OrganizationKind): void {
  if (!mayCreateOrganization(user, parent, kind)) throw forbidden();
}

export async function lockInScope(ctx: Context, id: string): Promise<Organization> {
  const org = await findOrganization(ctx, id, true);
  if (!org) throw notFound(ORGANIZATION);
  return org;
}

function checkText(errors: FieldErrors, field: string, value: string, max: number) {
  errors.check(value.length > 0, field, 'required');
  errors.check(value.length <= max, field, 'tooLong', { max });
}

async function assertCodeFree(ctx: Context, code: string, exceptId?: string) {
  const rows = exceptId
    ? await db(ctx).query('SELECT 1 FROM organization WHERE code = $1 AND id <> $2', [code, exceptId])
    : await db(ctx).query('SELECT 1 FROM organization WHERE code = $1', [code]);
  if (rows.length) throw duplicate(['input', 'code'], currentLang() === 'en' ? 'Code' : 'Mã', code);
}

function snapshot(o: Organization): Record<string, unknown> {
  return { ...o };
}

export function createOrganization(ctx: Context, input: CreateOrganizationInput): Promise<Organization> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const parent = input.parentId ? await lockInScope(ctx, input.parentId) : null;
    assertMayCreate(user, parent, input.kind);
    const errors = new FieldErrors();
    const code = input.code.trim().toUpperCase();
    const name = input.name.trim();
    checkText(errors, 'code', code, 40);
    errors.check(code === '' || CODE.test(code), 'code', 'codeFormat');
    checkText(errors, 'name', name, 200);
    errors.check(input.establishedOn <= today(), 'establishedOn', 'dateInFuture');
    errors.check((input.decisionNumber ?? '').length <= 100, 'decisionNumber', 'tooLong', { max: 100 });
    errors.throwIfAny();
    const breach =
      (parent && checkActive(parent.status, parent.code)) || checkParentKind(input.kind, parent?.kind ?? null);
    if (breach) throw ruleViolation(breach);
    await assertCodeFree(ctx, code);
    const id = randomUUID();
    const org = db(ctx).create(Organization, {
      id,
      code,
      name,
      searchText: foldSearch(`${code} ${name}`),
      kind: input.kind,
      sector: input.sector,
      status: 'ACTIVE',
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      establishedOn: input.establishedOn,
      decisionNumber: input.decisionNumber?.trim() || null,
      closedOn: null,
      closingDecisionNumber: null,
      mergedIntoId: null,
      version: 1,
    });
    await db(ctx).insert(Organization, org);
    await recordOrganizationEvent(ctx, {
      organizationId: id,
      kind: 'FOUNDED',
      on: input.establishedOn,
      decisionNumber: org.decisionNumber,
    });
    await audit(ctx, {
      action: 'createOrganization',
      entityType: 'Organization',
      entityId: id,
      changes: diff(null, snapshot(org), AUDIT_FIELDS),
      scopePath: org.path,
    });
    return lockInScope(ctx, id);
  });
}

/** Saves changed fields with the version check already done; bumps the version; audits. */
export async function save(ctx: Context, action: string, before: Organization, changes: Partial<Organization>) {
  const after = { ...before, ...changes, version: before.version + 1 };
  await db(ctx).update(Organization, { id: before.id }, {
    ...changes,
    version: after.version,
    updatedAt: () => 'now()',
  } as never);
  await audit(ctx, {
    action,
    entityType: 'Organization',
    entityId: before.id,
    changes: diff(snapshot(before), after, AUDIT_FIELDS),
    scopePath: before.path,
  });
}

function checkVersion(org: Organization, version: number) {
  if (org.version !== version) throw conflict(org.version, version);
}

export function updateOrganization(ctx: Context, input: UpdateOrganizationInput): Promise<Organization> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await lockInScope(ctx, input.id);
    assertMayWrite(user, org);
    checkVersion(org, input.version);
    const breach = checkActive(org.status, org.code);
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors();
    const code = input.code != null ? input.code.trim().toUpperCase() : org.code;
    const name = input.name != null ? input.name.trim() : org.name;
    checkText(errors, 'code', code, 40);
    errors.check(code === '' || CODE.test(code), 'code', 'codeFormat');
    checkText(errors, 'name', name, 200);
    errors.throwIfAny();
    if (code !== org.code) await assertCodeFree(ctx, code, org.id);
    if (name !== org.name)
      await recordOrganizationEvent(ctx, {
        organizationId: org.id,
        kind: 'RENAMED',
        on: today(),
        previousName: org.name,
      });
    await save(ctx, 'updateOrganization', org, {
      code,
      name,
      sector: input.sector ?? org.sector,
      searchText: foldSearch(`${code} ${name}`),
    });
    return lockInScope(ctx, org.id);
  });
}

export function checkClosingDate(errors: FieldErrors, on: string, org: Organization, field = 'on') {
  errors.check(isLocalDate(on) && on <= today(), field, 'dateInFuture');
  if (org.establishedOn) errors.check(on >= org.establishedOn, field, 'dateBefore', { date: org.establishedOn });
}

/** An organisation is dissolved or ends only while active, with no active organisation and no member left under it. */
async function assertMayClose(ctx: Context, org: Organization): Promise<void> {
  const [{ children, members }] = await db(ctx).query(
    `SELECT (SELECT count(*)::int FROM organization WHERE parent_id = $1 AND status = 'ACTIVE') AS children,
            (SELECT count(*)::int FROM member WHERE organization_id = $1 AND status IN ('PROBATIONARY','OFFICIAL')) AS members`,
    [org.id],
  );
  const breach =
    checkActive(org.status, org.code) ?? checkNoActiveChildren(children, org.code) ?? checkNoMembers(members, org.code);
  if (breach) throw ruleViolation(breach);
}

/**
 * Closes an organisation on a date, as DISSOLVED (giải thể) or ENDED (kết
 * thúc hoạt động), once nothing active is left under it; audited, with the
 * matching event in its history; the placements held at it end that day.
 */
export function closeOrganization(
  ctx: Context,
  input: DissolveOrganizationInput,
  status: 'DISSOLVED' | 'ENDED',
): Promise<Organization> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await lockInScope(ctx, input.id);
    assertMayWrite(user, org);
    checkVersion(org, input.version);
    return closeLocked(ctx, org, input, status, status === 'DISSOLVED' ? 'dissolveOrganization' : 'endOrganization');
  });
}

/**
 * The effects of closing an organisation already locked in the caller's
 * scope (who may close it is the caller's to check), inside the caller's
 * transaction: the dissolve rules, the placements ended, the audit entry
 * and the event. Also the effect of a DISSOLUTION discipline
 * (features/inspections), under `action`.
 */
export async function closeLocked(
  ctx: Context,
  org: Organization,
  input: { on: string; decisionNumber?: string | null },
  status: 'DISSOLVED' | 'ENDED',
  action: string,
): Promise<Organization> {
  const errors = new FieldErrors();
  checkClosingDate(errors, input.on, org);
  errors.throwIfAny();
  await assertMayClose(ctx, org);
  await endPlacementsAt(ctx, [org.id], input.on, action);
  await save(ctx, action, org, {
    status,
    closedOn: input.on,
    closingDecisionNumber: input.decisionNumber?.trim() || null,
  });
  await recordOrganizationEvent(ctx, {
    organizationId: org.id,
    kind: status,
    on: input.on,
    decisionNumber: input.decisionNumber,
  });
  return lockInScope(ctx, org.id);
}

export function dissolveOrganization(ctx: Context, input: DissolveOrganizationInput): Promise<Organization> {
  return closeOrganization(ctx, input, 'DISSOLVED');
}

/**
 * Members the caller may see whose cell is in each organisation's subtree,
 * by status: summed from the per-cell rollups (member_rollup), in one query
 * per request batch. An organisation outside the scope (one named by a
 * transfer) counts only the part of its subtree inside the scope: nothing.
 */
export function memberCount(ctx: Context, org: Organization, statuses: readonly string[]): Promise<number> {
  const scope = scopeSubtree(ctx);
  const root =
    !scope || org.path.startsWith(scope.path) ? org.path : scope.path.startsWith(org.path) ? scope.path : null;
  if (!root) return Promise.resolve(0);
  return rollupCount(ctx, root, statuses);
}
