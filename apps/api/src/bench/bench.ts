import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { ensureAdmin, ensureDatabase } from '../db/bootstrap.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { type EmbeddedServer, freePort, startEmbedded } from '../db/embedded.js';
import { scaleSpec } from './country.js';
import { generate, TERMS } from './generate.js';
import { inspections } from './inspections.js';
import { client, type Row, series, type Throughput, table, throughput } from './measure.js';
import { meetings } from './meetings.js';
import { concurrentRun, deepCursor, scenarios, THROUGHPUT_TARGET } from './requests.js';

/**
 * npm run bench — a national-scale benchmark (docs/benchmarks.md). Generates
 * a country (SCALE=district|province|nation, NATION_FRACTION to shrink it)
 * in a fresh database on the embedded PostgreSQL or on DATABASE_URL, starts
 * the API as a separate process (`node apps/api/dist/main.js`, as it is run),
 * signs in as a district admin, a province admin and ADMIN, and measures over
 * HTTP. The last line of the output is one JSON object with the figures.
 *
 * A developer tool, not the application: it reads its own settings here.
 */
const env = process.env;
const config = {
  scale: env.SCALE || (env.NATION_FRACTION ? 'nation' : 'province'),
  fraction: Number(env.NATION_FRACTION || 1),
  runs: Number(env.RUNS || 100),
  warmup: Number(env.WARMUP || 10),
  maxSeconds: Number(env.MAX_SECONDS || 60),
  concurrency: Number(env.CONCURRENCY || 50),
  duration: Number(env.DURATION || 20),
  deepPages: Number(env.DEEP_PAGES || 20),
  keep: env.KEEP === '1' || env.KEEP === 'true',
  reuse: env.REUSE || '',
  databaseUrl: env.DATABASE_URL || '',
  /** A regular expression: measure only the rows whose name matches (e.g. ONLY=alerts). */
  only: env.ONLY || '',
};
const PASSWORD = 'bench12345';
const log = (m: string) => console.log(m);
/** What to undo when the run fails half-way: the API process, the embedded server. */
const cleanups: (() => Promise<unknown>)[] = [];

interface Meta {
  scale: string;
  members: number;
  organizations: number;
  events: number;
  generationSeconds: number;
  districtId: string;
  provinceId: string;
}

/** The server (embedded or DATABASE_URL) and the database this run uses; REUSE names an earlier one. */
async function database(): Promise<{ dir: string | null; pg: EmbeddedServer | null; url: string; name: string }> {
  if (config.databaseUrl) {
    const server = config.databaseUrl.replace(/\/[^/]*$/, '');
    const name = config.reuse || `dangvu_bench_${process.pid}`;
    await ensureDatabase(`${server}/postgres`, name);
    return { dir: null, pg: null, url: `${server}/${name}`, name };
  }
  const dir = config.reuse || mkdtempSync(join(tmpdir(), 'dangvu-bench-'));
  if (!config.reuse && !config.keep) cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const pg = await startEmbedded({ dir, password: 'bench', log });
  cleanups.push(() => pg.stop());
  let name = `dangvu_bench_${process.pid}`;
  if (config.reuse) {
    const found = await (async () => {
      const ds = createDataSource(pg.url('postgres'));
      await ds.initialize();
      const rows = await ds.query(`SELECT datname FROM pg_database WHERE datname LIKE 'dangvu_bench_%' LIMIT 1`);
      await ds.destroy();
      return rows[0]?.datname as string | undefined;
    })();
    if (!found) throw new Error(`REUSE=${dir}: no dangvu_bench_* database there`);
    name = found;
  } else {
    await ensureDatabase(pg.url('postgres'), name);
    // a throw-away cluster: fewer checkpoints during the bulk load (reads are not affected)
    const ds = createDataSource(pg.url('postgres'));
    await ds.initialize();
    await ds.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await ds.query('SELECT pg_reload_conf()');
    await ds.destroy();
  }
  return { dir, pg, url: pg.url(name), name };
}

async function dropDatabase(name: string): Promise<void> {
  const ds = createDataSource(`${config.databaseUrl.replace(/\/[^/]*$/, '')}/postgres`);
  await ds.initialize();
  await ds.query(`DROP DATABASE IF EXISTS "${name}"`);
  await ds.destroy();
}

async function readMeta(ds: DataSource, name: string): Promise<Meta | null> {
  const [row] = await ds.query(
    `SELECT shobj_description(oid, 'pg_database') AS d FROM pg_database WHERE datname = $1`,
    [name],
  );
  return row?.d ? (JSON.parse(row.d) as Meta) : null;
}

