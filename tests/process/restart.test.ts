import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, gql, spawnServer, stopServer } from '../support/server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'dangvu-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function start(port: number) {
  const server = await spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' }, { port, timeoutMs: 180_000 });
  await server.ready;
  return server;
}

const call = (port: number, query: string, token?: string) => gql(`http://127.0.0.1:${port}`, query, {}, token);

it('keeps its data across a restart, recovers after being killed, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const first = await start(port);
  expect(first.output()).toContain('loaded the demo province');
  // the demo's passwords are in the README, never in the log
  await expect.poll(() => first.output()).toContain('langcan.vanphong');
  expect(first.output()).not.toContain('dangvu2025');
  const token = (await call(port, 'mutation { login(username: "admin", password: "admin12345") { token } }')).data.login
    .token;
  const created = await call(
    port,
    `mutation { createOrganization(input: { parentId: null, code: "RESTART", name: "Đảng bộ tỉnh thử", kind: PROVINCIAL_COMMITTEE, sector: OTHER, establishedOn: "2020-01-01" }) { id } }`,
    token,
  );
  expect(created.errors).toBeUndefined();
  first.child.kill('SIGKILL'); // its PostgreSQL is left running, with postmaster.pid
  await new Promise((r) => first.child.once('exit', r));
  expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);

  const second = await start(port);
  expect(second.output()).not.toContain('loaded the demo province');
  const again = await call(port, '{ organizationByCode(code: "RESTART") { name } }', token);
  expect(again.data.organizationByCode).toEqual({ name: 'Đảng bộ tỉnh thử' }); // data and session both kept
  expect(await stopServer(second)).toBe(0);
  // nothing listens any more: the database stopped with it
  expect(
    await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => 'up',
      () => 'down',
    ),
  ).toBe('down');
}, 420_000); // the whole demo loaded from empty, then restarts, on a shared two-core machine
