import type { EntityManager } from 'typeorm';
import type { Context } from './context.js';

/**
 * An error whose record must outlive the rollback of the mutation that
 * raised it (e.g. an audited card-number clash): `afterRollback` runs once the
 * mutation's transaction is rolled back, in a short transaction of its own,
 * and answers the error the client gets.
 */
export interface AfterRollback {
  afterRollback(ctx: Context): Promise<Error>;
}

function hasAfterRollback(e: unknown): e is Error & AfterRollback {
  return e instanceof Error && typeof (e as Partial<AfterRollback>).afterRollback === 'function';
}

/**
 * The one way to reach the database. Inside a mutation the request's
 * transaction travels on the context, so every service, scoped query and
 * DataLoader called from it reads and writes through that transaction;
 * outside one, the pool.
 */
export function db(ctx: Context): EntityManager {
  return ctx.tx ?? ctx.ds.manager;
}

/**
 * Runs a mutation in one transaction: every write and its audit entries
 * commit together or not at all. A call made inside a transaction joins it.
 * The request's loaders are cleared before and after, so reads inside see
 * the transaction and the answer reads what was just written.
 */
export async function withTransaction<T>(ctx: Context, fn: () => Promise<T>): Promise<T> {
  if (ctx.tx) return fn();
  ctx.loaders.clear();
  try {
    return await ctx.ds.transaction('READ COMMITTED', async (m) => {
      ctx.tx = m;
      try {
        return await fn();
      } finally {
        ctx.tx = undefined;
      }
    });
  } catch (e) {
    throw hasAfterRollback(e) ? await e.afterRollback(ctx) : e;
  } finally {
    ctx.loaders.clear();
  }
}
