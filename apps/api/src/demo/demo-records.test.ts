import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { startTestApp } from '../test/harness.js';
import { SEED_OFFICIALS, surnamesOf } from './names.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';

/** Tuyên Quang's members as records. */
const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
await seedDemo(app.ds);

async function login(username: string, password = DEMO_PASSWORD) {
  const r = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
    u: username,
    p: password,
  });
  return r.data!.login.token as string;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers, read loosely
type Node = Record<string, any>;

/** Every member the filter finds, page by page. */
async function allMembers(token: string, filter: Record<string, unknown>, fields: string): Promise<Node[]> {
  const out: Node[] = [];
  let after: string | null = null;
  do {
    const r = await app.gql(
      `query($f: MemberFilter, $a: String) { members(filter: $f, first: 200, after: $a) {
         edges { node { ${fields} } } pageInfo { endCursor hasNextPage } } }`,
      { f: filter, a: after },
      { token },
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data!.members.edges.map((e: { node: Node }) => e.node));
    after = r.data!.members.pageInfo.hasNextPage ? r.data!.members.pageInfo.endCursor : null;
  } while (after);
  return out;
}

describe('Tuyên Quang’s demo members as records', () => {
  it('names follow the ethnic group (Giàng, Sùng, Vàng: Mông; Bàn, Triệu: Dao; Ma, Nông: Tày …)', async () => {
    const token = await login('lambinh.tochuc');
    for (const group of ['Mông', 'Dao', 'Tày', 'Pà Thẻn'] as const) {
      const members = await allMembers(token, { ethnicities: [group] }, 'fullName');
      const surnames = new Set(members.map((m) => m.fullName.split(' ')[0]));
      expect(surnames.size).toBeGreaterThan(1);
      for (const s of surnames) expect(surnamesOf(group)).toContain(s);
    }
    const kinh = await allMembers(token, { ethnicities: ['Kinh'] }, 'fullName');
    expect(kinh.length).toBeGreaterThan(1000);
    for (const m of kinh)
      expect(['Giàng', 'Sùng', 'Vàng', 'Bàn', 'Triệu', 'Ma', 'Nông', 'Chẩu']).not.toContain(m.fullName.split(' ')[0]);
  });

  it('no official named in the seed articles is a member or a candidate, in either province', async () => {
    const admin = await login('admin', 'admin12345');
    const statuses = ['PROBATIONARY', 'OFFICIAL', 'REMOVED', 'DECEASED', 'TRANSFERRED_OUT', 'EXPELLED'];
    const q = `query($s: String!, $st: [MemberStatus!]) { members(filter: { search: $s, statuses: $st }, first: 200) { edges { node { fullName } } }
       candidates(filter: { search: $s }, first: 200) { edges { node { fullName } } } }`;
    for (const name of SEED_OFFICIALS) {
      const r = await app.gql(q, { s: name, st: statuses }, { token: admin });
      expect(r.errors).toBeUndefined();
      const named = [...r.data!.members.edges, ...r.data!.candidates.edges].map((e: { node: Node }) => e.node.fullName);
      expect(named, name).not.toContain(name);
    }
    // the same search finds a generated member by full name
    const some = await app.gql(`{ members(first: 1) { edges { node { fullName } } } }`, {}, { token: admin });
    const found = await app.gql(q, { s: some.data!.members.edges[0].node.fullName, st: statuses }, { token: admin });
    expect(found.data!.members.edges.length).toBeGreaterThan(0);
  });
});
