import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { AuthUser, Context } from '../graphql/context.js';
import { unauthenticated } from '../graphql/errors.js';

/**
 * The one scope mechanism. A scoped user reads and writes only the subtree
 * of its scope organisation: rows whose organisation path starts with the
 * scope's path. ADMIN has no scope and sees everything. Everything outside
 * the scope is treated exactly as if it did not exist. Every service
 * confines its queries with the helpers below; the few deliberate
 * exceptions are gathered in `auth/unscoped.ts`.
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

/** Escapes LIKE wildcards in user text. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A subtree's paths as a range, for `path ~>=~ lo AND path ~<~ hi` on a
 * text_pattern_ops index: what `path LIKE 'root%'` selects, without the
 * pattern re-checked on every row of a large range (3 ms in 25,000 rows).
 * Paths are ASCII (ids and slashes), so the byte after the root's last
 * one bounds the range.
 */
export function pathRange(path: string): [string, string] {
  return [path, `${path.slice(0, -1)}${String.fromCharCode(path.charCodeAt(path.length - 1) + 1)}`];
}

/** `pathExpr` within the subtree at `path` (pathRange) for raw SQL: returns the clause and pushes its parameters. */
export function pathClause(pathExpr: string, path: string, params: unknown[]): string {
  const [from, to] = pathRange(path);
  return `${pathExpr} ~>=~ $${params.push(from)} AND ${pathExpr} ~<~ $${params.push(to)}`;
}

/** A subtree: its root organisation's id and materialized path. */
export interface Subtree {
  id: string;
  path: string;
}

/** The caller's scope as a subtree; null for ADMIN (everything). */
export function scopeSubtree(ctx: Context): Subtree | null {
  const user = requireUser(ctx);
  if (user.role === 'ADMIN' || !user.scopeId || !user.scopePath) return null;
  return { id: user.scopeId, path: user.scopePath };
}

/** How deep an organisation sits: 1 for a root (province). */
export function depthOf(path: string): number {
  return path.split('/').filter(Boolean).length;
}

let n = 0;
const param = () => `scope_${++n % 10000}`;

/**
 * Confines a query on rows that carry an organisation path (`pathExpr`,
 * e.g. 'o.path') to the caller's scope, and to `within` when given.
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ctx: Context,
  pathExpr: string,
  within?: Subtree | null,
): SelectQueryBuilder<T> {
  for (const root of [scopeSubtree(ctx), within ?? null]) {
    if (!root) continue;
    const [lo, hi] = [param(), param()];
    const [from, to] = pathRange(root.path);
    qb.andWhere(`${pathExpr} ~>=~ :${lo} AND ${pathExpr} ~<~ :${hi}`, { [lo]: from, [hi]: to });
  }
  return qb;
}

/**
 * The columns of a table whose rows carry their organisation's first three
 * ancestors (`<anc>1` province, `<anc>2` district or commune-level
 * committee, `<anc>3` grassroots organisation; migration Scale1732500000000)
 * and its path. A subtree at depth ≤ 3 is then one equality on a column that
 * leads the table's sort indexes; a deeper one (a cell) filters on the path.
 */
export interface SubtreeColumns {
  anc: string;
  path: string;
}

export const MEMBER_COLUMNS: SubtreeColumns = { anc: 'm.anc', path: 'm.org_path' };

function subtreeConditions(ctx: Context, within: Subtree | null | undefined, cols: SubtreeColumns) {
  return [scopeSubtree(ctx), within ?? null]
    .filter((r): r is Subtree => r !== null)
    .map((root) => {
      const depth = depthOf(root.path);
      return depth <= 3
        ? { col: `${cols.anc}${depth}`, values: [root.id] }
        : { col: cols.path, values: pathRange(root.path) };
    });
}

/** A condition of subtreeConditions as SQL, given each of its values' placeholder. */
const conditionSql = (c: { col: string; values: readonly string[] }, ph: (value: string) => string) =>
  c.values.length === 1
    ? `${c.col} = ${ph(c.values[0])}`
    : `${c.col} ~>=~ ${ph(c.values[0])} AND ${c.col} ~<~ ${ph(c.values[1])}`;

/** Confines a query builder's rows (see SubtreeColumns) to the caller's scope and to `within`. */
export function applySubtree<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ctx: Context,
  within: Subtree | null | undefined,
  cols: SubtreeColumns,
): SelectQueryBuilder<T> {
  const w = subtreeWhere(ctx, within, cols);
  return w.sql === 'TRUE' ? qb : qb.andWhere(w.sql, w.params);
}

/**
 * The conditions of applySubtree as one SQL text with named parameters, to
 * combine with others (e.g. under OR); 'TRUE' when nothing confines.
 */
export function subtreeWhere(
  ctx: Context,
  within: Subtree | null | undefined,
  cols: SubtreeColumns,
): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const parts = subtreeConditions(ctx, within, cols).map((c) =>
    conditionSql(c, (value) => {
      const p = param();
      params[p] = value;
      return `:${p}`;
    }),
  );
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** The same for raw SQL: returns the clause and pushes its parameters. */
export function subtreeClause(
  ctx: Context,
  within: Subtree | null | undefined,
  cols: SubtreeColumns,
  params: unknown[],
): string {
  const parts = subtreeConditions(ctx, within, cols).map((c) => conditionSql(c, (value) => `$${params.push(value)}`));
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

/** The scope condition for raw SQL over an organisation path: returns the clause and pushes its parameter. */
export function scopeClause(ctx: Context, pathExpr: string, params: unknown[]): string {
  const prefix = scopePrefix(ctx);
  if (prefix === null) return 'TRUE';
  return pathClause(pathExpr, prefix, params);
}
