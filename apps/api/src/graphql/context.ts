import type { Lang, Role } from '@dangvu/schema';
import type { DataSource } from 'typeorm';

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
