import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../db/data-source.js';
import { makeWorld, startTestApp } from '../test/harness.js';
import { startApp } from './server.js';

const app = await startTestApp();

/** The answer as text with its status and type; every error must be JSON in the error model, without internals. */
async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(`${app.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

function expectErrorModel(r: { status: number; type: string; text: string }, status: number, code: string) {
  expect(r.status, r.text).toBe(status);
  expect(r.type).toMatch(/^application\/json/);
  expect(JSON.parse(r.text).errors[0].extensions.code).toBe(code);
  expect(r.text).not.toMatch(/ at |node_modules|\/work\/|SyntaxError|Error:|<pre>|stack/);
}

const json = { 'content-type': 'application/json' };

describe('answers of /graphql are never cached', () => {
  it('says Cache-Control: no-store on an answer and on an error, with no ETag to hash', async () => {
    for (const body of ['{"query":"{ __typename }"}', '{"query":"{ nope }"}']) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: json, body });
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
    }
  });
});

describe('body errors on /graphql answer JSON in the error model', () => {
  it('malformed JSON, a NUL in the JSON, a bad charset: 400 BAD_REQUEST', async () => {
    expectErrorModel(await call('/graphql', { method: 'POST', headers: json, body: '{bad' }), 400, 'BAD_REQUEST');
    expectErrorModel(
      await call('/graphql', { method: 'POST', headers: json, body: '{"query":"{ me { id } }"}\u0000' }),
      400,
      'BAD_REQUEST',
    );
    const utf16 = await call('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-16' },
      body: '{}',
    });
    expect(utf16.status).toBeGreaterThanOrEqual(400);
    expect(utf16.status).toBeLessThan(500);
    expectErrorModel(utf16, utf16.status, 'BAD_REQUEST');
  });

  it('a body over the limit: 413; an unknown Content-Encoding: 415', async () => {
    const big = JSON.stringify({ query: `{ me { id } }`, variables: { x: 'a'.repeat(3 * 1024 * 1024) } });
    expectErrorModel(await call('/graphql', { method: 'POST', headers: json, body: big }), 413, 'BAD_USER_INPUT');
    // a small gzip that inflates past the limit is refused alike
    expectErrorModel(
      await call('/graphql', {
        method: 'POST',
        headers: { ...json, 'content-encoding': 'gzip' },
        body: gzipSync(Buffer.from(big)),
      }),
      413,
      'BAD_USER_INPUT',
    );
    expectErrorModel(
      await call('/graphql', { method: 'POST', headers: { ...json, 'content-encoding': 'bogus' }, body: '{}' }),
      415,
      'BAD_REQUEST',
    );
  });

  it('an import over 20 MB: 413 in JSON', async () => {
    const w = await makeWorld(app.ds);
    const r = await call(`/import/members?organizationId=${w.C1a.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.users.COMMUNE_ADMIN.token}`, 'content-type': 'text/csv' },
      body: Buffer.alloc(21 * 1024 * 1024, 'a'),
    });
    expectErrorModel(r, 413, 'BAD_USER_INPUT');
    expect(JSON.parse(r.text).error.code).toBe('BAD_USER_INPUT'); // the shape the admin app reads
  });
});

describe('file cells', () => {
  it('a NUL in a CSV cell refuses the import with BAD_USER_INPUT naming the cell, and saves nothing', async () => {
    const w = await makeWorld(app.ds);
    const csv = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng\nNông Văn A\u0000,Nam,15/03/1985,Tày,19/05/2010\n';
    const r = await call(`/import/members?organizationId=${w.C1a.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.users.COMMUNE_ADMIN.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expectErrorModel(r, 400, 'BAD_USER_INPUT');
    expect(JSON.parse(r.text).error.fields[0].path).toEqual(['file', '2', 'fullName']);
    const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM member WHERE organization_id = $1', [w.C1a.id]);
    expect(n).toBe(0);
  });
});

