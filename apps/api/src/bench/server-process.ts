import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../db/embedded.js';

/**
 * The built server as a user runs it (`node apps/api/dist/main.js`), for the
 * load and fault scripts: its own DATA_DIR, listening on 127.0.0.1 only.
 */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the first 200 on /readyz. */
  readyMs: number;
  output(): string;
  /** Sends the signal and waits for the exit; returns the exit code and how long it took. */
  stop(signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const now = () => performance.now();

/** Polls `check` every `every` ms until it answers true; false after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, every = 50) {
  const deadline = now() + timeoutMs;
  while (now() < deadline) {
    if (await check()) return true;
    await sleep(every);
  }
  return false;
}

export const httpOk = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );

export async function startServer(options: {
  dataDir: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    SEED_DEMO: 'true',
    ...options.env,
  };
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const t0 = now();
  const child = spawn(process.execPath, [new URL('../main.js', import.meta.url).pathname], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = await waitFor(() => child.exitCode === null && httpOk(`${url}/readyz`), 120_000, 100);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`the server did not become ready:\n${out.slice(-3000)}`);
  }
  return {
    url,
    child,
    readyMs: now() - t0,
    output: () => out,
    stop: async (signal) => {
      const t = now();
      const exited = new Promise<number | null>((r) =>
        child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code)),
      );
      child.kill(signal);
      return { code: await exited, ms: now() - t };
    },
  };
}

/**
 * The postmaster of the cluster in `pgData`, from its postmaster.pid: its pid
 * and whether it says it accepts connections (line 8, "ready").
 */
export function postmaster(pgData: string): { pid: number; ready: boolean } | null {
  const file = join(pgData, 'postmaster.pid');
  if (!existsSync(file)) return null;
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    return { pid: Number(lines[0]), ready: (lines[7] ?? '').trim() === 'ready' };
  } catch {
    return null;
  }
}

/** Kills the postmaster of `pgData` with SIGKILL, as a crash or the OOM killer would; returns its pid. */
export function killPostmaster(pgData: string): number {
  const pm = postmaster(pgData);
  if (!pm) throw new Error(`no postmaster.pid in ${pgData}`);
  process.kill(pm.pid, 'SIGKILL');
  return pm.pid;
}

/** Refuses any target but this machine: the scripts send traffic to 127.0.0.1 only. */
export function localOnly(url: string): string {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host))
    throw new Error(`${url}: the load and fault scripts only send traffic to 127.0.0.1`);
  return url.replace(/\/$/, '');
}
