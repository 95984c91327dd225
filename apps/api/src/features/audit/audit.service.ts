import { type SubtreeColumns, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { keysetOf, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isUuid } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { AuditEntry } from './audit.entity.js';

export type Changes = Record<string, { from: unknown; to: unknown }>;

const SECRET = '••••••';

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  return v === undefined ? null : v;
}

/** The fields whose value differs between before and after (new records: every field, from null). */
export function diff(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: string[],
): Changes {
  const changes: Changes = {};
  for (const f of fields) {
    const from = normalise(before?.[f]);
    const to = normalise(after?.[f]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[f] = { from, to };
  }
  return changes;
}

/** A change to a secret: recorded as changed, never with its value. */
export function secretChange(field: string): Changes {
  return { [field]: { from: SECRET, to: SECRET } };
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  changes: Changes | null;
  /** Path of the organisation the record belongs to; null for records outside the tree (ADMIN users). */
  scopePath: string | null;
}

/** Writes an audit entry inside the mutation's transaction: it stands or falls with the change. */
export function audit(ctx: Context, rec: AuditRecord, userId = ctx.user?.id ?? null): Promise<void> {
  return auditMany(ctx, [rec], userId);
}

/** Writes many entries in one statement (a batch of imported records), each as audit writes one. */
export async function auditMany(ctx: Context, recs: AuditRecord[], userId = ctx.user?.id ?? null): Promise<void> {
  if (!recs.length) return;
  await db(ctx).query(
    `INSERT INTO audit_entry (at, user_id, action, entity_type, entity_id, changes, scope_path)
     SELECT clock_timestamp(), $1, t.action, t.entity_type, t.entity_id, t.changes, t.scope_path
       FROM unnest($2::text[], $3::text[], $4::uuid[], $5::jsonb[], $6::text[])
            AS t(action, entity_type, entity_id, changes, scope_path)`,
    [
      userId,
      recs.map((r) => r.action),
      recs.map((r) => r.entityType),
      recs.map((r) => r.entityId),
      recs.map((r) => (r.changes === null ? null : JSON.stringify(r.changes))),
      recs.map((r) => r.scopePath),
    ],
  );
}

export interface AuditQuery {
  entityType?: string | null;
  entityId?: string | null;
  userId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Audit entries carry the ancestors of their scope path (migration Scale1732500000000). */
const AUDIT_COLUMNS: SubtreeColumns = { anc: 'a.scope_anc', path: 'a.scope_path' };

/** The audit log, newest first, confined to the caller's scope (ADMIN: everything), on an index led by the scope. */
export async function listAudit(
  ctx: Context,
  filter: AuditQuery,
  first?: number | null,
  after?: string | null,
): Promise<Page<AuditEntry>> {
  const { limit, cursor } = pageArgs(first, after);
  const params: unknown[] = [];
  const where = [subtreeClause(ctx, null, AUDIT_COLUMNS, params)];
  if (filter.entityType) where.push(`a.entity_type = $${params.push(filter.entityType)}`);
  if (filter.action) where.push(`a.action = $${params.push(filter.action)}`);
  // An id that is not a uuid names no record: the filter matches nothing.
  for (const [col, id] of [
    ['a.entity_id', filter.entityId],
    ['a.user_id', filter.userId],
  ] as const) {
    if (id) where.push(isUuid(id) ? `${col} = $${params.push(id)}` : 'FALSE');
  }
  if (filter.from) where.push(`a.at >= $${params.push(filter.from)}`);
  if (filter.to) where.push(`a.at <= $${params.push(filter.to)}`);
  const whereSql = where.join(' AND ');
  const count = async () => {
    const [{ n }] = await db(ctx).query(`SELECT count(*)::int AS n FROM audit_entry a WHERE ${whereSql}`, params);
    return n as number;
  };
  const pageParams = [...params];
  const from = keysetOf(cursor, (v) => !Number.isNaN(Date.parse(v)));
  const keyset = from
    ? ` AND (a.at, a.id) < ($${pageParams.push(from[0])}::timestamptz, $${pageParams.push(from[1])}::uuid)`
    : '';
  const rows: Record<string, unknown>[] = await db(ctx).query(
    `SELECT a.id, a.at, a.user_id, a.action, a.entity_type, a.entity_id, a.changes, a.scope_path,
            to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_key
       FROM audit_entry a WHERE ${whereSql}${keyset}
      ORDER BY a.at DESC, a.id DESC LIMIT ${limit + 1}`,
    pageParams,
  );
  const entries = rows.map((r) => {
    const e = new AuditEntry();
    Object.assign(e, {
      id: r.id,
      at: r.at,
      userId: r.user_id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      changes: r.changes,
      scopePath: r.scope_path,
    });
    return { node: e, key: [r.at_key, r.id] };
  });
  return pageOf(entries, limit, count);
}
