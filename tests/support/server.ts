import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? done(a.port) : fail(new Error('no port'))));
    });
  });
}

export interface Server {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  /** Resolves with the milliseconds from the spawn until /readyz answered 200. */
  ready: Promise<number>;
}

/**
 * Spawns the built server (apps/api/dist/main.js) as a user runs it, on
 * `port` (a free one by default), with `env` on top of this process's
 * environment (without DATABASE_URL and vitest's NODE_ENV unless `env` sets
 * them), and polls /readyz until it answers, the process exits or `timeoutMs` passes.
 */
export async function spawnServer(
  env: NodeJS.ProcessEnv,
  { port = 0, timeoutMs = 240_000 }: { port?: number; timeoutMs?: number } = {},
): Promise<Server> {
  port ||= await freePort();
  const full: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  delete full.DATABASE_URL;
  delete full.NODE_ENV; // vitest's NODE_ENV=test changes Apollo's behaviour
  Object.assign(full, env);
  const started = Date.now();
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: full,
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
  const ready = (async () => {
    while (Date.now() - started < timeoutMs) {
      if (child.exitCode !== null) throw new Error(`the server exited early:\n${out}`);
      const ok = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`the server did not become ready:\n${out}`);
  })();
  ready.catch(() => {}); // awaited by the caller
  return { child, url, output: () => out, ready };
}

/** Sends SIGTERM and resolves with the exit code (null after SIGKILL when it hangs past `timeoutMs`). */
export async function stopServer(server: Server, timeoutMs = 20_000): Promise<number | null | 'timeout'> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
  server.child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    exited,
    new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') server.child.kill('SIGKILL');
  return code;
}

export interface GqlAnswer {
  status: number;
  data?: any;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) } as GqlAnswer;
}

/** The first error's code, or OK. */
export const codeOf = (a: GqlAnswer) => (a.errors?.length ? String(a.errors[0].extensions.code) : 'OK');
