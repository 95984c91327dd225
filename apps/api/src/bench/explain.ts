import 'reflect-metadata';
import { setTokenSecret } from '../auth/session.service.js';
import { createDataSource } from '../db/data-source.js';
import { startEmbedded } from '../db/embedded.js';
import { startApp } from '../http/server.js';
import { INSPECTIONS } from './requests.js';

/**
 * npm run bench:explain — REUSE=<dir kept by `KEEP=1 npm run bench`>: runs
 * the benchmark's main requests once against the kept country with the API
 * in this process, captures the SQL each one runs (with its parameters), and
 * prints `EXPLAIN (ANALYZE, BUFFERS)` of every SELECT: the plans behind the
 * figures in docs/benchmarks.md. Not part of npm test.
 */
const reuse = process.env.REUSE ?? '';
/** ONLY=<regular expression>: explain only the requests whose name matches (e.g. ONLY=alerts). */
const only = process.env.ONLY ? new RegExp(process.env.ONLY, 'i') : null;
const PASSWORD = 'bench12345';

async function main() {
  if (!reuse) throw new Error('REUSE=<dir> of a benchmark run kept with KEEP=1');
  const pg = await startEmbedded({ dir: reuse, password: 'bench', supervise: false });
  const captured: { sql: string; params: unknown[] }[] = [];
  try {
    const admin = createDataSource(pg.url('postgres'));
    await admin.initialize();
    const [{ datname }] = await admin.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'dangvu_bench_%' LIMIT 1`,
    );
    await admin.destroy();
    const ds = createDataSource(pg.url(datname), {
      logger: (sql, params) => captured.push({ sql, params: params ?? [] }),
    });
    await ds.initialize();
    setTokenSecret('bench-explain-secret');
    const app = await startApp({ ds, port: 0, host: '127.0.0.1' });
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const login = async (u: string): Promise<string> => {
      const r = await gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
        u,
        p: PASSWORD,
      });
      const token = (r.data?.login as { token: string } | undefined)?.token;
      if (!token) throw new Error(`cannot sign in as ${u}`);
      return token;
    };
    const district = await login('bench-district');
    const province = await login('bench-province');
    const national = await login('admin');
    const inspector = await login('bench-inspector');
    const [{ id: memberId }] = await ds.query(
      `SELECT m.id FROM member m JOIN app_user u ON u.username = 'bench-district' WHERE m.anc2 = u.scope_id LIMIT 1`,
    );
    const [{ district: districtId, province: provinceId }] = await ds.query(
      `SELECT (SELECT scope_id FROM app_user WHERE username = 'bench-district') AS district,
              (SELECT scope_id FROM app_user WHERE username = 'bench-province') AS province`,
    );
    const ROW = 'id fullName partyYears nextBadge { years } organization { id name }';
    const requests: [string, string, Record<string, unknown>, string][] = [
      ['district list, FULL_NAME', `{ members(first: 50) { edges { node { ${ROW} } } } }`, {}, district],
      [
        'district list, ADMITTED_ON DESC, women',
        `{ members(first: 50, orderBy: { field: ADMITTED_ON, direction: DESC }, filter: { genders: [FEMALE] }) { edges { node { id } } } }`,
        {},
        district,
      ],
      [
        'district list, CARD_NUMBER',
        `{ members(first: 50, orderBy: { field: CARD_NUMBER }) { edges { node { id } } } }`,
        {},
        district,
      ],
      [
        'district search',
        `{ members(first: 50, filter: { search: "nguyen van" }) { edges { node { id } } } }`,
        {},
        district,
      ],
      [
        'member(id) with history',
        `query($id: ID!) { member(id: $id) { ${ROW} events { kind toOrganization { name } } } }`,
        { id: memberId },
        district,
      ],
      [
        'district organizations',
        `{ organizations(first: 50) { totalCount edges { node { id memberCount } } } }`,
        {},
        district,
      ],
      ['province list with totalCount', `{ members(first: 50) { totalCount edges { node { id } } } }`, {}, province],
      ['national totalCount', `{ members(first: 1) { totalCount } }`, {}, national],
      ['province inspections list (inspector) with totalCount', INSPECTIONS, { first: 50 }, inspector],
      ['province inspections list (province admin) with totalCount', INSPECTIONS, { first: 50 }, province],
      [
        'district alerts',
        `query($w: ID!) { alerts(withinId: $w) { kind dueOn member { id } organization { id } } }`,
        { w: districtId },
        district,
      ],
      [
        'province cadreIndicators',
        `query($w: ID!) { cadreIndicators(withinId: $w) { secretariesPlaced vacantSecretarySeats } }`,
        { w: provinceId },
        province,
      ],
    ].filter(([name]) => !only || only.test(name as string)) as [string, string, Record<string, unknown>, string][];
    const explainer = createDataSource(pg.url(datname));
    await explainer.initialize();
    for (const [name, query, variables, token] of requests) {
      captured.length = 0;
      const r = await gql(query, variables, token);
      if (r.errors) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
      console.log(`\n### ${name}\n`);
      for (const { sql, params } of captured.filter((c) => /^\s*(SELECT|WITH)/i.test(c.sql))) {
        if (/FROM "session"|FROM session /i.test(sql)) continue;
        const plan: { 'QUERY PLAN': string }[] = await explainer.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
        console.log(sql.replace(/\s+/g, ' ').slice(0, 300));
        for (const line of plan) console.log(`    ${line['QUERY PLAN']}`);
        console.log('');
      }
    }
    await explainer.destroy();
    await app.stop();
    await ds.destroy();
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
