import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase } from '../db/bootstrap.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { startEmbedded } from '../db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection URL with the right to create databases, without the database name. */
    pgServerUrl: string;
    /** A database with every migration applied; each test file copies it. */
    pgTemplate: string;
  }
}

/**
 * One PostgreSQL for the run: the embedded one, or DATABASE_URL's server when
 * set. The migrations build a template database once; each test file then
 * gets its own copy (CREATE DATABASE … TEMPLATE), so files never share data.
 */
export default async function setup(project: TestProject) {
  let dir: string | undefined;
  let stop = async () => {};
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = '/';
    serverUrl = u.toString();
  } else {
    dir = mkdtempSync(join(tmpdir(), 'dangvu-test-'));
    const pg = await startEmbedded({ dir, password: 'test-password' });
    serverUrl = pg.url('');
    stop = pg.stop;
  }
  const template = `dangvu_template_${process.pid}`;
  const admin = `${serverUrl.replace(/\/$/, '')}/postgres`;
  await ensureDatabase(admin, template);
  const ds = createDataSource(`${serverUrl.replace(/\/$/, '')}/${template}`);
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  project.provide('pgServerUrl', serverUrl.replace(/\/$/, ''));
  project.provide('pgTemplate', template);
  return async () => {
    if (process.env.DATABASE_URL) {
      // on a shared server, remove the template and every file's copy
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${template}%`]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
    }
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
