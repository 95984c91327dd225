import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * A short seeded run of `npm run fuzz` (2,000 malformed requests, files and
 * inputs over every operation and route, as every role and anonymous) on its
 * own server: no 5xx, no INTERNAL_SERVER_ERROR, no leaked internals, no hang.
 */
it('survives 2,000 seeded hostile requests without a 5xx, a leak or a hang', { timeout: 150_000 }, async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, FUZZ_REQUESTS: '2000', FUZZ_SEED: '20251125' };
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/fuzz/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const line = /FUZZ_SUMMARY (.*)/.exec(out);
  expect(line, out.slice(-3000)).not.toBeNull();
  const summary = JSON.parse(line![1]);
  const failures = {
    fivexx: summary.fivexx,
    internalErrors: summary.internalErrors,
    leaks: summary.leaks,
    hangs: summary.hangs,
  };
  expect(failures, out.slice(-4000)).toEqual({ fivexx: 0, internalErrors: 0, leaks: 0, hangs: 0 });
  expect(summary.requests).toBe(2000);
  expect(summary.healthyAfter).toBe(true);
  expect(code, out.slice(-3000)).toBe(0);
});
