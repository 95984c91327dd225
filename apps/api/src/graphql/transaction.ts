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
 * Runs a mutation in one transaction: every write and its audit entries
 * commit together or not at all. The request's loaders are cleared after,
 * so the answer reads what was just written.
 */
export async function transaction<T>(ctx: Context, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.ds.transaction('READ COMMITTED', fn);
  } catch (e) {
    throw hasAfterRollback(e) ? await e.afterRollback(ctx) : e;
  } finally {
    ctx.loaders.clear();
  }
}
