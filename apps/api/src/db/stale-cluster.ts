import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A process that still runs (a zombie waiting to be reaped holds nothing: it counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return !existsSync('/proc/self');
  }
}

/**
 * The processes of the cluster in `pgData`: PostgreSQL's postmaster changes
 * its working directory to the data directory and every backend inherits it,
 * so on Linux they are the processes whose cwd is `pgData`. Elsewhere (no
 * /proc) the list is empty and PostgreSQL's own lock-file check decides.
 */
export function clusterPids(pgData: string): number[] {
  if (!existsSync('/proc/self/cwd')) return [];
  const target = realpathSync(pgData);
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === target) pids.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return pids;
}

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  for (let waited = 0; waited < ms && pids.some(alive); waited += 50) await sleep(50);
  return pids.filter(alive);
}

/**
 * Makes the data directory startable after a crash, without ever letting two
 * servers share it:
 * - a postmaster still running on it (the node process died by SIGKILL and
 *   left its child) is stopped with a fast shutdown (SIGINT);
 * - backends orphaned by a killed postmaster are told to quit (SIGQUIT),
 *   then killed, since PostgreSQL refuses to start while they hold the old
 *   shared memory;
 * - `postmaster.pid` is removed only once no process of the cluster is left
 *   (its pid may since belong to another process, which PostgreSQL would
 *   take for a running server).
 */
export async function recoverStale(pgData: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!existsSync('/proc/self/cwd')) {
    // without /proc, leave a live pid to PostgreSQL's own check
    if (!(postmaster > 0 && alive(postmaster))) rmSync(pidFile, { force: true });
    return;
  }
  let ours = clusterPids(pgData);
  if (ours.includes(postmaster)) {
    log(`stopping an orphaned PostgreSQL (pid ${postmaster}) left by an earlier run`);
    process.kill(postmaster, 'SIGINT');
    if ((await waitGone([postmaster], 10_000)).length) process.kill(postmaster, 'SIGKILL');
    await waitGone([postmaster], 2_000);
    ours = clusterPids(pgData);
  }
  if (ours.length) {
    log(`stopping ${ours.length} PostgreSQL process(es) orphaned by their postmaster`);
    for (const pid of ours) process.kill(pid, 'SIGQUIT');
    for (const pid of await waitGone(ours, 3_000)) process.kill(pid, 'SIGKILL');
    const left = await waitGone(ours, 2_000);
    if (left.length) throw new Error(`PostgreSQL processes ${left.join(', ')} still hold ${pgData}`);
  }
  if (existsSync(pidFile)) {
    log('removing a stale postmaster.pid');
    rmSync(pidFile, { force: true });
  }
}
