import type { DataSource } from 'typeorm';

/**
 * Sign-in attempts per user name (whether or not the name exists), counted
 * before the password is checked. From the third failure answers are slowed
 * down; the fifth sets a lock, doubling per further attempt up to 15 minutes.
 * Attempts older than 15 minutes are forgotten; a successful sign-in clears them.
 */
export const THROTTLE = {
  slowAfter: 2,
  delayStepMs: 500,
  lockAfter: 5,
  firstLockSeconds: 30,
  maxLockSeconds: 900,
  forgetAfterSeconds: 900,
};

export type Attempt =
  /** The name is locked: refuse without checking the password; nothing was counted. */
  | { locked: true; seconds: number }
  /** Counted as the n-th attempt; `lockSeconds` > 0 when this attempt set (or found) a lock for the next ones. */
  | { locked: false; n: number; lockSeconds: number };

/**
 * Counts an attempt for `username` and sets the lock in one statement (it
 * holds the name's row while it runs), so that in a burst from any number of
 * processes each attempt sees the ones before it: the attempt that reaches
 * `lockAfter` sets the lock and every later one finds it. A lock in force is
 * never written (the update's WHERE), so no attempt shortens it.
 */
export async function countAttempt(ds: DataSource, username: string): Promise<Attempt> {
  const n = `CASE WHEN t.last_failure_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END`;
  const [counted] = await ds.query(
    `INSERT INTO login_throttle AS t (username, failures, last_failure_at) VALUES ($1, 1, now())
     ON CONFLICT (username) DO UPDATE SET
       failures = ${n},
       last_failure_at = now(),
       locked_until = CASE WHEN ${n} >= $3
         THEN now() + make_interval(secs => least($5, $4 * 2 ^ (${n} - $3)))
         ELSE t.locked_until END
     WHERE t.locked_until IS NULL OR t.locked_until <= now()
     RETURNING failures, coalesce(ceil(extract(epoch FROM locked_until - now())), 0)::int AS lock_seconds`,
    [username, THROTTLE.forgetAfterSeconds, THROTTLE.lockAfter, THROTTLE.firstLockSeconds, THROTTLE.maxLockSeconds],
  );
  if (counted) return { locked: false, n: counted.failures, lockSeconds: Math.max(0, counted.lock_seconds) };
  // the row is locked (the update's WHERE refused it): how long for
  const [row] = await ds.query(
    `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle WHERE username = $1`,
    [username],
  );
  return { locked: true, seconds: Math.max(1, row?.seconds ?? 1) };
}

/** How long to hold back the answer to a failed n-th attempt. */
export function failureDelayMs(n: number): number {
  return Math.max(0, n - THROTTLE.slowAfter) * THROTTLE.delayStepMs;
}
