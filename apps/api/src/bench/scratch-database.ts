import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { ensureDatabase } from '../db/bootstrap.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { startEmbedded } from '../db/embedded.js';

/**
 * A fresh, migrated database for a benchmark script: `<prefix>_<pid>` on
 * DATABASE_URL's server, or on an embedded PostgreSQL in a temporary
 * directory (under TMPDIR). `close` stops what was started and removes the
 * directory.
 */
export async function scratchDatabase(prefix: string): Promise<{ ds: DataSource; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix.replace(/_/g, '-')}-`));
  const pg = process.env.DATABASE_URL ? null : await startEmbedded({ dir, password: 'bench' });
  const server = process.env.DATABASE_URL
    ? process.env.DATABASE_URL.replace(/\/[^/]*$/, '')
    : pg!.url('').replace(/\/$/, '');
  const name = `${prefix}_${process.pid}`;
  await ensureDatabase(`${server}/postgres`, name);
  const ds = createDataSource(`${server}/${name}`);
  await ds.initialize();
  await migrate(ds);
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
