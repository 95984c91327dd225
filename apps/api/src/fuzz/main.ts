import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSchema } from 'graphql';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/organizations.js';
import { rng } from '../demo/random.js';
import { codesIn, leaksIn } from './checks.js';
import { GraphqlGenerator, SESSION_ENDING } from './graphql-gen.js';
import { type HttpRequest, malformedGraphql, routeRequest } from './http-gen.js';
import { rssMb, startServer } from './server.js';
import { IdPool } from './values.js';

/**
 * npm run fuzz — seeded malformed requests, files and inputs over every
 * operation of the emitted schema and every HTTP route, as every demo role
 * and anonymous, against a fresh server on an embedded PostgreSQL. Reports
 * requests, 5xx, INTERNAL_SERVER_ERROR answers, leaked internals, slow
 * requests (over 1 s) and hangs (no answer in 10 s), and the server's RSS;
 * exits 1 on any 5xx, internal error, leak or hang.
 * FUZZ_REQUESTS (default 10000), FUZZ_SEED (default 1), FUZZ_CONCURRENCY (4).
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 1);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const SLOW_MS = 1000;
const HANG_MS = 10_000;
/** A streamed body (a whole-country export) may take longer than the answer's start, within reason. */
const BODY_MS = 120_000;

interface Finding {
  i: number;
  kind: string;
  who: string;
  what: string;
  request: string;
}

