import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'dangvu-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => done(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV; // as a user runs it: vitest's NODE_ENV=test changes Apollo's behaviour
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`exited early:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, output: () => out };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not ready:\n${out}`);
}

async function gql(port: number, query: string, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

it('keeps its data across a restart, recovers after being killed, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const first = await start(port);
  expect(first.output()).toContain('loaded the demo province');
  const token = (await gql(port, 'mutation { login(username: "admin", password: "admin12345") { token } }')).data.login
    .token;
  const created = await gql(
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
  const again = await gql(port, '{ organizationByCode(code: "RESTART") { name } }', token);
  expect(again.data.organizationByCode).toEqual({ name: 'Đảng bộ tỉnh thử' }); // data and session both kept
  const exit = new Promise<number | null>((r) => second.child.once('exit', (code) => r(code)));
  second.child.kill('SIGTERM');
  expect(await exit).toBe(0);
  // nothing listens any more: the database stopped with it
  expect(
    await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => 'up',
      () => 'down',
    ),
  ).toBe('down');
});
