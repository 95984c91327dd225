import { now, sleep } from './server-process.js';

/** One request of the load: when it started (ms since the run began), how long it took, what it answered. */
export interface Sample {
  op: string;
  at: number;
  ms: number;
  ok: boolean;
  /** HTTP status, then the first error code, e.g. "503 SERVICE_UNAVAILABLE"; "ok" for a success. */
  outcome: string;
}

export interface Target {
  url: string;
  /** Every API process to spread the clients over (client c uses urls[c % n]); `url` is the first. */
  urls: string[];
  token: string;
  /** Member ids in the caller's scope, for `member`. */
  memberIds: string[];
}

type Op = (t: Target, i: number) => { query: string; variables?: Record<string, unknown> };

/** The operations a load can mix (LOAD_OPS); each is one GraphQL request a user's screen makes. */
export const OPS: Record<string, Op> = {
  members: () => ({
    query:
      'query($first:Int){ members(first:$first){ totalCount edges{ node{ id fullName status organization{ name } } } } }',
    variables: { first: 50 },
  }),
  search: () => ({
    query: 'query($s:String){ members(first:50, filter:{search:$s}){ edges{ node{ id fullName } } } }',
    variables: { s: 'nguyen van' },
  }),
  member: (t, i) => ({
    query: 'query($id:ID!){ member(id:$id){ id fullName status events{ kind on } } }',
    variables: { id: t.memberIds[i % Math.max(1, t.memberIds.length)] },
  }),
  organizations: () => ({
    query: '{ organizations(first:50){ totalCount edges{ node{ id code name memberCount } } } }',
  }),
};

export async function gql(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, body };
}

/** Signs in and collects what the operations need (a few member ids of the scope). */
export async function prepare(url: string, username: string, password: string): Promise<Target> {
  const login = await gql(url, 'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ token } }', {
    u: username,
    p: password,
  });
  const token = login.body.data?.login?.token;
  if (!token) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(login.body.errors)}`);
  const page = await gql(url, '{ members(first:200){ edges{ node{ id } } } }', {}, token);
  const memberIds = (page.body.data?.members?.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
  return { url, urls: [url], token, memberIds };
}

/**
 * `clients` loops, each sending the operations in turn as fast as answers
 * come, until `until()` says stop; every answer becomes a Sample.
 */
export async function runLoad(options: {
  target: Target;
  ops: string[];
  clients: number;
  until: () => boolean;
  onSample?: (s: Sample) => void;
}): Promise<Sample[]> {
  const { target, ops } = options;
  const unknown = ops.filter((o) => !OPS[o]);
  if (unknown.length)
    throw new Error(`unknown operations ${unknown.join(', ')}; known: ${Object.keys(OPS).join(', ')}`);
  const samples: Sample[] = [];
  const t0 = now();
  let n = 0;
  const client = async (c: number) => {
    for (let i = c; !options.until(); i++) {
      const op = ops[i % ops.length];
      const { query, variables } = OPS[op](target, n++);
      const start = now();
      let outcome: string;
      try {
        const { status, body } = await gql(target.urls[c % target.urls.length], query, variables, target.token);
        const code = body.errors?.[0]?.extensions?.code;
        outcome = status === 200 && !body.errors ? 'ok' : `${status} ${code ?? 'no code'}`;
      } catch (e) {
        outcome = `no answer (${e instanceof Error ? e.name : 'error'})`;
        await sleep(10); // a refused connection answers at once: do not spin
      }
      const sample = { op, at: start - t0, ms: now() - start, ok: outcome === 'ok', outcome };
      samples.push(sample);
      options.onSample?.(sample);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
  return samples;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (v: number) => Math.round(v * 10) / 10;

export interface Summary {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Throughput and latency percentiles (ms) of samples taken over `seconds`. */
export function summarise(samples: Sample[], seconds: number): Summary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    requests: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    rps: round(samples.length / seconds),
    p50: round(percentile(ms, 50)),
    p95: round(percentile(ms, 95)),
    p99: round(percentile(ms, 99)),
    max: round(ms.at(-1) ?? 0),
  };
}

/** How many samples answered each outcome, e.g. {"ok": 950, "503 SERVICE_UNAVAILABLE": 50}. */
export function outcomes(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
  return counts;
}
