import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type ChromiumLaunch, resolveChromium } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: ChromiumLaunch;
  }
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? done(a.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Chooses the Chromium of the browser tests, starts the product as `npm start` does (the built server on a fresh
 * embedded PostgreSQL with the demo data) and stops it with SIGTERM after
 * the run, checking that it stops cleanly.
 */
export default async function setup(project: TestProject) {
  project.provide('chromium', await resolveChromium());
  const dataDir = mkdtempSync(join(tmpdir(), 'dangvu-e2e-'));
  const port = await freePort();
  const root = resolve(import.meta.dirname, '../..');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'true' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV; // as a user runs it: vitest's NODE_ENV=test changes Apollo's behaviour
  const child: ChildProcess = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`the server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), 20_000))),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the server did not stop cleanly on SIGTERM (${code}):\n${output.slice(-2000)}`);
  };
}
