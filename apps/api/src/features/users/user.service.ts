import { ORGANIZATION_KIND_LABELS, ROLE_LABELS, type Role } from '@dangvu/schema';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../auth/password.js';
import { requireUser, scopeClause } from '../../auth/scope.js';
import { revokeSessions } from '../../auth/session.service.js';
import { type Context, loadById } from '../../graphql/context.js';
import { conflict, duplicate, FieldErrors, forbidden, notFound } from '../../graphql/errors.js';
import { currentLang } from '../../graphql/i18n.js';
import { pageArgs } from '../../graphql/pagination.js';
import { isUuid } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff, secretChange } from '../audit/audit.service.js';
import { findOrganization } from '../organizations/organization.service.js';
import { USER_AUDIT_FIELDS, User } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput } from './user.inputs.js';
import { mayManageRole, SCOPE_KINDS, scopeFits } from './user.rules.js';

const USER = { vi: 'người dùng', en: 'User' };
const USERNAME = /^[a-z0-9._-]{3,40}$/;

type Row = Record<string, unknown>;
function toUser(r: Row): User & { scopePath: string | null } {
  return Object.assign(new User(), {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    scopeId: r.scope_id,
    active: r.active,
    lastLoginAt: r.last_login_at,
    version: r.version,
    scopePath: (r.scope_path as string | null) ?? null,
  });
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.scope_id, u.active, u.last_login_at, u.version,
                       o.path AS scope_path
                  FROM app_user u LEFT JOIN organization o ON o.id = u.scope_id`;

/** Users visible to the caller: ADMIN all; others those bound inside their subtree. */
async function visibleUsers(ctx: Context, extra: (param: (v: unknown) => string) => string, tail = '') {
  const params: unknown[] = [];
  const scope = scopeClause(ctx, 'o.path', params);
  const condition = extra((v) => `$${params.push(v)}`);
  const rows: Row[] = await db(ctx).query(`${SELECT} WHERE ${scope} ${condition} ${tail}`, params);
  return rows.map(toUser);
}

export function userById(ctx: Context, id: string): Promise<User | null> {
  return loadById(ctx, 'userById', id, (ids) => visibleUsers(ctx, (p) => `AND u.id = ANY(${p(ids)}::uuid[])`));
}

/** The users the caller may see, by user name; `after` is the id of the last user of the previous page. */
export async function listUsers(ctx: Context, first?: number | null, after?: string | null): Promise<User[]> {
  const { limit } = pageArgs(first, null);
  return visibleUsers(
    ctx,
    (p) =>
      after && isUuid(after)
        ? `AND (u.username, u.id) > (SELECT username, id FROM app_user WHERE id = ${p(after)})`
        : after
          ? 'AND FALSE'
          : '',
    `ORDER BY u.username, u.id LIMIT ${limit}`,
  );
}

async function lockVisible(ctx: Context, id: string) {
  const [user] = isUuid(id) ? await visibleUsers(ctx, (p) => `AND u.id = ${p(id)}`, 'FOR UPDATE OF u') : [];
  if (!user) throw notFound(USER);
  return user;
}

/** The scope organisation for a role: must exist in the caller's scope and be of the kind the role binds to. */
async function checkScope(ctx: Context, role: Role, scopeId: string | null | undefined, errors: FieldErrors) {
  if (role === 'ADMIN') {
    errors.check(!scopeId, 'scopeId', 'scopeNotAllowed');
    return null;
  }
  if (!scopeId) {
    errors.add('scopeId', 'scopeRequired');
    return null;
  }
  const org = await findOrganization(ctx, scopeId);
  if (!org) throw notFound({ vi: 'tổ chức', en: 'Organisation' });
  if (!scopeFits(role, org.kind)) {
    const lang = currentLang();
    errors.add('scopeId', 'scopeKind', {
      role: ROLE_LABELS[role][lang],
      kinds: SCOPE_KINDS[role].map((k) => ORGANIZATION_KIND_LABELS[k][lang]).join(' / '),
    });
  }
  return org;
}

export function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const me = requireUser(ctx);
  return withTransaction(ctx, async () => {
    if (!mayManageRole(me.role, input.role)) throw forbidden();
    const errors = new FieldErrors();
    const username = input.username.trim().toLowerCase();
    const displayName = input.displayName.trim();
    errors.check(USERNAME.test(username), 'username', 'usernameFormat');
    errors.check(displayName.length > 0, 'displayName', 'required');
    errors.check(displayName.length <= 120, 'displayName', 'tooLong', { max: 120 });
    errors.check(input.password.length >= MIN_PASSWORD_LENGTH, 'password', 'tooShort', { min: MIN_PASSWORD_LENGTH });
    const org = await checkScope(ctx, input.role, input.scopeId, errors);
    errors.throwIfAny();
    const taken = await db(ctx).query('SELECT 1 FROM app_user WHERE username = $1', [username]);
    if (taken.length)
      throw duplicate(['input', 'username'], currentLang() === 'en' ? 'User name' : 'Tên đăng nhập', username);
    const [{ id }] = await db(ctx).query(
      `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
      [username, displayName, await hashPassword(input.password), input.role, org?.id ?? null],
    );
    const created = await lockVisible(ctx, id);
    await audit(ctx, {
      action: 'createUser',
      entityType: 'User',
      entityId: id,
      changes: { ...diff(null, created as never, USER_AUDIT_FIELDS), ...secretChange('password') },
      scopePath: org?.path ?? null,
    });
    return created;
  });
}

