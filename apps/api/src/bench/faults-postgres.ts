import { join } from 'node:path';
import { ensureDatabase } from '../db/bootstrap.js';
import { type EmbeddedServer, startEmbedded } from '../db/embedded.js';
import { DEMO_PASSWORD } from '../demo/organizations.js';
import type { CrashFigures } from './fault-figures.js';
import { gql, outcomes, prepare, runLoad, type Sample, type Target } from './load-driver.js';
import { killPostmaster, now, postmaster, type ServerProcess, sleep, startServer, waitFor } from './server-process.js';

const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 20);
const WARMUP_MS = Number(process.env.FAULT_WARMUP_MS ?? 3_000);
const OPS = ['members', 'member', 'organizations'];
const MEMBER_COUNT = '{ members(first: 1) { totalCount } }';

async function memberCount(t: Target): Promise<number> {
  const { body } = await gql(t.url, MEMBER_COUNT, {}, t.token);
  return body.data?.members?.totalCount ?? -1;
}

/**
 * Runs FAULT_CLIENTS clients (20) on the server, kills PostgreSQL with
 * SIGKILL after FAULT_WARMUP_MS (3 s), lets `bringBack` restore it (or wait for the server's supervisor),
 * and measures the recovery from outside: the answers of the load, /healthz
 * and /readyz polled every 50 ms, and PostgreSQL's own postmaster.pid.
 */
async function crashUnderLoad(
  server: ServerProcess,
  pgData: string,
  bringBack: () => Promise<number | undefined>,
): Promise<CrashFigures> {
  const target = await prepare(server.url, 'lambinh.tochuc', DEMO_PASSWORD);
  const membersBefore = await memberCount(target);
  let tKill = Number.POSITIVE_INFINITY;
  let tFirstOk: number | undefined;
  let tReadyz: number | undefined;
  let readyzSaid503 = false;
  let outage = false;
  // PostgreSQL seen back (a new postmaster ready): only then does an answer count as serving again
  let postgresBack = false;
  let healthzAlways200 = true;
  const during: Sample[] = [];
  const after: Sample[] = [];
  let stop = false;
  const probes = (async () => {
    while (!stop) {
      const sent = now();
      const [h, r] = await Promise.all(
        ['healthz', 'readyz'].map((p) =>
          fetch(`${server.url}/${p}`, { signal: AbortSignal.timeout(3_000) }).then(
            (res) => res.status,
            () => 0,
          ),
        ),
      );
      if (h !== 200) healthzAlways200 = false;
      if (sent > tKill && r === 503 && tFirstOk === undefined) readyzSaid503 = true;
      if (sent > tKill && r === 200 && tReadyz === undefined && postgresBack) tReadyz = now();
      await sleep(50);
    }
  })();
  const load = runLoad({
    target,
    ops: OPS,
    clients: CLIENTS,
    until: () => stop,
    onSample: (s) => {
      const end = now();
      const start = end - s.ms;
      if (start < tKill) return;
      // the outage starts with the first failure: a backend may still answer for a moment after its
      // postmaster is killed, and that answer is not "serving again"
      if (!outage) {
        if (s.ok) return;
        outage = true;
      }
      if (tFirstOk === undefined) {
        // an answer from a backend that outlived its killed postmaster is not "serving again"
        if (!s.ok) during.push(s);
        else if (postgresBack) tFirstOk = end;
      } else if (start > tFirstOk + 1_000) after.push(s);
    },
  });
  await sleep(WARMUP_MS);
  const old = postmaster(pgData)?.pid;
  tKill = now();
  killPostmaster(pgData);
  let tPostgres = await bringBack();
  if (tPostgres === undefined) {
    await waitFor(
      () => {
        const pm = postmaster(pgData);
        return !!pm && pm.pid !== old && pm.ready;
      },
      60_000,
      10,
    );
    tPostgres = now();
  }
  postgresBack = true;
  await waitFor(() => tFirstOk !== undefined && tReadyz !== undefined, 60_000);
  await sleep(WARMUP_MS);
  stop = true;
  await Promise.all([load, probes]);
  const servingAgain = tFirstOk ?? Number.NaN;
  return {
    postgresBackMs: Math.round(tPostgres - tKill),
    servingAgainMs: Math.round(servingAgain - tKill),
    afterPostgresMs: Math.round(servingAgain - tPostgres),
    readyzBackMs: Math.round((tReadyz ?? Number.NaN) - tKill),
    readyzSaid503,
    healthzAlways200,
    failed: during.length,
    failedMaxMs: Math.round(Math.max(0, ...during.map((s) => s.ms))),
    outcomes: outcomes(during),
    failedAfterRecovery: after.filter((s) => !s.ok).length,
    membersBefore,
    membersAfter: await memberCount(target),
  };
}

/** The embedded PostgreSQL, supervised by the server, killed under load. */
export async function embeddedCrash(dataDir: string): Promise<CrashFigures> {
  const server = await startServer({ dataDir });
  try {
    const figures = await crashUnderLoad(server, join(dataDir, 'pg'), async () => undefined);
    const restarted = /PostgreSQL restarted in (\d+) ms/.exec(server.output());
    return { ...figures, supervisorRestartMs: restarted ? Number(restarted[1]) : undefined };
  } finally {
    await server.stop('SIGTERM');
  }
}

/**
 * A DATABASE_URL server (a PostgreSQL this script runs, unsupervised), killed
 * under load and started again 3 s later on the same port: the API's pool
 * must reconnect by itself.
 */
export async function externalCrash(dataDir: string): Promise<CrashFigures> {
  const pgDir = dataDir; // its files in dataDir/pg; the API's own DATA_DIR (secrets) in dataDir/api
  let pg: EmbeddedServer = await startEmbedded({ dir: pgDir, password: 'faults-password', supervise: false });
  const port = Number(new URL(pg.url('postgres')).port);
  await ensureDatabase(pg.url('postgres'), 'dangvu');
  const server = await startServer({
    dataDir: join(dataDir, 'api'),
    env: {
      DATABASE_URL: pg.url('dangvu'),
      TOKEN_SECRET: 'faults-token-secret-of-at-least-32-characters',
      ADMIN_PASSWORD: 'admin12345',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
  });
  try {
    return await crashUnderLoad(server, pg.pgData, async () => {
      await sleep(3_000);
      pg = await startEmbedded({ dir: pgDir, password: 'faults-password', port, supervise: false });
      return now();
    });
  } finally {
    await server.stop('SIGTERM');
    await pg.stop();
  }
}