/** The committee of about the wanted size, and its province; with their users (password PASSWORD). */
async function users(ds: DataSource, wanted: number): Promise<{ districtId: string; provinceId: string }> {
  const [d] = await ds.query(
    `WITH c AS (SELECT organization_id, count(*) AS n FROM member WHERE status IN ('PROBATIONARY', 'OFFICIAL') GROUP BY 1),
     k AS (SELECT split_part(o.path, '/', 3)::uuid AS id, sum(c.n) AS n FROM c JOIN organization o ON o.id = c.organization_id GROUP BY 1)
     SELECT k.id, o.parent_id AS province FROM k JOIN organization o ON o.id = k.id
      WHERE o.kind = 'DISTRICT_COMMITTEE' ORDER BY abs(k.n - $1), o.code LIMIT 1`,
    [wanted],
  );
  await ensureAdmin(ds, 'admin', PASSWORD);
  await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, scope_id)
     SELECT u.username, u.display_name, a.password_hash, 'DISTRICT_ADMIN', u.scope_id::uuid
       FROM (VALUES ('bench-district', 'Ban Tổ chức (đảng bộ trực thuộc)', $1), ('bench-province', 'Ban Tổ chức Tỉnh ủy', $2))
            AS u(username, display_name, scope_id), app_user a
      WHERE a.username = 'admin'`,
    [d.id, d.province],
  );
  return { districtId: d.id, provinceId: d.province };
}

/**
 * What a database generated before the later features lacks: their
 * inspections, cell meetings and terms (as generate.ts makes them now), and
 * the province's inspector (DISTRICT_INSPECTOR bound to the province).
 */
async function ensureLaterFeatures(ds: DataSource, provinceId: string): Promise<void> {
  for (const [table, generate] of [
    ['inspection', inspections],
    ['meeting', meetings],
  ] as const) {
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM ${table}`);
    if (n > 0) continue;
    const q = ds.createQueryRunner();
    await generate(q, log).finally(() => q.release());
  }
  await ds.query(TERMS);
  await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, scope_id)
     SELECT 'bench-inspector', 'Ủy ban Kiểm tra Tỉnh ủy', a.password_hash, 'DISTRICT_INSPECTOR', $1 FROM app_user a
      WHERE a.username = 'admin' ON CONFLICT (username) DO NOTHING`,
    [provinceId],
  );
}

async function prepare(ds: DataSource, name: string): Promise<Meta> {
  const existing = await readMeta(ds, name);
  if (existing) {
    log(`reusing ${existing.scale}: ${existing.members.toLocaleString('en')} members`);
    return existing;
  }
  const spec = scaleSpec(config.scale, config.fraction);
  log(`generating ${spec.scale}: ${spec.members.toLocaleString('en')} members …`);
  const t0 = performance.now();
  const q = ds.createQueryRunner();
  const generated = await generate(q, spec, log).finally(() => q.release());
  const ids = await users(ds, spec.districtMembers);
  const meta: Meta = { scale: spec.scale, ...generated, generationSeconds: (performance.now() - t0) / 1000, ...ids };
  await ds.query(`COMMENT ON DATABASE "${name}" IS '${JSON.stringify(meta).replace(/'/g, "''")}'`);
  return meta;
}

/** Node's flags in infra/Dockerfile's CMD (`node <flags> apps/api/dist/main.js`): the benchmark runs the API with them. */
function productionNodeFlags(): string[] {
  const dockerfile = readFileSync(new URL('../../../../infra/Dockerfile', import.meta.url), 'utf8');
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
  if (!cmd) throw new Error('infra/Dockerfile has no CMD ["node", …]');
  const args = JSON.parse(cmd[1]) as string[];
  return args.slice(1, -1);
}

