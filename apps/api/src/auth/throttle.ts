import type { DataSource } from 'typeorm';

/**
 * Failed sign-ins per user name (whether or not the name exists). From the
 * third failure answers are slowed down; from the fifth the name is refused
 * for a while, doubling up to 15 minutes. Failures older than 15 minutes are
 * forgotten; a successful sign-in clears them.
 */
export const THROTTLE = {
  slowAfter: 2,
  delayStepMs: 500,
  lockAfter: 5,
  firstLockSeconds: 30,
  maxLockSeconds: 900,
  forgetAfterSeconds: 900,
};

export async function lockedFor(ds: DataSource, username: string): Promise<number> {
  const [row] = await ds.query(
    `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle
      WHERE username = $1 AND locked_until > now()`,
    [username],
  );
  return row ? Math.max(1, row.seconds) : 0;
}

export async function afterFailure(
  ds: DataSource,
  username: string,
): Promise<{ delayMs: number; lockSeconds: number }> {
  const [row] = await ds.query(
    `INSERT INTO login_throttle AS t (username, failures, last_failure_at) VALUES ($1, 1, now())
     ON CONFLICT (username) DO UPDATE SET
       failures = CASE WHEN t.last_failure_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
       last_failure_at = now()
     RETURNING failures`,
    [username, THROTTLE.forgetAfterSeconds],
  );
  const failures: number = row.failures;
  if (failures >= THROTTLE.lockAfter) {
    const lockSeconds = Math.min(
      THROTTLE.maxLockSeconds,
      THROTTLE.firstLockSeconds * 2 ** (failures - THROTTLE.lockAfter),
    );
    await ds.query(`UPDATE login_throttle SET locked_until = now() + make_interval(secs => $2) WHERE username = $1`, [
      username,
      lockSeconds,
    ]);
    return { delayMs: 0, lockSeconds };
  }
  return { delayMs: Math.max(0, failures - THROTTLE.slowAfter) * THROTTLE.delayStepMs, lockSeconds: 0 };
}
