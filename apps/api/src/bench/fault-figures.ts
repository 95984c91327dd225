// The figures `npm run faults` prints; without imports, so that the process test can type them too.

/** What a PostgreSQL crash under load looked like from outside (ms from the kill unless said otherwise). */
export interface CrashFigures {
  /** Until PostgreSQL accepted connections again. */
  postgresBackMs: number;
  /** Until the first request (sent after the kill) succeeded. */
  servingAgainMs: number;
  /** From PostgreSQL accepting connections to the first success: the API's own share (target ≤ 5,000). */
  afterPostgresMs: number;
  /** Until /readyz answered 200 again. */
  readyzBackMs: number;
  /** /readyz said 503 while PostgreSQL was down; /healthz stayed 200 throughout. */
  readyzSaid503: boolean;
  healthzAlways200: boolean;
  /** Requests that failed during the outage, how they answered, and the slowest of them. */
  failed: number;
  failedMaxMs: number;
  outcomes: Record<string, number>;
  /** Failures among requests sent more than 1 s after serving resumed (should be 0). */
  failedAfterRecovery: number;
  /** The scope's member count before the kill and after the recovery (data intact). */
  membersBefore: number;
  membersAfter: number;
  /** The embedded server's supervisor: from the postmaster's death to PostgreSQL ready, from its log. */
  supervisorRestartMs?: number;
}
