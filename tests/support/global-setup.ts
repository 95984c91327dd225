import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type ChromiumLaunch, resolveChromium } from './chromium.js';
import { spawnServer, stopServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: ChromiumLaunch;
  }
}

/**
 * Chooses the Chromium of the browser tests, starts the product as
 * `npm start` does (the built server on a fresh embedded PostgreSQL with the
 * demo data) and stops it with SIGTERM after the run, checking that it stops
 * cleanly.
 */
export default async function setup(project: TestProject) {
  project.provide('chromium', await resolveChromium());
  const dataDir = mkdtempSync(join(tmpdir(), 'dangvu-e2e-'));
  const server = await spawnServer({ DATA_DIR: dataDir, SEED_DEMO: 'true' });
  await server.ready;
  project.provide('baseUrl', server.url);
  return async () => {
    const code = await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
    if (code !== 0)
      throw new Error(`the server did not stop cleanly on SIGTERM (${code}):\n${server.output().slice(-2000)}`);
  };
}
