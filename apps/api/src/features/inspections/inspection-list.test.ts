import { INSPECTION_STATUSES } from '@dangvu/schema';
import { describe, expect, it } from 'vitest';
import { codeOf, type GqlResult, makeMember, makeOrg, makeUser, makeWorld, startTestApp } from '../../test/harness.js';
import { makeInspection, makeRemedy } from '../../test/inspections.js';

/** The inspections list and the visibility rules, through GraphQL. */
const app = await startTestApp();

const LIST = `query($f: InspectionFilter, $first: Int, $after: String) { inspections(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code status plannedStartOn } } } }`;

async function ids(token: string, f: Record<string, unknown> = {}) {
  const r = await app.gql(LIST, { f }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.inspections.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
}

describe('inspections: visibility', () => {
  it('inspectors see what they conduct and what names a subject in scope, in every status; others only CONCLUDED', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const byDistrict = Object.fromEntries(
      await Promise.all(
        INSPECTION_STATUSES.map(async (s) => [
          s,
          (await makeInspection(app.ds, w.D1, { status: s, memberIds: [m.id] })).id,
        ]),
      ),
    );
    const byCommune = await makeInspection(app.ds, w.C1, { status: 'PLANNED', organizations: [w.C1a] });
    const elsewhere = await makeInspection(app.ds, w.D2, { status: 'CONCLUDED', organizations: [w.C3] });
    const neighbour = await makeInspection(app.ds, w.D1, { status: 'IN_PROGRESS', organizations: [w.C2a] });
    const all = [...Object.values(byDistrict), byCommune.id, neighbour.id];
    const { users } = w;
    expect((await ids(users.DISTRICT_INSPECTOR.token)).sort()).toEqual([...all].sort());
    expect((await ids(users.COMMUNE_INSPECTOR.token)).sort()).toEqual(
      [...Object.values(byDistrict), byCommune.id].sort(),
    );
    expect(await ids(users.DISTRICT_ADMIN.token)).toEqual([byDistrict.CONCLUDED]);
    expect(await ids(users.COMMUNE_ADMIN.token)).toEqual([byDistrict.CONCLUDED]);
    expect(await ids(users.ADMIN.token)).toEqual(expect.arrayContaining([...all, elsewhere.id]));
    // one by id: the same answers
    const one = (id: string, token: string) =>
      app.gql(`query($id: ID!) { inspection(id: $id) { id } }`, { id }, { token });
    for (const s of INSPECTION_STATUSES) {
      const id = byDistrict[s];
      expect((await one(id, users.COMMUNE_INSPECTOR.token)).data!.inspection).toEqual({ id });
      expect((await one(id, users.COMMUNE_ADMIN.token)).data!.inspection).toEqual(s === 'CONCLUDED' ? { id } : null);
    }
    expect((await one(elsewhere.id, users.DISTRICT_INSPECTOR.token)).data!.inspection).toBeNull();
    expect((await one(neighbour.id, users.COMMUNE_INSPECTOR.token)).data!.inspection).toBeNull();
    expect((await one('nope', users.ADMIN.token)).data!.inspection).toBeNull();
    // a member's and an organisation's inspections, scoped the same way
    const q = `query($m: ID!, $o: ID!) { member(id: $m) { inspections { id } } organization(id: $o) { inspections { id } } }`;
    const forAdmin = await app.gql(q, { m: m.id, o: w.C1a.id }, { token: users.COMMUNE_ADMIN.token });
    expect(forAdmin.data).toEqual({
      member: { inspections: [{ id: byDistrict.CONCLUDED }] },
      organization: { inspections: [] },
    });
    const forInspector = await app.gql(q, { m: m.id, o: w.C1a.id }, { token: users.COMMUNE_INSPECTOR.token });
    expect(forInspector.data!.member.inspections).toHaveLength(4);
    expect(forInspector.data!.organization.inspections).toEqual([{ id: byCommune.id }]);
  });
});

