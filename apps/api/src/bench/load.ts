import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase } from '../db/bootstrap.js';
import { type EmbeddedServer, startEmbedded } from '../db/embedded.js';
import { DEMO_PASSWORD } from '../demo/organizations.js';
import { OPS, prepare, runLoad, summarise } from './load-driver.js';
import { localOnly, now, type ServerProcess, startServer } from './server-process.js';

/**
 * npm run load — LOAD_CLIENTS clients (50) for LOAD_SECONDS seconds (60) on
 * the operations LOAD_OPS (members,member,organizations; also: search),
 * signed in as LOAD_USER (lambinh.tochuc, a district admin of the demo;
 * LOAD_PASSWORD), against LOAD_URL or, without it, a server it starts on a
 * fresh embedded PostgreSQL with the demo data (LOAD_PROCESSES=N: N API
 * processes on one PostgreSQL, the clients spread over them). Prints throughput, p50, p95,
 * p99 and errors per operation and in all; the last line is one JSON object.
 * Not part of npm test; traffic only to 127.0.0.1.
 */
const clients = Number(process.env.LOAD_CLIENTS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const ops = (process.env.LOAD_OPS ?? 'members,member,organizations').split(',').map((s) => s.trim());
const username = process.env.LOAD_USER ?? 'lambinh.tochuc';
/** LOAD_PROCESSES: API processes to start on one PostgreSQL (without LOAD_URL; LOAD_URL may list several, comma-separated). */
const processes = Math.max(1, Number(process.env.LOAD_PROCESSES ?? 1));
const password = process.env.LOAD_PASSWORD ?? DEMO_PASSWORD;

async function main() {
  if (!(clients > 0 && seconds > 0)) throw new Error('LOAD_CLIENTS and LOAD_SECONDS must be positive numbers');
  let servers: ServerProcess[] = [];
  let pg: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let urls: string[];
  if (process.env.LOAD_URL) urls = process.env.LOAD_URL.split(',').map((u) => localOnly(u.trim()));
  else {
    dataDir = mkdtempSync(join(tmpdir(), 'dangvu-load-'));
    chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as its own user when we are root
    if (processes === 1) servers = [await startServer({ dataDir, env: { LOG_LEVEL: 'warn' } })];
    else {
      // N API processes on one PostgreSQL, started together (as behind a proxy: infra/README.md)
      pg = await startEmbedded({ dir: join(dataDir, 'db'), password: 'load-password', supervise: false });
      await ensureDatabase(pg.url('postgres'), 'dangvu');
      const env = {
        DATABASE_URL: pg.url('dangvu'),
        TOKEN_SECRET: 'load-token-secret-of-at-least-32-characters',
        ADMIN_PASSWORD: 'admin12345',
        SEED_DEMO: 'true',
        LOG_LEVEL: 'warn',
      };
      servers = await Promise.all(
        Array.from({ length: processes }, (_, i) => startServer({ dataDir: join(dataDir!, `api-${i}`), env })),
      );
    }
    urls = servers.map((s) => s.url);
    console.log(
      `started ${servers.length} API process(es) with the demo data in ${Math.round(Math.max(...servers.map((s) => s.readyMs)))} ms`,
    );
  }
  try {
    const target = { ...(await prepare(urls[0], username, password)), urls };
    console.log(`${clients} clients × ${seconds} s on ${ops.join(', ')} as ${username} (${urls.join(', ')})`);
    const end = now() + seconds * 1000;
    const samples = await runLoad({ target, ops, clients, until: () => now() >= end });
    const results: Record<string, ReturnType<typeof summarise>> = {};
    for (const op of ops)
      results[op] = summarise(
        samples.filter((s) => s.op === op),
        seconds,
      );
    const all = summarise(samples, seconds);
    const row = (name: string, s: typeof all) =>
      `${name.padEnd(16)}${[s.requests, s.rps, s.p50, s.p95, s.p99, s.max, s.errors].map((v) => String(v).padStart(9)).join('')}`;
    console.log(
      `${'operation'.padEnd(16)}${['requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'].map((h) => h.padStart(9)).join('')}`,
    );
    for (const op of ops) console.log(row(op, results[op]));
    console.log(row('all', all));
    const failed = samples.filter((s) => !s.ok);
    if (failed.length)
      console.log(`first errors: ${[...new Set(failed.map((s) => s.outcome))].slice(0, 5).join('; ')}`);
    console.log(JSON.stringify({ clients, seconds, processes: urls.length, ops, user: username, ...all, results }));
    process.exitCode = all.errors ? 1 : 0;
  } finally {
    for (const server of servers) await server.stop('SIGTERM');
    await pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (!process.env.LOAD_OPS || process.env.LOAD_OPS.split(',').every((o) => o.trim() in OPS)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
} else {
  console.error(`LOAD_OPS: known operations are ${Object.keys(OPS).join(', ')}`);
  process.exit(1);
}
