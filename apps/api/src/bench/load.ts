import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../demo/organizations.js';
import { OPS, prepare, runLoad, summarise } from './load-driver.js';
import { localOnly, now, type ServerProcess, startServer } from './server-process.js';

/**
 * npm run load — LOAD_CLIENTS clients (50) for LOAD_SECONDS seconds (60) on
 * the operations LOAD_OPS (members,member,organizations; also: search),
 * signed in as LOAD_USER (lambinh.tochuc, a district admin of the demo;
 * LOAD_PASSWORD), against LOAD_URL or, without it, a server it starts on a
 * fresh embedded PostgreSQL with the demo data. Prints throughput, p50, p95,
 * p99 and errors per operation and in all; the last line is one JSON object.
 * Not part of npm test; traffic only to 127.0.0.1.
 */
const clients = Number(process.env.LOAD_CLIENTS ?? 50);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const ops = (process.env.LOAD_OPS ?? 'members,member,organizations').split(',').map((s) => s.trim());
const username = process.env.LOAD_USER ?? 'lambinh.tochuc';
const password = process.env.LOAD_PASSWORD ?? DEMO_PASSWORD;

async function main() {
  if (!(clients > 0 && seconds > 0)) throw new Error('LOAD_CLIENTS and LOAD_SECONDS must be positive numbers');
  let server: ServerProcess | undefined;
  let dataDir: string | undefined;
  let url: string;
  if (process.env.LOAD_URL) url = localOnly(process.env.LOAD_URL);
  else {
    dataDir = mkdtempSync(join(tmpdir(), 'dangvu-load-'));
    server = await startServer({ dataDir, env: { LOG_LEVEL: 'warn' } });
    url = server.url;
    console.log(`started the server on the embedded PostgreSQL with the demo data in ${Math.round(server.readyMs)} ms`);
  }
  try {
    const target = await prepare(url, username, password);
    console.log(`${clients} clients × ${seconds} s on ${ops.join(', ')} as ${username} (${url})`);
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
    console.log(JSON.stringify({ clients, seconds, ops, user: username, ...all, results }));
    process.exitCode = all.errors ? 1 : 0;
  } finally {
    if (server) await server.stop('SIGTERM');
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