async function main() {
  const server = await startServer();
  const findings = {
    fivexx: [] as Finding[],
    internal: [] as Finding[],
    leaks: [] as Finding[],
    hangs: [] as Finding[],
  };
  const slow: Finding[] = [];
  const byKind = new Map<string, number>();
  const msByKind = new Map<string, number>();
  const statuses = new Map<number, number>();
  try {
    const gqlAs = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      // biome-ignore lint/suspicious/noExplicitAny: the answers of a few set-up queries, read by name
      return (await res.json()) as { data?: Record<string, any> };
    };
    const accounts = [
      { username: 'admin', password: 'admin12345' },
      ...DEMO_USERS.map((u) => ({ username: u.username, password: DEMO_PASSWORD })),
    ];
    const identities: { who: string; token?: string }[] = [{ who: 'anonymous' }];
    const protectedIds = new Set<string>();
    for (const a of accounts) {
      const login = await gqlAs(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
        u: a.username,
        p: a.password,
      });
      const token = login.data?.login?.token as string | undefined;
      if (!token) throw new Error(`cannot sign in as ${a.username}`);
      const me = await gqlAs('{ me { id } }', {}, token);
      protectedIds.add(me.data?.me?.id);
      identities.push({ who: a.username, token });
    }
    const ids = new IdPool(protectedIds);
    ids.collect(
      (
        await gqlAs(
          '{ roots { id children { id children { id } } } members(first: 100) { edges { node { id } } } }',
          {},
          identities[1].token,
        )
      ).data,
    );

    const schema = buildSchema(
      readFileSync(resolve(import.meta.dirname, '../../../../packages/schema/schema.graphql'), 'utf8'),
    );
    const gen = new GraphqlGenerator(schema, ids);
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rssMb(server.pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssMb(server.pid) || 0);
    }, 250);

    const build = async (i: number): Promise<{ req: HttpRequest; who: string }> => {
      const r = rng(SEED * 1_000_003 + i);
      const id = r.pick(identities);
      const withToken = (req: HttpRequest): HttpRequest =>
        id.token ? { ...req, headers: { ...req.headers, authorization: `Bearer ${id.token}` } } : req;
      const kind = r.weighted([
        ['graphql', 60],
        ['malformed', 15],
        ['route', 25],
      ] as const);
      if (kind === 'graphql') {
        const op = gen.operation(r, i);
        const token = SESSION_ENDING.has(op.operation) ? `dv_fuzz${i}` : id.token; // never end the fuzzer's own sessions
        return {
          who: id.who,
          req: {
            kind: `gql:${op.operation}`,
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query: op.query, variables: op.variables }),
          },
        };
      }
      if (kind === 'malformed') return { who: id.who, req: withToken(malformedGraphql(r)) };
      return { who: id.who, req: withToken(await routeRequest(r, ids)) };
    };

    const one = async (i: number) => {
      const { req, who } = await build(i);
      byKind.set(req.kind, (byKind.get(req.kind) ?? 0) + 1);
      const requestText = `${decodeURIComponent(req.path.replace(/%(?![0-9a-f]{2})/gi, '%25'))} ${typeof req.body === 'string' ? req.body : ''}`;
      const f = (what: string): Finding => ({
        i,
        kind: req.kind,
        who,
        what,
        request: `${req.method} ${req.path.slice(0, 200)} ${typeof req.body === 'string' ? req.body.slice(0, 300) : `<${req.body?.length ?? 0} bytes>`}`,
      });
      const t0 = performance.now();
      let res: Response;
      let text = '';
      // a hang is no answer (status and headers) within HANG_MS, or a body still unfinished after BODY_MS
      const abort = new AbortController();
      let timer = setTimeout(() => abort.abort(), HANG_MS);
      try {
        res = await fetch(`${server.url}${req.path}`, {
          method: req.method,
          headers: req.headers,
          body: req.body as string | Uint8Array | undefined,
          signal: abort.signal,
        });
        clearTimeout(timer);
        timer = setTimeout(() => abort.abort(), BODY_MS);
        const type = res.headers.get('content-type') ?? '';
        if (/json|text|ndjson/.test(type) || res.status >= 400) text = await res.text();
        else await res.arrayBuffer();
        clearTimeout(timer);
        const ms = performance.now() - t0;
        msByKind.set(req.kind, (msByKind.get(req.kind) ?? 0) + ms);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (ms > SLOW_MS) slow.push(f(`${Math.round(ms)} ms`));
        if (res.status >= 500) findings.fivexx.push(f(`HTTP ${res.status} ${text.slice(0, 200)}`));
        if (codesIn(text).includes('INTERNAL_SERVER_ERROR')) findings.internal.push(f(text.slice(0, 200)));
        if (res.status >= 400 && !/json/.test(type)) findings.leaks.push(f(`non-JSON error ${res.status} ${type}`));
        const checkable = /json|ndjson/.test(type) || res.status >= 400;
        for (const leak of checkable ? leaksIn(text, requestText) : []) findings.leaks.push(f(leak));
        if (/json/.test(type) && res.ok)
          try {
            ids.collect((JSON.parse(text) as { data?: unknown }).data);
          } catch {
            /* ndjson */
          }
      } catch (e) {
        clearTimeout(timer);
        const ms = performance.now() - t0;
        if (abort.signal.aborted) findings.hangs.push(f(`no answer in ${Math.round(ms)} ms`));
        else findings.fivexx.push(f(`connection failed: ${(e as Error).message}`));
      }
    };

    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) await one(next++);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const rssAfter = rssMb(server.pid);
    const healthy = (await fetch(`${server.url}/healthz`)).ok;

    const summary = {
      seed: SEED,
      requests: REQUESTS,
      seconds: Math.round(seconds * 10) / 10,
      operations: gen.fields.length,
      kinds: byKind.size,
      status: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
      fivexx: findings.fivexx.length,
      internalErrors: findings.internal.length,
      leaks: findings.leaks.length,
      hangs: findings.hangs.length,
      slow: slow.length,
      serverErrorLogs: server.errors().length,
      rssMb: { before: rssBefore, peak: rssPeak, after: rssAfter },
      healthyAfter: healthy,
    };
    const show = (title: string, list: Finding[]) => {
      if (!list.length) return;
      console.log(`\n${title} (${list.length}):`);
      for (const x of list.slice(0, 15)) console.log(`  #${x.i} ${x.kind} as ${x.who}: ${x.what}\n      ${x.request}`);
    };
    show('5xx', findings.fivexx);
    show('INTERNAL_SERVER_ERROR answers', findings.internal);
    show('leaked internals', findings.leaks);
    show('hangs', findings.hangs);
    show('slow requests (over 1 s)', slow);
    if (server.errors().length)
      console.log(`\nserver ERROR log lines:\n  ${server.errors().slice(0, 10).join('\n  ')}`);
    console.log(`
fuzz: ${REQUESTS} requests (seed ${SEED}) in ${summary.seconds} s over ${summary.operations} operations and ${summary.kinds} request kinds
  statuses        ${JSON.stringify(summary.status)}
  5xx             ${summary.fivexx}
  internal errors ${summary.internalErrors}
  leaks           ${summary.leaks}
  hangs (>10 s)   ${summary.hangs}
  slow (>1 s)     ${summary.slow}
  most time in    ${[...msByKind]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, ms]) => `${k} ${Math.round(ms / 1000)} s/${byKind.get(k)}`)
    .join(', ')}
  server RSS      ${rssBefore} MB before, ${rssPeak} MB peak, ${rssAfter} MB after
FUZZ_SUMMARY ${JSON.stringify(summary)}`);
    const failed = summary.fivexx + summary.internalErrors + summary.leaks + summary.hangs > 0 || !healthy;
    process.exitCode = failed ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error('fuzz failed to run:', e);
  process.exit(2);
});
