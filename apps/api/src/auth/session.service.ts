import { createHmac, randomBytes } from 'node:crypto';
import type { Role } from '@dangvu/schema';
import type { DataSource } from 'typeorm';
import { audit, secretChange } from '../features/audit/audit.service.js';
import type { AuthUser, Context } from '../graphql/context.js';
import { FieldErrors, unauthenticated } from '../graphql/errors.js';
import { db, withTransaction } from '../graphql/transaction.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import { requireUser } from './scope.js';
import { countAttempt, failureDelayMs } from './throttle.js';

export const SESSION_HOURS = 12;

let tokenSecret = '';
/** Set once at start: the secret tokens are hashed with before they are stored. */
export function setTokenSecret(secret: string): void {
  tokenSecret = secret;
}

function tokenHash(token: string): string {
  if (!tokenSecret) throw new Error('token secret not set');
  return createHmac('sha256', tokenSecret).update(token).digest('base64url');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const lockedOut = (seconds: number) => unauthenticated('lockedOut', { retryAfterSeconds: seconds }, { seconds });

export interface LoginResult {
  token: string;
  expiresAt: Date;
  userId: string;
}

/**
 * Signs in. An unknown user name, an inactive account and a wrong password
 * fail alike (same message, a password hash verified either way). Attempts
 * per user name are counted in the database before the password is checked,
 * so every API process shares them and a burst cannot outrun the lock:
 * answers slow down, then the name is refused for a while.
 */
export async function login(ctx: Context, rawUsername: string, password: string): Promise<LoginResult> {
  const username = rawUsername.trim().toLowerCase();
  const attempt = await countAttempt(ctx.ds, username);
  if (attempt.locked) throw lockedOut(attempt.seconds);
  const [row] = await db(ctx).query('SELECT id, password_hash, active FROM app_user WHERE username = $1', [username]);
  const ok = await verifyPassword(row?.password_hash ?? null, password);
  if (!row || !ok || !row.active) {
    if (attempt.lockSeconds > 0) throw lockedOut(attempt.lockSeconds);
    await sleep(failureDelayMs(attempt.n));
    throw unauthenticated('badCredentials');
  }
  return withTransaction(ctx, async () => {
    await db(ctx).query('DELETE FROM login_throttle WHERE username = $1', [username]);
    const token = `dv_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await db(ctx).query('INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, $3)', [
      row.id,
      tokenHash(token),
      expiresAt,
    ]);
    const [[prev]] = await db(ctx).query(
      `UPDATE app_user u SET last_login_at = now() FROM (SELECT last_login_at FROM app_user WHERE id = $1) p
        WHERE u.id = $1 RETURNING p.last_login_at AS before, u.last_login_at AS after,
              (SELECT path FROM organization WHERE id = u.scope_id) AS path`,
      [row.id],
    );
    await audit(
      ctx,
      {
        action: 'login',
        entityType: 'User',
        entityId: row.id,
        changes: { lastLoginAt: { from: prev.before, to: prev.after } },
        scopePath: prev.path,
      },
      row.id,
    );
    return { token, expiresAt, userId: row.id };
  });
}

/** The user behind a Bearer token: null when the token is unknown, expired, revoked or its user inactive. */
export async function authenticate(ds: DataSource, token: string): Promise<AuthUser | null> {
  const [row] = await ds.query(
    `SELECT s.id AS session_id, u.id, u.username, u.role, u.scope_id, o.path
       FROM session s JOIN app_user u ON u.id = s.user_id LEFT JOIN organization o ON o.id = u.scope_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
    [tokenHash(token)],
  );
  if (!row) return null;
  if (row.role !== 'ADMIN' && !row.path) return null;
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    scopeId: row.scope_id,
    scopePath: row.role === 'ADMIN' ? null : row.path,
    sessionId: row.session_id,
  };
}

export async function revokeSessions(ctx: Context, userId: string, except?: string): Promise<void> {
  await db(ctx).query(
    'UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)',
    [userId, except ?? null],
  );
}

export function logout(ctx: Context): Promise<boolean> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    await db(ctx).query('UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [user.sessionId]);
    await audit(ctx, {
      action: 'logout',
      entityType: 'Session',
      entityId: user.sessionId,
      changes: { revoked: { from: false, to: true } },
      scopePath: user.scopePath,
    });
    return true;
  });
}

/** Changes one's own password; the other sessions of the user are revoked, this one stays. */
export function changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const [row] = await db(ctx).query('SELECT password_hash FROM app_user WHERE id = $1 FOR UPDATE', [user.id]);
    const errors = new FieldErrors([]);
    if (!(await verifyPassword(row.password_hash, currentPassword))) errors.add('currentPassword', 'wrongPassword');
    errors.check(newPassword.length >= MIN_PASSWORD_LENGTH, 'newPassword', 'tooShort', { min: MIN_PASSWORD_LENGTH });
    errors.check(newPassword !== currentPassword, 'newPassword', 'samePassword');
    errors.throwIfAny();
    await db(ctx).query(
      'UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1',
      [user.id, await hashPassword(newPassword)],
    );
    await revokeSessions(ctx, user.id, user.sessionId);
    await audit(ctx, {
      action: 'changePassword',
      entityType: 'User',
      entityId: user.id,
      changes: secretChange('password'),
      scopePath: user.scopePath,
    });
    return true;
  });
}
