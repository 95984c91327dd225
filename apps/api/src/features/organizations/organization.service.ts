import { foldSearch, type OrganizationKind } from '@dangvu/schema';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { applyScope, requireUser, scopePrefix } from '../../auth/scope.js';
import { type AuthUser, type Context, loader } from '../../graphql/context.js';
import { conflict, duplicate, FieldErrors, forbidden, notFound, ruleViolation } from '../../graphql/errors.js';
import { currentLang } from '../../graphql/i18n.js';
import { type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { transaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { Organization } from './organization.entity.js';
import type {
  CreateOrganizationInput,
  DissolveOrganizationInput,
  MergeOrganizationsInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import {
  checkActive,
  checkMembersFitTarget,
  checkMergeLevel,
  checkNoActiveChildren,
  checkNoMembers,
  checkNotInside,
  checkParentKind,
} from './organization.rules.js';

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

/** Escapes LIKE wildcards in user text. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function scoped(ctx: Context, m: EntityManager = ctx.ds.manager) {
  return applyScope(m.createQueryBuilder(Organization, 'o'), ctx, 'o.path');
}

/** The materialized path of an organisation, whatever the scope (for audit entries and scope checks of records already found). */
export async function pathOf(m: EntityManager, id: string): Promise<string> {
  const [{ path }] = await m.query('SELECT path FROM organization WHERE id = $1', [id]);
  return path;
}

/** An organisation within the caller's scope, or null (out of scope reads as absent). */
export async function findOrganization(ctx: Context, id: string, m?: EntityManager, lock = false) {
  if (!m) return organizationById(ctx, id);
  const qb = scoped(ctx, m).andWhere('o.id::text = :id', { id });
  if (lock) qb.setLock('pessimistic_write');
  return qb.getOne();
}

export function organizationById(ctx: Context, id: string): Promise<Organization | null> {
  const l = loader(
    ctx,
    'organizationById',
    () =>
      new DataLoader<string, Organization | null>(async (ids) => {
        const rows = await scoped(ctx).andWhere('o.id::text IN (:...ids)', { ids }).getMany();
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
  return l.load(id);
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
        const qb = scoped(ctx).andWhere('o.parent_id::text IN (:...ids)', { ids }).orderBy('o.code');
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

/** A subtree root named by a filter: must lie within scope, else NOT_FOUND. */
export async function subtreePath(ctx: Context, withinId: string | null | undefined): Promise<string | null> {
  if (!withinId) return scopePrefix(ctx);
  const org = await organizationById(ctx, withinId);
  if (!org) throw notFound(ORGANIZATION);
  return org.path;
}

export async function listOrganizations(
  ctx: Context,
  filter: OrganizationFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<Organization>> {
  const { limit, cursor } = pageArgs(first, after);
  const qb = scoped(ctx);
  const within = await subtreePath(ctx, filter.withinId);
  if (within) qb.andWhere('o.path LIKE :within', { within: `${likeEscape(within)}%` });
  if (filter.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.sectors?.length) qb.andWhere('o.sector IN (:...sectors)', { sectors: filter.sectors });
  if (filter.statuses?.length) qb.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
  foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .forEach((word, i) => {
      qb.andWhere(`o.search_text LIKE :w${i}`, { [`w${i}`]: `%${likeEscape(word)}%` });
    });
  const totalCount = await qb.clone().getCount();
  if (cursor) qb.andWhere('o.code > :after', { after: String(cursor[0]) });
  const rows = await qb
    .orderBy('o.code')
    .limit(limit + 1)
    .getMany();
  return pageOf(
    rows.map((o) => ({ node: o, key: [o.code] })),
    limit,
    totalCount,
  );
}

// ── writes ──────────────────────────────────────────────────────────────

/**
 * Who may change an organisation already found in scope: ADMIN any; a
 * DISTRICT_ADMIN anything below its own organisation; a COMMUNE_ADMIN only
 * the cells directly under its grassroots organisation.
 */
function assertMayWrite(user: AuthUser, org: Organization): void {
  if (user.role === 'ADMIN') return;
  if (user.role === 'DISTRICT_ADMIN' && org.id !== user.scopeId) return;
  if (user.role === 'COMMUNE_ADMIN' && org.kind === 'SUBORDINATE_CELL' && org.parentId === user.scopeId) return;
  throw forbidden();
}

function assertMayCreate(user: AuthUser, parent: Organization | null, kind: OrganizationKind): void {
  if (user.role === 'ADMIN') return;
  if (!parent) throw forbidden();
  if (user.role === 'DISTRICT_ADMIN') return;
  if (user.role === 'COMMUNE_ADMIN' && parent.id === user.scopeId && kind === 'SUBORDINATE_CELL') return;
  throw forbidden();
}

async function lockInScope(ctx: Context, m: EntityManager, id: string): Promise<Organization> {
  const org = await findOrganization(ctx, id, m, true);
  if (!org) throw notFound(ORGANIZATION);
  return org;
}

function checkText(errors: FieldErrors, field: string, value: string, max: number) {
  errors.check(value.length > 0, field, 'required');
  errors.check(value.length <= max, field, 'tooLong', { max });
}

async function assertCodeFree(m: EntityManager, code: string, exceptId?: string) {
  const rows = await m.query('SELECT 1 FROM organization WHERE code = $1 AND id::text <> $2', [code, exceptId ?? '']);
  if (rows.length) throw duplicate(['input', 'code'], currentLang() === 'en' ? 'Code' : 'Mã', code);
}

function snapshot(o: Organization): Record<string, unknown> {
  return { ...o };
}

export function createOrganization(ctx: Context, input: CreateOrganizationInput): Promise<Organization> {
  const user = requireUser(ctx);
  return transaction(ctx, async (m) => {
    const parent = input.parentId ? await lockInScope(ctx, m, input.parentId) : null;
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
    await assertCodeFree(m, code);
    const [{ id }] = await m.query('SELECT gen_random_uuid() AS id');
    const org = m.create(Organization, {
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
    await m.insert(Organization, org);
    await audit(m, ctx, {
      action: 'createOrganization',
      entityType: 'Organization',
      entityId: id,
      changes: diff(null, snapshot(org), AUDIT_FIELDS),
      scopePath: org.path,
    });
    return lockInScope(ctx, m, id);
  });
}

/** Saves changed fields with the version check already done; bumps the version; audits. */
async function save(
  ctx: Context,
  m: EntityManager,
  action: string,
  before: Organization,
  changes: Partial<Organization>,
) {
  const after = { ...before, ...changes, version: before.version + 1 };
  await m.update(Organization, { id: before.id }, {
    ...changes,
    version: after.version,
    updatedAt: () => 'now()',
  } as never);
  await audit(m, ctx, {
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
  return transaction(ctx, async (m) => {
    const org = await lockInScope(ctx, m, input.id);
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
    if (code !== org.code) await assertCodeFree(m, code, org.id);
    await save(ctx, m, 'updateOrganization', org, {
      code,
      name,
      sector: input.sector ?? org.sector,
      searchText: foldSearch(`${code} ${name}`),
    });
    return lockInScope(ctx, m, org.id);
  });
}

function checkClosingDate(errors: FieldErrors, on: string, org: Organization, field = 'on') {
  errors.check(isLocalDate(on) && on <= today(), field, 'dateInFuture');
  if (org.establishedOn) errors.check(on >= org.establishedOn, field, 'dateBefore', { date: org.establishedOn });
}

export function dissolveOrganization(ctx: Context, input: DissolveOrganizationInput): Promise<Organization> {
  const user = requireUser(ctx);
  return transaction(ctx, async (m) => {
    const org = await lockInScope(ctx, m, input.id);
    assertMayWrite(user, org);
    checkVersion(org, input.version);
    const errors = new FieldErrors();
    checkClosingDate(errors, input.on, org);
    errors.throwIfAny();
    const [{ children, members }] = await m.query(
      `SELECT (SELECT count(*)::int FROM organization WHERE parent_id = $1 AND status = 'ACTIVE') AS children,
              (SELECT count(*)::int FROM member WHERE organization_id = $1 AND status IN ('PROBATIONARY','OFFICIAL')) AS members`,
      [org.id],
    );
    const breach =
      checkActive(org.status, org.code) ??
      checkNoActiveChildren(children, org.code) ??
      checkNoMembers(members, org.code);
    if (breach) throw ruleViolation(breach);
    await save(ctx, m, 'dissolveOrganization', org, {
      status: 'DISSOLVED',
      closedOn: input.on,
      closingDecisionNumber: input.decisionNumber?.trim() || null,
    });
    return lockInScope(ctx, m, org.id);
  });
}

/** Moves an organisation and its whole subtree under a new parent (paths rewritten in one statement). */
async function moveSubtree(ctx: Context, m: EntityManager, org: Organization, parent: Organization, action: string) {
  const newPath = `${parent.path}${org.id}/`;
  await m.query('UPDATE organization SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $3', [
    org.path,
    newPath,
    `${likeEscape(org.path)}%`,
  ]);
  await save(ctx, m, action, { ...org, path: newPath } as Organization, { parentId: parent.id });
  // The audit entry above records parentId; the path is derived.
}

/** Moves the current members of a merged cell into the target, each with a MOVED event and an audit entry. */
async function moveMembers(
  ctx: Context,
  m: EntityManager,
  source: Organization,
  target: Organization,
  on: string,
  decision?: string | null,
) {
  const [{ n }] = await m.query(
    `SELECT count(*)::int AS n FROM member WHERE organization_id = $1 AND status IN ('PROBATIONARY','OFFICIAL')`,
    [source.id],
  );
  const breach = checkMembersFitTarget(n, target.kind, source.code);
  if (breach) throw ruleViolation(breach);
  if (n === 0) return;
  await m.query(
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
  return transaction(ctx, async (m) => {
    const errors = new FieldErrors();
    errors.check(input.sourceIds.length > 0, 'sourceIds', 'mergeNoSources');
    errors.check(new Set(input.sourceIds).size === input.sourceIds.length, 'sourceIds', 'mergeDuplicate');
    errors.check(!input.sourceIds.includes(input.targetId), 'targetId', 'mergeSelf');
    errors.throwIfAny();
    const target = await lockInScope(ctx, m, input.targetId);
    assertMayWrite(user, target);
    const targetClosed = checkActive(target.status, target.code);
    if (targetClosed) throw ruleViolation(targetClosed);
    const sources: Organization[] = [];
    for (const id of input.sourceIds) {
      const source = await lockInScope(ctx, m, id);
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
      const moving = await m
        .createQueryBuilder(Organization, 'o')
        .where('o.parent_id = :id', { id: source.id })
        .andWhere("o.status = 'ACTIVE'")
        .orderBy('o.code')
        .setLock('pessimistic_write')
        .getMany();
      for (const child of moving) {
        const breach = checkParentKind(child.kind, target.kind);
        if (breach) throw ruleViolation(breach);
        await moveSubtree(ctx, m, child, target, 'mergeOrganizations');
      }
      await moveMembers(ctx, m, source, target, input.on, input.decisionNumber);
      await save(ctx, m, 'mergeOrganizations', source, {
        status: 'MERGED',
        closedOn: input.on,
        closingDecisionNumber: input.decisionNumber?.trim() || null,
        mergedIntoId: target.id,
      });
    }
    await audit(m, ctx, {
      action: 'mergeOrganizations',
      entityType: 'Organization',
      entityId: target.id,
      changes: { mergedFrom: { from: null, to: sources.map((s) => s.code) } },
      scopePath: target.path,
    });
    return lockInScope(ctx, m, target.id);
  });
}

/**
 * An organisation by id whatever the caller's scope: only for naming the
 * cell of a record the caller already sees (a member's cell, the two ends
 * of a transfer addressed to it).
 */
export function organizationNamedBy(ctx: Context, id: string): Promise<Organization | null> {
  const l = loader(
    ctx,
    'organizationNamedBy',
    () =>
      new DataLoader<string, Organization | null>(async (ids) => {
        const rows = await ctx.ds.manager
          .createQueryBuilder(Organization, 'o')
          .where('o.id::text IN (:...ids)', { ids })
          .getMany();
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );
  return l.load(id);
}

/** Members whose cell lies in each organisation's subtree, by status; one query per request batch. */
export function memberCount(ctx: Context, org: Organization, statuses: readonly string[]): Promise<number> {
  const key = [...statuses].sort().join(',');
  const l = loader(
    ctx,
    `memberCount:${key}`,
    () =>
      new DataLoader<string, number>(async (ids) => {
        const rows: { id: string; n: number }[] = await ctx.ds.query(
          `SELECT t.id, count(m.id)::int AS n
             FROM organization t
             JOIN organization c ON c.path LIKE t.path || '%'
             JOIN member m ON m.organization_id = c.id AND m.status = ANY($2::text[])
            WHERE t.id = ANY($1::uuid[])
            GROUP BY t.id`,
          [ids, statuses],
        );
        return ids.map((id) => rows.find((r) => r.id === id)?.n ?? 0);
      }),
  );
  return l.load(org.id);
}
