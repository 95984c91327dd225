import type { DataSource } from 'typeorm';
import { seedDemo } from '../demo/seed.js';
import { ensureAdmin } from './bootstrap.js';
import { migrate } from './data-source.js';

/** Key of the PostgreSQL advisory lock under which a process prepares the database ("dangvu" in ASCII). */
export const START_LOCK = 0x64616e677675;

/**
 * Runs `fn` holding the start lock (a session-level advisory lock on one
 * connection of the pool), so that processes starting together on one
 * database prepare it one after another. PostgreSQL releases the lock when
 * that connection ends, so a process that dies while holding it blocks no one.
 */
export async function withStartLock<T>(ds: DataSource, log: (m: string) => void, fn: () => Promise<T>): Promise<T> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    const [{ got }] = await runner.query('SELECT pg_try_advisory_lock($1) AS got', [START_LOCK]);
    if (!got) {
      log('another process is preparing the database: waiting for it');
      await runner.query('SELECT pg_advisory_lock($1)', [START_LOCK]);
    }
    try {
      return await fn();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [START_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

export interface Prepared {
  /** Migrations this process applied. */
  applied: string[];
  adminCreated: boolean;
  demoLoaded: boolean;
}

/**
 * Brings the database to where the server can run: migrations, the first
 * ADMIN when there is no user, the demo province when asked and the database
 * has no organisation. Safe for any number of processes starting together.
 */
export function prepareDatabase(
  ds: DataSource,
  options: { adminUsername: string; adminPassword: string | undefined; seedDemo: boolean },
  log: (m: string) => void,
): Promise<Prepared> {
  return withStartLock(ds, log, async () => {
    const applied = await migrate(ds);
    const adminCreated = await ensureAdmin(ds, options.adminUsername, options.adminPassword);
    const demoLoaded = options.seedDemo && (await seedDemo(ds));
    return { applied, adminCreated, demoLoaded };
  });
}
