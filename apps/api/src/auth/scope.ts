import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser, Context } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';

/**
 * The one scope mechanism. A scoped user reads and writes only the subtree
 * of its scope organisation: rows whose organisation path starts with the
 * scope's path. ADMIN has no scope and sees everything. Everything outside
 * the scope is treated exactly as if it did not exist.
 */
export function requireUser(ctx: Context): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** The path prefix the caller is confined to; null for ADMIN. */
export function scopePrefix(ctx: Context): string | null {
  const user = requireUser(ctx);
  return user.role === 'ADMIN' ? null : user.scopePath;
}

/** Is a record whose organisation has this path within the caller's scope? */
export function inScope(ctx: Context, path: string | null | undefined): boolean {
  if (!path) return false;
  const prefix = scopePrefix(ctx);
  return prefix === null || path.startsWith(prefix);
}

let n = 0;
/**
 * Adds the scope condition to a query: `pathExpr` is the SQL expression of
 * the organisation path the rows belong to (e.g. 'o.path').
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ctx: Context,
  pathExpr: string,
): SelectQueryBuilder<T> {
  const prefix = scopePrefix(ctx);
  if (prefix === null) return qb;
  const param = `scope_${++n % 1000}`;
  return qb.andWhere(`${pathExpr} LIKE :${param}`, { [param]: `${prefix}%` });
}

/** The same condition for raw SQL: returns the clause and pushes its parameter. */
export function scopeClause(ctx: Context, pathExpr: string, params: unknown[]): string {
  const prefix = scopePrefix(ctx);
  if (prefix === null) return 'TRUE';
  params.push(`${prefix}%`);
  return `${pathExpr} LIKE $${params.length}`;
}
