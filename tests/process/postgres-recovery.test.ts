import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { CrashFigures as Crash } from '@dangvu/api/src/bench/fault-figures.js';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * Runs `npm run faults` (the built script) on the PostgreSQL scenarios: the
 * built server under load from 8 clients, its embedded PostgreSQL killed with
 * SIGKILL (the server's supervisor restarts it), then a DATABASE_URL server
 * killed and started again 3 s later (the pool reconnects). The script
 * measures from outside, over HTTP and PostgreSQL's postmaster.pid.
 */
async function faults(): Promise<{ results: { embedded: Crash; external: Crash }; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FAULTS: 'embedded,external',
    FAULT_CLIENTS: '8',
    FAULT_WARMUP_MS: '1500',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [join(root, 'apps/api/dist/bench/faults.js')], { env });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  await new Promise((r) => child.once('exit', r));
  const last = output.trim().split('\n').at(-1) ?? '';
  if (!last.startsWith('{')) throw new Error(`npm run faults printed no result:\n${output}`);
  return { ...JSON.parse(last), output };
}

it('recovers from PostgreSQL killed under load, embedded or DATABASE_URL, without restarting the API', async () => {
  const { results, output } = await faults();
  console.log(output.split('\n').slice(0, -1).join('\n'));
  for (const [name, f] of Object.entries(results)) {
    console.log(
      `${name}: PostgreSQL back after ${f.postgresBackMs} ms, serving again after ${f.servingAgainMs} ms (${f.afterPostgresMs} ms after PostgreSQL)`,
    );
    // the process stays up and says it is not ready while the database is away
    expect(f.healthzAlways200).toBe(true);
    expect(f.readyzSaid503).toBe(true);
    expect(f.readyzBackMs).toBeLessThan(45_000);
    // serving again without a restart of the API (target 5 s after PostgreSQL, measured by `npm run faults`:
    // docs/reliability.md; bounds here only catch a server that never comes back, on a loaded two-core machine)
    expect(f.servingAgainMs).toBeLessThan(45_000);
    expect(f.afterPostgresMs).toBeLessThan(45_000);
    // meanwhile requests fail fast (within the pool's 5 s connection timeout), in the error model
    expect(f.failed).toBeGreaterThan(0);
    expect(f.failedMaxMs).toBeLessThan(6_000);
    for (const outcome of Object.keys(f.outcomes)) expect(outcome).toBe('503 SERVICE_UNAVAILABLE');
    // broken connections are not reused: no failure once serving resumed; no data lost
    expect(f.failedAfterRecovery).toBe(0);
    expect(f.membersAfter).toBe(f.membersBefore);
    expect(f.membersBefore).toBeGreaterThan(0);
  }
}, 240_000);
