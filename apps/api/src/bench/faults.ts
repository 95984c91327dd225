import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrashFigures } from './fault-figures.js';
import { embeddedCrash, externalCrash } from './faults-postgres.js';
import { gql } from './load-driver.js';
import { now, type ServerProcess, startServer } from './server-process.js';

/**
 * npm run faults — kills things under load and measures the recovery:
 * 1. the embedded PostgreSQL killed (SIGKILL) under load, restarted by the server's supervisor;
 * 2. a DATABASE_URL PostgreSQL killed under load and started again 3 s later (the pool reconnects);
 * 3. the API killed (SIGKILL) in the middle of an import, then started again: nothing of the import is saved,
 *    and the same import then succeeds whole;
 * 4. a clean stop (SIGTERM) and start on the same data.
 * Prints the figures, checks them, and ends with one JSON line; exits 1 when a check fails.
 * FAULTS=embedded,external,import,restart picks scenarios; IMPORT_ROWS (3000) sizes the import;
 * FAULT_CLIENTS (20) and FAULT_WARMUP_MS (3000) shape the load around the PostgreSQL kills.
 * Not part of npm test; traffic only to 127.0.0.1.
 */
const ROWS = Number(process.env.IMPORT_ROWS ?? 3000);
const pick = (process.env.FAULTS ?? 'embedded,external,import,restart').split(',');
const ADMIN = { u: 'admin', p: 'admin12345' };

interface ImportFigures {
  rows: number;
  killedAtSaved: number;
  restartAfterKillMs: number;
  partialRowsSaved: number;
  reimported: number;
  stopMs: number;
  stopExitCode: number | null;
  cleanRestartMs: number;
  membersKeptAfterRestart: boolean;
}

async function adminToken(url: string): Promise<string> {
  const { body } = await gql(url, 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', ADMIN);
  return body.data.login.token;
}

async function countIn(url: string, token: string, withinId: string): Promise<number> {
  const q = 'query($w:ID){ members(first:1, filter:{withinId:$w}){ totalCount } }';
  return (await gql(url, q, { w: withinId }, token)).body.data.members.totalCount;
}

function csv(rows: number): Buffer {
  const lines = ['Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng'];
  for (let i = 0; i < rows; i++) lines.push(`Người thử ${i},${i % 2 ? 'Nữ' : 'Nam'},01/01/1980,Tày,01/01/2005`);
  return Buffer.from(lines.join('\n'));
}

/** Posts the import and reads its NDJSON progress; `onSaved` sees each saving step (rows saved so far). */
async function postImport(url: string, token: string, cell: string, body: Buffer, onSaved?: (n: number) => void) {
  const res = await fetch(`${url}/import/members?organizationId=${cell}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', accept: 'application/x-ndjson' },
    body,
  });
  let last: { type: string; imported?: number } = { type: 'none' };
  let buffered = '';
  const decoder = new TextDecoder();
  try {
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        last = JSON.parse(line);
        if (last.type === 'progress' && (last as { phase?: string }).phase === 'saving')
          onSaved?.((last as { done?: number }).done ?? 0);
      }
    }
  } catch {
    /* the server was killed: the stream breaks */
  }
  return last;
}

async function importKill(dataDir: string): Promise<ImportFigures> {
  let server: ServerProcess = await startServer({ dataDir, env: { LOG_LEVEL: 'warn' } });
  const port = Number(new URL(server.url).port);
  let token = await adminToken(server.url);
  const cell = (await gql(server.url, '{ organizationByCode(code:"LB-LC-01"){ id } }', {}, token)).body.data
    .organizationByCode.id;
  const before = await countIn(server.url, token, cell);
  let killedAtSaved = 0;
  await postImport(server.url, token, cell, csv(ROWS), (saved) => {
    if (saved >= ROWS / 3 && !killedAtSaved) {
      killedAtSaved = saved;
      server.child.kill('SIGKILL'); // mid-transaction; its PostgreSQL is left orphaned, with postmaster.pid
    }
  });
  await new Promise((r) => (server.child.exitCode !== null ? r(null) : server.child.once('exit', r)));
  server = await startServer({ dataDir, port, env: { LOG_LEVEL: 'warn' } });
  const restartAfterKillMs = server.readyMs;
  token = await adminToken(server.url);
  const partialRowsSaved = (await countIn(server.url, token, cell)) - before;
  const again = await postImport(server.url, token, cell, csv(ROWS));
  const stop = await server.stop('SIGTERM');
  const t = now();
  server = await startServer({ dataDir, port, env: { LOG_LEVEL: 'warn' } });
  const cleanRestartMs = now() - t;
  token = await adminToken(server.url);
  const kept = (await countIn(server.url, token, cell)) === before + ROWS;
  await server.stop('SIGTERM');
  return {
    rows: ROWS,
    killedAtSaved,
    restartAfterKillMs: Math.round(restartAfterKillMs),
    partialRowsSaved,
    reimported: again.imported ?? 0,
    stopMs: Math.round(stop.ms),
    stopExitCode: stop.code,
    cleanRestartMs: Math.round(cleanRestartMs),
    membersKeptAfterRestart: kept,
  };
}

function crashChecks(name: string, f: CrashFigures): string[] {
  const bad: string[] = [];
  if (!(f.afterPostgresMs <= 5_000))
    bad.push(`${name}: serving again ${f.afterPostgresMs} ms after PostgreSQL (> 5 s)`);
  if (!f.healthzAlways200) bad.push(`${name}: /healthz was not always 200`);
  if (!f.readyzSaid503) bad.push(`${name}: /readyz never said 503 during the outage`);
  if (f.failedMaxMs > 6_000) bad.push(`${name}: a failing request took ${f.failedMaxMs} ms`);
  if (f.failedAfterRecovery) bad.push(`${name}: ${f.failedAfterRecovery} failures after the recovery`);
  if (f.membersBefore !== f.membersAfter) bad.push(`${name}: members ${f.membersBefore} → ${f.membersAfter}`);
  return bad;
}

async function main() {
  const results: Record<string, CrashFigures | ImportFigures> = {};
  const failures: string[] = [];
  const scenarios: [string, (dir: string) => Promise<CrashFigures | ImportFigures>][] = [
    ['embedded', embeddedCrash],
    ['external', externalCrash],
    ['import', importKill],
  ];
  for (const [name, run] of scenarios) {
    if (!pick.includes(name) && !(name === 'import' && pick.includes('restart'))) continue;
    const dir = mkdtempSync(join(tmpdir(), `dangvu-faults-${name}-`));
    try {
      console.log(`\n## ${name}`);
      const f = await run(dir);
      results[name] = f;
      for (const [k, v] of Object.entries(f)) console.log(`  ${k.padEnd(22)} ${JSON.stringify(v)}`);
      if ('servingAgainMs' in f) failures.push(...crashChecks(name, f));
      else {
        if (f.partialRowsSaved !== 0) failures.push(`import: ${f.partialRowsSaved} rows of a killed import were saved`);
        if (f.reimported !== f.rows) failures.push(`import: the import after the restart saved ${f.reimported}`);
        if (f.stopExitCode !== 0 || !f.membersKeptAfterRestart) failures.push('restart: unclean stop or data lost');
      }
    } catch (e) {
      failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(failures.length ? `\nFAILED:\n  ${failures.join('\n  ')}` : '\nall checks passed');
  console.log(JSON.stringify({ ok: !failures.length, failures, results }));
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
