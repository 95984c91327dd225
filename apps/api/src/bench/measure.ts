import { performance } from 'node:perf_hooks';

/** Timing over HTTP: sequential series with warm-up, and a closed loop of concurrent clients. */

export type Run = (i: number) => Promise<unknown>;

export interface Series {
  runs: number;
  p50: number;
  p95: number;
}

export interface Throughput {
  clients: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
}

/** A GraphQL client bound to one endpoint and (optionally) one session. */
export function client(url: string, token?: string) {
  return async function gql<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * `runs` sequential requests after `warmup` unmeasured ones; stops early once
 * `maxSeconds` have passed (a slow request at large scale), and says how many ran.
 */
export async function series(run: Run, runs: number, warmup: number, maxSeconds: number): Promise<Series> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < runs && (i < 5 || performance.now() < deadline); i++) {
    const s = performance.now();
    await run(warmup + i);
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

/** `clients` concurrent loops of `run` for `seconds`: requests per second and latency. */
export async function throughput(run: Run, clients: number, seconds: number): Promise<Throughput> {
  const times: number[] = [];
  const start = performance.now();
  const end = start + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        await run(n++);
        times.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    clients,
    seconds: round(elapsed),
    requests: times.length,
    rps: round(times.length / elapsed),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
  };
}

export interface Row {
  name: string;
  target?: number;
  result: Series;
}

const ok = (p95: number, target?: number) => (target === undefined ? '' : p95 <= target ? 'ok' : 'MISSED');

/** The results as a text table. */
export function table(rows: Row[], t: Throughput | null, throughputTarget: { rps: number; p95: number }): string {
  const w = Math.max(...rows.map((r) => r.name.length), 40);
  const line = (cells: string[]) =>
    `${cells[0].padEnd(w)}  ${cells
      .slice(1)
      .map((c, i) => c.padStart(i === 4 ? 7 : 9))
      .join('  ')}`;
  const out = [line(['request', 'runs', 'p50 ms', 'p95 ms', 'target', 'result'])];
  out.push('-'.repeat(w + 55));
  for (const r of rows) {
    out.push(
      line([
        r.name,
        String(r.result.runs),
        r.result.p50.toFixed(1),
        r.result.p95.toFixed(1),
        r.target === undefined ? '—' : `≤ ${r.target}`,
        ok(r.result.p95, r.target),
      ]),
    );
  }
  if (t) {
    const met = t.rps >= throughputTarget.rps && t.p95 <= throughputTarget.p95;
    out.push('-'.repeat(w + 55));
    out.push(
      `${t.clients} concurrent clients on the district list, ${t.seconds} s: ${t.requests} requests, ` +
        `${t.rps} requests/s (target ≥ ${throughputTarget.rps}), p50 ${t.p50} ms, p95 ${t.p95} ms ` +
        `(target ≤ ${throughputTarget.p95}): ${met ? 'ok' : 'MISSED'}`,
    );
  }
  return out.join('\n');
}