/** The API as it is run in production (infra/Dockerfile: NODE_ENV=production, its node flags), in its own process, on a free port. */
async function startApi(url: string, dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const main = new URL('../main.js', import.meta.url).pathname;
  const flags = productionNodeFlags();
  log(`API: NODE_ENV=production node ${[...flags, 'apps/api/dist/main.js'].join(' ')} (infra/Dockerfile's CMD)`);
  const child = spawn(process.execPath, [...flags, main], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      TOKEN_SECRET: 'bench-token-secret-of-at-least-32-characters',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: PASSWORD,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not become ready within 60 s');
}

async function main() {
  const db = await database();
  const ds = createDataSource(db.url, { poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  const meta = await prepare(ds, db.name);
  await ensureLaterFeatures(ds, meta.provinceId);
  const [{ size }] = await ds.query('SELECT pg_database_size(current_database())::bigint AS size');
  const sizeMiB = Math.round(Number(size) / 2 ** 20);
  log(
    `${meta.scale}: ${meta.organizations.toLocaleString('en')} organisations, ${meta.members.toLocaleString('en')} members, ` +
      `${meta.events.toLocaleString('en')} events; generated in ${meta.generationSeconds.toFixed(0)} s; database ${sizeMiB.toLocaleString('en')} MiB`,
  );
  const [scope] = await ds.query(
    `SELECT d.code AS district, d.name AS district_name, p.code AS province, p.name AS province_name,
            (SELECT count(*) FROM member m JOIN organization o ON o.id = m.organization_id
              WHERE o.path LIKE d.path || '%' AND m.status IN ('PROBATIONARY', 'OFFICIAL'))::int AS district_members
       FROM organization d, organization p WHERE d.id = $1 AND p.id = $2`,
    [meta.districtId, meta.provinceId],
  );
  log(`district admin: ${scope.district} ${scope.district_name} (${scope.district_members} current members)`);
  log(`province admin: ${scope.province} ${scope.province_name}`);
  const memberIds: string[] = (
    await ds.query(
      `SELECT m.id FROM member m JOIN organization o ON o.id = m.organization_id
        WHERE o.path LIKE (SELECT path FROM organization WHERE id = $1) || '%' ORDER BY random() LIMIT 500`,
      [meta.districtId],
    )
  ).map((r: { id: string }) => r.id);

  const dataDir = db.dir ?? mkdtempSync(join(tmpdir(), 'dangvu-bench-api-'));
  const api = await startApi(db.url, join(dataDir, 'api'));
  const stopApi = async () => {
    if (api.child.exitCode !== null) return;
    api.child.kill('SIGTERM');
    await new Promise((r) => api.child.once('exit', r));
  };
  cleanups.push(stopApi);
  const rows: Row[] = [];
  let t: Throughput | null = null;
  try {
    const anon = client(`${api.base}/graphql`);
    const login = async (username: string) => {
      const d = await anon<{ login: { token: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        {
          u: username,
          p: PASSWORD,
        },
      );
      return client(`${api.base}/graphql`, d.login.token);
    };
    const sessions = {
      district: await login('bench-district'),
      province: await login('bench-province'),
      inspector: await login('bench-inspector'),
      admin: await login('admin'),
      provinceId: meta.provinceId,
    };
    const deep = await deepCursor(sessions.district, config.deepPages);
    const only = config.only ? new RegExp(config.only, 'i') : null;
    for (const s of scenarios(sessions, memberIds, deep, config.deepPages, meta.districtId)) {
      if (only && !only.test(s.name)) continue;
      const result = await series(s.run, config.runs, config.warmup, config.maxSeconds);
      rows.push({ name: s.name, target: s.target, result });
      log(`  ${s.name}: p50 ${result.p50} ms, p95 ${result.p95} ms (${result.runs} runs)`);
    }
    if (config.concurrency > 0) {
      t = await throughput(concurrentRun(sessions), config.concurrency, config.duration);
    }
  } finally {
    await stopApi();
  }
  log('');
  log(table(rows, t, THROUGHPUT_TARGET));
  await ds.destroy();
  if (!config.keep && !config.reuse && !db.pg) await dropDatabase(db.name);
  await db.pg?.stop();
  cleanups.length = 0;
  if (config.keep || config.reuse) log(`kept: REUSE=${db.dir ?? db.name}`);
  else if (db.dir) rmSync(db.dir, { recursive: true, force: true });
  if (!db.dir) rmSync(dataDir, { recursive: true, force: true });
  const results = Object.fromEntries(rows.map((r) => [r.name, { p50: r.result.p50, p95: r.result.p95 }]));
  console.log(
    JSON.stringify({
      scale: meta.scale,
      members: meta.members,
      generationSeconds: Math.round(meta.generationSeconds),
      databaseMiB: sizeMiB,
      results,
      throughput: t ? { rps: t.rps, p95: t.p95 } : null,
    }),
  );
}

main().catch(async (e) => {
  console.error(e);
  for (const undo of cleanups.reverse()) await undo().catch(() => {});
  process.exit(1);
});
