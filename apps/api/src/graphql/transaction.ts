import type { EntityManager } from 'typeorm';
import type { Context } from './context.js';

/**
 * Runs a mutation in one transaction: every write and its audit entries
 * commit together or not at all. The request's loaders are cleared after,
 * so the answer reads what was just written.
 */
export async function transaction<T>(ctx: Context, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.ds.transaction('READ COMMITTED', fn);
  } finally {
    ctx.loaders.clear();
  }
}