export function updateUser(ctx: Context, input: UpdateUserInput): Promise<User> {
  const me = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const before = await lockVisible(ctx, input.id);
    if (!mayManageRole(me.role, before.role)) throw forbidden();
    if (input.role && !mayManageRole(me.role, input.role)) throw forbidden();
    if (before.version !== input.version) throw conflict(before.version, input.version);
    const errors = new FieldErrors();
    const role = input.role ?? before.role;
    const displayName = input.displayName?.trim() ?? before.displayName;
    errors.check(displayName.length > 0, 'displayName', 'required');
    errors.check(displayName.length <= 120, 'displayName', 'tooLong', { max: 120 });
    if (before.id === me.id) {
      errors.check(input.active !== false, 'active', 'selfDeactivate');
      errors.check(!input.role || input.role === before.role, 'role', 'selfRole');
    }
    const scopeId = input.scopeId !== undefined ? input.scopeId : role === 'ADMIN' ? null : before.scopeId;
    const org = await checkScope(ctx, role, scopeId, errors);
    errors.throwIfAny();
    const active = input.active ?? before.active;
    await db(ctx).query(
      `UPDATE app_user SET display_name = $2, role = $3, scope_id = $4, active = $5, version = version + 1, updated_at = now()
        WHERE id = $1`,
      [before.id, displayName, role, org?.id ?? null, active],
    );
    // A deactivated account, or one whose role or scope changed, loses its sessions at once.
    if (!active || role !== before.role || (org?.id ?? null) !== before.scopeId) await revokeSessions(ctx, before.id);
    const after = await lockVisible(ctx, before.id);
    await audit(ctx, {
      action: 'updateUser',
      entityType: 'User',
      entityId: before.id,
      changes: diff(before as never, after as never, USER_AUDIT_FIELDS),
      scopePath: org?.path ?? before.scopePath,
    });
    return after;
  });
}

export function resetPassword(ctx: Context, userId: string, newPassword: string): Promise<boolean> {
  const me = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const user = await lockVisible(ctx, userId);
    if (!mayManageRole(me.role, user.role)) throw forbidden();
    const errors = new FieldErrors([]);
    errors.check(newPassword.length >= MIN_PASSWORD_LENGTH, 'newPassword', 'tooShort', { min: MIN_PASSWORD_LENGTH });
    errors.throwIfAny();
    await db(ctx).query(
      'UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1',
      [user.id, await hashPassword(newPassword)],
    );
    await revokeSessions(ctx, user.id);
    await audit(ctx, {
      action: 'resetPassword',
      entityType: 'User',
      entityId: user.id,
      changes: secretChange('password'),
      scopePath: user.scopePath,
    });
    return true;
  });
}
