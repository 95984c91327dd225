import type { Lang, Role } from '@dangvu/schema';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from './scalars.js';

/** The signed-in user of a request, with the materialized path of its scope organisation. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  scopeId: string | null;
  /** '/root/…/scope/' for scoped roles; null for ADMIN (the whole tree). */
  scopePath: string | null;
  sessionId: string;
}

/** Per-request state: who calls, in which language, the database, and the request's loaders. */
export interface Context {
  user: AuthUser | null;
  lang: Lang;
  ds: DataSource;
  /** The mutation's transaction while one runs (see graphql/transaction.ts: use db(ctx), never this directly). */
  tx?: EntityManager;
  token: string | null;
  /** Per-request DataLoaders and caches, keyed by name; cleared after every mutation. */
  loaders: Map<string, unknown>;
}

export function loader<T>(ctx: Context, key: string, make: () => T): T {
  let l = ctx.loaders.get(key) as T | undefined;
  if (!l) {
    l = make();
    ctx.loaders.set(key, l);
  }
  return l;
}

/**
 * Loads a record by id through a per-request DataLoader: one query per
 * batch, answering null for ids it does not return. Ids that are not uuids
 * name no record and never reach SQL (a uuid column is never cast).
 */
export function loadById<T extends { id: string }>(
  ctx: Context,
  key: string,
  id: string,
  fetch: (ids: string[]) => Promise<T[]>,
): Promise<T | null> {
  const l = loader(
    ctx,
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const valid = ids.filter(isUuid);
        const byId = new Map((valid.length ? await fetch(valid) : []).map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      }),
  );
  return l.load(id);
}
