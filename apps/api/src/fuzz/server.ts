import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerUnderTest {
  url: string;
  pid: number;
  /** Lines the server logged at ERROR level. */
  errors(): string[];
  stop(): Promise<number | null>;
}

/** The resident set of a process in MB (Linux), or NaN. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Starts the built server as a user runs it (`node apps/api/dist/main.js`)
 * on a fresh embedded PostgreSQL in a temporary directory, with the demo data.
 */
export async function startServer(): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dangvu-fuzz-'));
  const main = resolve(import.meta.dirname, '../main.js');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child: ChildProcess = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const errors: string[] = [];
  const take = (d: Buffer) => {
    const text = d.toString();
    output = (output + text).slice(-20_000);
    for (const line of text.split('\n')) if (/^\[[^\]]+\] ERROR /.test(line)) errors.push(line);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const deadline = Date.now() + 120_000;
  let url = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    // PORT=0: the system picks a free port, which the server prints once it listens
    const port = /running at http:\/\/localhost:(\d+)/.exec(output)?.[1];
    url = port ? `http://127.0.0.1:${port}` : '';
    const ok =
      !!url &&
      (await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      ));
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid ?? 0,
    errors: () => errors,
    stop: async () => {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
