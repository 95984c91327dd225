import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase } from '../../apps/api/src/db/bootstrap.js';
import { type EmbeddedServer, startEmbedded } from '../../apps/api/src/db/embedded.js';
import { codeOf, gql, type Server, spawnServer, stopServer } from '../support/server.js';

// Two API processes on one PostgreSQL, started at the same moment on an empty database.
const dir = mkdtempSync(join(tmpdir(), 'dangvu-two-'));
let pg: EmbeddedServer;
let a: Server;
let b: Server;

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const ME = '{ me { username } }';
const DEMO = { user: 'langcan.vanphong', password: 'dangvu2025' };

async function login(url: string, u = DEMO.user, p = DEMO.password): Promise<string> {
  const r = await gql(url, LOGIN, { u, p });
  expect(codeOf(r)).toBe('OK');
  return r.data.login.token;
}

beforeAll(async () => {
  pg = await startEmbedded({ dir, password: 'two-processes' });
  await ensureDatabase(pg.url('postgres'), 'dangvu');
  const env = {
    DATABASE_URL: pg.url('dangvu'),
    ADMIN_PASSWORD: 'admin-password-two',
    TOKEN_SECRET: 'one-secret-shared-by-both-api-processes',
    SEED_DEMO: 'true',
  };
  [a, b] = await Promise.all([
    spawnServer({ ...env, DATA_DIR: join(dir, 'a') }),
    spawnServer({ ...env, DATA_DIR: join(dir, 'b'), DRAIN_SECONDS: '2' }),
  ]);
  const [ta, tb] = await Promise.all([a.ready, b.ready]);
  console.log(`two processes started together on an empty database: ready after ${ta} ms and ${tb} ms`);
});

afterAll(async () => {
  for (const s of [a, b]) if (s) await stopServer(s);
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two API processes on one PostgreSQL', () => {
  it('both became ready; one of them prepared the database, once', () => {
    const outputs = [a.output(), b.output()];
    expect(outputs.filter((o) => o.includes('applied migrations'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('created the first administrator'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('loaded the demo province'))).toHaveLength(1);
    for (const o of outputs) expect(o).toContain('session tokens are hashed with TOKEN_SECRET');
  });

  it('a token from one works on the other; logout on one revokes it on the other at once', async () => {
    const token = await login(a.url);
    expect((await gql(b.url, ME, {}, token)).data.me).toEqual({ username: DEMO.user });
    expect((await gql(b.url, 'mutation { logout }', {}, token)).data.logout).toBe(true);
    expect((await gql(a.url, ME, {}, token)).data.me).toBeNull();
  });

  it('sign-in throttling counts across both, also in a burst', async () => {
    const user = 'langcan.kiemtra';
    const guesses = await Promise.all(
      Array.from({ length: 16 }, (_, i) => gql(i % 2 ? a.url : b.url, LOGIN, { u: user, p: `wrong-${i}` })),
    );
    const plain = guesses.filter((g) => g.errors?.[0].extensions.retryAfterSeconds === undefined);
    expect(plain).toHaveLength(4); // the fifth guess, on either process, locked the name for both
    for (const url of [a.url, b.url]) {
      const right = await gql(url, LOGIN, { u: user, p: DEMO.password });
      expect(right.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        retryAfterSeconds: expect.any(Number),
      });
    }
  });

  it('a write on one is seen on the other, and a stale version answers CONFLICT there', async () => {
    const token = await login(a.url);
    const READ = '{ organizationByCode(code: "LB-LC-07") { id name version } }';
    const before = (await gql(a.url, READ, {}, token)).data.organizationByCode;
    const UPDATE = 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { name version } }';
    const name = `${before.name} (đổi tên)`;
    const updated = await gql(a.url, UPDATE, { i: { id: before.id, version: before.version, name } }, token);
    expect(updated.data.updateOrganization).toEqual({ name, version: before.version + 1 });
    expect((await gql(b.url, READ, {}, token)).data.organizationByCode).toMatchObject({
      name,
      version: before.version + 1,
    });
    const stale = await gql(b.url, UPDATE, { i: { id: before.id, version: before.version, name: 'Tên cũ' } }, token);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('one killed with SIGKILL under load leaves the other serving without an error', async () => {
    const token = await login(b.url);
    const QUERY = '{ members(first: 20) { edges { node { fullName organization { name } } } } }';
    const codes: string[] = [];
    let running = true;
    const client = async (url: string, record: boolean) => {
      while (running) {
        const r = await gql(url, QUERY, {}, token).catch(() => undefined);
        if (record) codes.push(r ? codeOf(r) : 'NETWORK');
      }
    };
    const clients = [...[1, 2, 3].map(() => client(a.url, false)), ...[1, 2, 3, 4].map(() => client(b.url, true))];
    await new Promise((r) => setTimeout(r, 500));
    const before = b.output().length;
    a.child.kill('SIGKILL');
    await new Promise((r) => a.child.once('exit', r));
    await new Promise((r) => setTimeout(r, 1500));
    running = false;
    await Promise.all(clients);
    console.log(`the survivor answered ${codes.length} requests around the SIGKILL of the other`);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((c) => c !== 'OK')).toEqual([]);
    expect(b.output().slice(before)).not.toMatch(/ERROR/);
    expect((await fetch(`${b.url}/readyz`)).status).toBe(200);
  });

  it('the survivor, stopped with SIGTERM and DRAIN_SECONDS, answers 503 on /readyz at once, serves meanwhile, then exits 0', async () => {
    const exited = new Promise<number | null>((r) => b.child.once('exit', (code) => r(code)));
    b.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const ready = await fetch(`${b.url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'stopping' }]);
    expect(codeOf(await gql(b.url, ME))).toBe('OK'); // still serving while the proxy takes it out
    expect(await exited).toBe(0);
  });
});
