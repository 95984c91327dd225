import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, expect, inject, it } from 'vitest';
import { ensureDatabase } from './bootstrap.js';
import { createDataSource } from './data-source.js';
import { prepareDatabase } from './prepare.js';

const server = inject('pgServerUrl');
const name = `dangvu_prepare_${randomBytes(4).toString('hex')}`;
afterAll(async () => {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});

it('prepares an empty database once when several processes start on it together', async () => {
  await ensureDatabase(`${server}/postgres`, name); // empty: no template, no migration
  const sources = [1, 2, 3].map(() => createDataSource(`${server}/${name}`, { poolSize: 3 }));
  await Promise.all(sources.map((ds) => ds.initialize()));
  const waited: string[] = [];
  const options = { adminUsername: 'admin', adminPassword: 'admin12345', seedDemo: true };
  const results = await Promise.all(sources.map((ds) => prepareDatabase(ds, options, (m) => waited.push(m))));
  expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
  expect(results.filter((r) => r.adminCreated)).toHaveLength(1);
  expect(results.filter((r) => r.demoLoaded)).toHaveLength(1);
  expect(waited.length).toBeGreaterThanOrEqual(1); // the others waited for the lock
  const ds = sources[0];
  expect(await ds.query(`SELECT username FROM app_user WHERE role = 'ADMIN'`)).toEqual([{ username: 'admin' }]);
  const [{ roots }] = await ds.query('SELECT count(*)::int AS roots FROM organization WHERE parent_id IS NULL');
  expect(roots).toBe(5); // the demo's five provinces (seeds 000 to 004), loaded once
  // a later start finds everything in place and changes nothing
  expect(await prepareDatabase(ds, options, () => {})).toEqual({ applied: [], adminCreated: false, demoLoaded: false });
  await Promise.all(sources.map((s) => s.destroy()));
}, 240_000); // migrations and the whole demo (five provinces, 63,000 members) on a shared two-core machine