describe('routes', () => {
  it('unknown routes answer 404 NOT_FOUND in JSON, whatever the method', async () => {
    expectErrorModel(await call('/graphqlx'), 404, 'NOT_FOUND');
    expectErrorModel(await call('/api/members'), 404, 'NOT_FOUND');
    expectErrorModel(await call('/nothing', { method: 'POST' }), 404, 'NOT_FOUND');
    expectErrorModel(await call('/export/nothing.xlsx'), 404, 'NOT_FOUND');
  });

  it("a URL over Node's header limit: 431 in JSON, not an empty answer", async () => {
    expectErrorModel(await call(`/graphql?query=${'x'.repeat(20_000)}`), 431, 'BAD_REQUEST');
  });

  it('a NUL in any query parameter is BAD_USER_INPUT', async () => {
    const w = await makeWorld(app.ds);
    const r = await call(`/export/members.xlsx?search=%00`, {
      headers: { authorization: `Bearer ${w.users.ADMIN.token}` },
    });
    expectErrorModel(r, 400, 'BAD_USER_INPUT');
    expect(JSON.parse(r.text).errors[0].extensions.fields[0].path).toEqual(['search']);
  });

  it('keeps the admin app at / with its static files and its fallback, beside the JSON 404', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dangvu-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Đảng vụ</title>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const other = await startApp({ ds: app.ds, adminDist: dist, port: 0, host: '127.0.0.1' });
    try {
      const get = async (p: string) => {
        const res = await fetch(`${other.url}${p}`);
        return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
      };
      expect((await get('/')).text).toContain('Đảng vụ');
      expect((await get('/app.js')).text).toContain('console.log');
      expect((await get('/members/123')).text).toContain('Đảng vụ');
      expectErrorModel(await get('/api/x'), 404, 'NOT_FOUND');
      expectErrorModel(await get('/graphql/x'), 404, 'NOT_FOUND');
    } finally {
      await other.stop();
      await new Promise((r) => other.server.close(r));
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('export filters are checked before the first byte', () => {
  it('answers 400 BAD_USER_INPUT in JSON naming the parameter', async () => {
    const w = await makeWorld(app.ds);
    const headers = { authorization: `Bearer ${w.users.ADMIN.token}` };
    for (const [query, field] of [
      ['admittedFrom=2025-02-30', 'admittedFrom'],
      ['bornFrom=abc', 'bornFrom'],
      ['bornTo=9999999-01-01', 'bornTo'],
      ['search=%00', 'search'],
      ['statuses=OFFICIAL,NOPE', 'statuses'],
    ]) {
      const r = await call(`/export/members.xlsx?${query}`, { headers });
      expectErrorModel(r, 400, 'BAD_USER_INPUT');
      expect(JSON.parse(r.text).errors[0].extensions.fields[0].path[0], query).toBe(field);
    }
    const ok = await fetch(`${app.url}/export/members.xlsx?admittedFrom=2020-02-29&statuses=OFFICIAL`, { headers });
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});

describe('an unreachable database', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 on GraphQL and the spreadsheet routes', async () => {
    const w = await makeWorld(app.ds);
    // a TCP relay to the test's PostgreSQL, cut in the middle of the test
    const target = new URL(String((app.ds.options as { url?: string }).url));
    const sockets = new Set<Socket>();
    const relay = createServer((client) => {
      const pgSocket = connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(pgSocket);
      client.pipe(pgSocket).pipe(client);
      const close = () => {
        client.destroy();
        pgSocket.destroy();
      };
      client.on('error', close);
      pgSocket.on('error', close);
    });
    await new Promise<void>((r) => relay.listen(0, '127.0.0.1', r));
    const port = (relay.address() as { port: number }).port;
    const url = new URL(target.toString());
    url.hostname = '127.0.0.1';
    url.port = String(port);
    const ds = createDataSource(url.toString(), { poolSize: 2 });
    await ds.initialize();
    const down = await startApp({ ds, port: 0, host: '127.0.0.1' });
    afterAll(async () => {
      await down.stop();
      await new Promise((r) => down.server.close(r));
      await ds.destroy().catch(() => {});
    });
    const me = () =>
      fetch(`${down.url}/graphql`, {
        method: 'POST',
        headers: { ...json, authorization: `Bearer ${w.users.ADMIN.token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    expect((await me()).status).toBe(200);
    await new Promise<void>((r) => {
      relay.close(() => r());
      for (const s of sockets) s.destroy();
    });
    for (let i = 0; i < 2; i++) {
      const res = await me();
      const text = await res.text();
      expect(res.status, text).toBe(503);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    }
    const login = await fetch(`${down.url}/graphql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: 'mutation { login(username: "nobody", password: "whatever-1") { token } }' }),
    });
    expect(login.status).toBe(503);
    const exp = await fetch(`${down.url}/export/members.xlsx`, {
      headers: { authorization: `Bearer ${w.users.ADMIN.token}` },
    });
    expect(exp.status).toBe(503);
    expect(((await exp.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await fetch(`${down.url}/readyz`)).status).toBe(503);
  });
});
