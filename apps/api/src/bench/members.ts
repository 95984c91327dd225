import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { foldSearch } from '@dangvu/schema';
import { setTokenSecret } from '../auth/session.service.js';
import { ensureAdmin } from '../db/bootstrap.js';
import { ethnicName } from '../demo/names.js';
import { rng } from '../demo/random.js';
import { startApp } from '../http/server.js';
import { scratchDatabase } from './scratch-database.js';

/**
 * npm run bench:members — a district of 50,000 members (MEMBERS to change),
 * then the p50 and p95 latency over HTTP of the members list (first: 50, with
 * a search and a filter) and of one member with its history.
 */
const MEMBERS = Number(process.env.MEMBERS ?? 50_000);
const RUNS = Number(process.env.RUNS ?? 200);

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const { ds, close } = await scratchDatabase('dangvu_bench');
  setTokenSecret('bench-secret');
  await ensureAdmin(ds, 'admin', 'admin12345');

  const t0 = performance.now();
  const r = rng(42);
  const [{ id: districtId, path: districtPath }] = await ds.query(
    `INSERT INTO organization (id, code, name, search_text, kind, sector, path) VALUES (gen_random_uuid(), 'BENCH', 'Đảng bộ huyện Thử nghiệm', 'bench', 'DISTRICT_COMMITTEE', 'OTHER', '') RETURNING id, path`,
  );
  await ds.query(`UPDATE organization SET path = '/' || id || '/' WHERE id = $1`, [districtId]);
  void districtPath;
  const cells: string[] = [];
  for (let c = 0; c < 40; c++) {
    const [g] = await ds.query(
      `INSERT INTO organization (code, name, search_text, kind, sector, parent_id, path) SELECT $1, $2, $3, 'GRASSROOTS_COMMITTEE', 'COMMUNE', id, '' FROM organization WHERE id = $4 RETURNING id`,
      [`BENCH-${c}`, `Đảng bộ xã ${c}`, foldSearch(`BENCH-${c} Đảng bộ xã ${c}`), districtId],
    );
    await ds.query(
      `UPDATE organization o SET path = p.path || o.id || '/' FROM organization p WHERE o.id = $1 AND p.id = $2`,
      [g.id, districtId],
    );
    for (let k = 0; k < 12; k++) {
      const [cell] = await ds.query(
        `INSERT INTO organization (code, name, search_text, kind, sector, parent_id, path) VALUES ($1, $2, $3, 'SUBORDINATE_CELL', 'VILLAGE', $4, '') RETURNING id`,
        [`BENCH-${c}-${k}`, `Chi bộ thôn ${k}`, foldSearch(`BENCH-${c}-${k} Chi bộ thôn ${k}`), g.id],
      );
      await ds.query(
        `UPDATE organization o SET path = p.path || o.id || '/' FROM organization p WHERE o.id = $1 AND p.id = $2`,
        [cell.id, g.id],
      );
      cells.push(cell.id);
    }
  }
  for (let i = 0; i < MEMBERS; i += 5000) {
    const n = Math.min(5000, MEMBERS - i);
    const rows = Array.from({ length: n }, (_, j) => {
      const gender = r.chance(0.37) ? 'FEMALE' : 'MALE';
      const eth = r.chance(0.4) ? 'Tày' : 'Kinh';
      const fullName = ethnicName(r, eth, gender);
      const card = String(20_000_000 + i + j);
      return {
        fullName,
        gender,
        card,
        cell: cells[(i + j) % cells.length],
        admitted: `${r.int(1970, 2024)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
        eth,
      };
    });
    await ds.query(
      `WITH m AS (
         INSERT INTO member (card_number, full_name, search_text, gender, date_of_birth, ethnicity, organization_id, status, admitted_on, official_on)
         SELECT c, f, s, g, (a::date - interval '25 years')::date, e, o, 'OFFICIAL', a::date, (a::date + interval '1 year')::date
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[]) AS t(c, f, s, g, e, o, a)
         RETURNING id, admitted_on, organization_id)
       INSERT INTO member_event (member_id, kind, "on", to_organization_id) SELECT id, 'ADMITTED', admitted_on, organization_id FROM m`,
      [
        rows.map((x) => x.card),
        rows.map((x) => x.fullName),
        rows.map((x) => foldSearch(`${x.fullName} ${x.card}`)),
        rows.map((x) => x.gender),
        rows.map((x) => x.eth),
        rows.map((x) => x.cell),
        rows.map((x) => x.admitted),
      ],
    );
  }
  await ds.query('ANALYZE');
  console.log(
    `generated ${MEMBERS} members in ${cells.length} cells in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await ds.query(
    `INSERT INTO app_user (username, display_name, password_hash, role, scope_id) SELECT 'bench', 'Bench', password_hash, 'DISTRICT_ADMIN', $1 FROM app_user WHERE username = 'admin'`,
    [districtId],
  );

  const app = await startApp({ ds, port: 0, host: '127.0.0.1' });
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const token = (await gql(`mutation { login(username: "bench", password: "admin12345") { token } }`, {})).login.token;
  const LIST = `query($s: String, $f: [Gender!]) { members(filter: { search: $s, genders: $f, statuses: [OFFICIAL, PROBATIONARY] }, first: 50) {
    totalCount edges { node { id fullName cardNumber partyYears organization { name } nextBadge { years ceremonyOn } } } } }`;
  const ONE = `query($id: ID!) { member(id: $id) { id fullName organization { name ancestors { name } } events { kind on toOrganization { name } } nextBadge { years } } }`;
  const searches = ['nguyen', 'hoang thi', 'van dung', 'ma', 'thi hoa', 'ly', '2000012'];
  const ids: string[] = (await ds.query('SELECT id FROM member ORDER BY random() LIMIT 500')).map(
    (x: { id: string }) => x.id,
  );
  const measure = async (label: string, run: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 10; i++) await run(i);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await run(i);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(58)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms   p95 ${pct(times, 95).toFixed(1).padStart(6)} ms   (${RUNS} requests)`,
    );
  };
  await measure('members(first: 50) with a search and a gender filter', (i) =>
    gql(LIST, { s: searches[i % searches.length], f: i % 2 ? ['FEMALE'] : null }, token),
  );
  await measure('members(first: 50), whole district, no search', () => gql(LIST, {}, token));
  await measure('member(id) with its history', (i) => gql(ONE, { id: ids[i % ids.length] }, token));
  const mem = process.memoryUsage();
  console.log(
    `API process memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  await app.stop();
  await new Promise((res) => app.server.close(res));
  await close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