describe('inspections follow their organisations', () => {
  it('a commune moved to another district takes its inspections, subjects and disciplines along', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const byCommune = await makeInspection(app.ds, w.C1, { status: 'CONCLUDED', organizations: [w.C1a] });
    const byDistrict = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [m.id] });
    const other = await makeUser(app.ds, 'DISTRICT_INSPECTOR', w.D2);
    const newPath = `${w.D2.path}${w.C1.id}/`;
    await app.ds.query('UPDATE organization SET parent_id = $1 WHERE id = $2', [w.D2.id, w.C1.id]);
    await app.ds.query("UPDATE organization SET path = $2 || substr(path, length($1) + 1) WHERE path LIKE $1 || '%'", [
      w.C1.path,
      newPath,
    ]);
    // D1 still sees what it conducted; D2 sees the commune's own and, through the subject, D1's
    expect((await ids(w.users.DISTRICT_INSPECTOR.token)).sort()).toEqual([byDistrict.id]);
    expect((await ids(other.token)).sort()).toEqual([byCommune.id, byDistrict.id].sort());
    expect((await ids(other.token, { withinId: w.C1a.id })).sort()).toEqual([byCommune.id, byDistrict.id].sort());
  });
});

describe('inspections: filters and pages', () => {
  it('filters by subtree, kinds, statuses, year and search; pages by keyset with a lazy total', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C2, 'SUBORDINATE_CELL');
    const made: string[] = [];
    for (let k = 0; k < 7; k++)
      made.push(
        (
          await makeInspection(app.ds, w.D1, {
            status: k % 2 ? 'CONCLUDED' : 'IN_PROGRESS',
            kind: k < 3 ? 'PARTY_FINANCE' : 'THEMATIC_SUPERVISION',
            plannedStartOn: `${2021 + (k % 3)}-0${1 + k}-10`,
            organizations: [k < 4 ? w.C1a : cell],
            title: k === 5 ? 'Giám sát chuyên đề Nà Coóc' : undefined,
          })
        ).id,
      );
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect((await ids(token, { withinId: cell.id })).sort()).toEqual(made.slice(4).sort());
    expect((await ids(token, { withinId: w.C1.id })).sort()).toEqual(made.slice(0, 4).sort());
    expect((await ids(token, { kinds: ['PARTY_FINANCE'] })).sort()).toEqual(made.slice(0, 3).sort());
    expect((await ids(token, { statuses: ['CONCLUDED'] })).sort()).toEqual([made[1], made[3], made[5]].sort());
    expect((await ids(token, { year: 2022 })).sort()).toEqual([made[1], made[4]].sort());
    expect(await ids(token, { search: 'na cooc' })).toEqual([made[5]]);
    expect(codeOf(await app.gql(LIST, { f: { withinId: w.C3.id } }, { token }))).toBe('NOT_FOUND');
    // newest planned start first, in pages of 3
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResult = await app.gql(LIST, { f: { withinId: w.D1.id }, first: 3, after }, { token });
      const c: {
        totalCount: number;
        edges: { node: { plannedStartOn: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = r.data!.inspections;
      expect(c.totalCount).toBe(7);
      seen.push(...c.edges.map((e: { node: { plannedStartOn: string } }) => e.node.plannedStartOn));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(seen).toEqual([...seen].sort().reverse());
    const forged = Buffer.from(JSON.stringify(['2024-01-01', 'x'])).toString('base64url');
    expect(codeOf(await app.gql(LIST, { after: forged }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('filters by open remedies: those with a remedy still open, or those without', async () => {
    const w = await makeWorld(app.ds);
    const make = () => makeInspection(app.ds, w.D1, { status: 'CONCLUDED', organizations: [w.C1a] });
    const [open, done, none] = [await make(), await make(), await make()];
    await makeRemedy(app.ds, open.id, w.C1a, '2025-03-01');
    await makeRemedy(app.ds, open.id, w.C1a, '2025-04-01');
    const completed = await makeRemedy(app.ds, done.id, w.C1a, '2025-03-01');
    await app.ds.query(`UPDATE remedy SET status = 'DONE', completed_on = '2025-02-20' WHERE id = $1`, [completed]);
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect(await ids(token, { withinId: w.D1.id, openRemedies: true })).toEqual([open.id]);
    expect((await ids(token, { withinId: w.D1.id, openRemedies: false })).sort()).toEqual([done.id, none.id].sort());
    const r = await app.gql(LIST, { f: { withinId: w.C1.id, openRemedies: true } }, { token });
    expect(r.data!.inspections.totalCount).toBe(1);
  });

  it('a commune admin asking for planned ones gets none', async () => {
    const w = await makeWorld(app.ds);
    await makeInspection(app.ds, w.C1, { status: 'PLANNED', organizations: [w.C1a] });
    expect(await ids(w.users.COMMUNE_ADMIN.token, { statuses: ['PLANNED', 'IN_PROGRESS'] })).toEqual([]);
  });
});
