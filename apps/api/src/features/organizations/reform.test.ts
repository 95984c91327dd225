import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeOrg, makeUser, makeWorld, startTestApp } from '../../test/harness.js';

/** moveOrganizations and endOrganization: the 2025 reorganisation (Hướng dẫn 31-HD/BTCTW, 2025). */
const app = await startTestApp();

const MOVE = `mutation($input: MoveOrganizationsInput!) {
  moveOrganizations(input: $input) { id version parent { id } ancestors { id }
    events { kind on decisionNumber fromParent { id code } toParent { id } } }
}`;
const END = `mutation($input: EndOrganizationInput!) { endOrganization(input: $input) { id status closedOn version events { kind on } } }`;
const SEES = `query($id: ID!) { organization(id: $id) { id memberCount } }`;

async function memberRows(orgId: string) {
  return app.ds.query(
    `SELECT m.org_path, m.anc1, m.anc2, m.anc3 FROM member m JOIN organization o ON o.id = m.organization_id
      WHERE o.path LIKE '%' || $1 || '/%' ORDER BY m.id`,
    [orgId],
  );
}

/** The rollups summed over each organisation's subtree against a count of the member rows. */
async function rollupsMatchRecount(ids: string[]) {
  for (const id of ids) {
    const [{ rolled, counted }] = await app.ds.query(
      `SELECT (SELECT COALESCE(sum(r.n), 0)::int FROM member_rollup r JOIN organization c ON c.id = r.organization_id
                WHERE r.dim = 'all' AND c.path LIKE o.path || '%') AS rolled,
              (SELECT count(*)::int FROM member m WHERE m.org_path LIKE o.path || '%') AS counted
         FROM organization o WHERE o.id = $1`,
      [id],
    );
    expect(rolled).toBe(counted);
  }
}

describe('moveOrganizations', () => {
  it('moves a commune with its cells and members under the province: paths, ancestor columns, rollups and scopes follow', async () => {
    const w = await makeWorld(app.ds);
    const members = [await makeMember(app.ds, w.C1a), await makeMember(app.ds, w.C1b), await makeMember(app.ds, w.C1b)];
    const before = await app.gql(SEES, { id: w.D1.id }, { token: w.users.DISTRICT_ADMIN.token });
    const listBefore = await app.gql(
      `{ members { totalCount } organizations { totalCount } }`,
      {},
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    const r = await app.gql(
      MOVE,
      { input: { ids: [w.C1.id], newParentId: w.P.id, on: '2025-07-01', decisionNumber: '123-QĐ/TU' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors).toBeUndefined();
    const [moved] = r.data!.moveOrganizations;
    expect(moved).toMatchObject({ parent: { id: w.P.id }, ancestors: [{ id: w.P.id }], version: 2 });
    expect(moved.events.at(-1)).toEqual({
      kind: 'MOVED',
      on: '2025-07-01',
      decisionNumber: '123-QĐ/TU',
      fromParent: { id: w.D1.id, code: w.D1.code },
      toParent: { id: w.P.id },
    });
    // the member rows: path and ancestor columns rewritten by the triggers (province, commune, cell)
    const rows = await memberRows(w.C1.id);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.org_path.startsWith(`${w.P.path}${w.C1.id}/`)).toBe(true);
      expect(row.anc1).toBe(w.P.id);
      expect(row.anc2).toBe(w.C1.id);
      expect([w.C1a.id, w.C1b.id]).toContain(row.anc3);
    }
    await rollupsMatchRecount([w.P.id, w.D1.id, w.C1.id, w.C1b.id]);
    // the commune's users still see exactly their subtree
    const listAfter = await app.gql(
      `{ members { totalCount } organizations { totalCount } }`,
      {},
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    expect(listAfter.data).toEqual(listBefore.data);
    expect(listAfter.data!.members.totalCount).toBe(members.length);
    // the district's users lose it: the commune, its cells, its members, its counts
    for (const token of [w.users.DISTRICT_ADMIN.token, w.users.DISTRICT_INSPECTOR.token]) {
      const seen = await app.gql(
        `query($c: ID!, $cell: ID!, $m: ID!) { c: organization(id: $c) { id } cell: organization(id: $cell) { id }
           member(id: $m) { id } members { edges { node { id } } } organizations(filter: { search: "" }) { edges { node { id } } } }`,
        { c: w.C1.id, cell: w.C1a.id, m: members[0].id },
        { token },
      );
      expect(seen.errors).toBeUndefined();
      expect(seen.data).toMatchObject({ c: null, cell: null, member: null });
      const ids = JSON.stringify(seen.data);
      for (const id of [w.C1.id, w.C1a.id, w.C1b.id, ...members.map((m) => m.id)]) expect(ids).not.toContain(id);
      const within = await app.gql(
        `query($w: ID) { members(filter: { withinId: $w }) { totalCount } }`,
        { w: w.C1.id },
        {
          token,
        },
      );
      expect(codeOf(within)).toBe('NOT_FOUND');
    }
    const after = await app.gql(SEES, { id: w.D1.id }, { token: w.users.DISTRICT_ADMIN.token });
    expect(after.data!.organization.memberCount).toBe(before.data!.organization.memberCount - members.length);
    const [entry] = await app.ds.query(
      `SELECT user_id, changes FROM audit_entry WHERE entity_id = $1 AND action = 'moveOrganizations'`,
      [w.C1.id],
    );
    expect(entry).toEqual({
      user_id: w.users.ADMIN.id,
      changes: { parentId: { from: w.D1.id, to: w.P.id } },
    });
  });

  it('needs both the organisation and the new parent in scope; out of scope reads as NOT_FOUND and nothing changes', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const toOutside = await app.gql(
      MOVE,
      { input: { ids: [w.C1.id], newParentId: w.D2.id, on: '2025-07-01' } },
      { token },
    );
    expect(codeOf(toOutside)).toBe('NOT_FOUND');
    const fromOutside = await app.gql(
      MOVE,
      { input: { ids: [w.C3.id], newParentId: w.D1.id, on: '2025-07-01' } },
      {
        token,
      },
    );
    expect(codeOf(fromOutside)).toBe('NOT_FOUND');
    const [c1, c3] = await app.ds.query(
      'SELECT parent_id FROM organization WHERE id IN ($1, $2) ORDER BY id = $1 DESC',
      [w.C1.id, w.C3.id],
    );
    expect([c1.parent_id, c3.parent_id]).toEqual([w.D1.id, w.D2.id]);
    // a commune admin decides no moves at all
    const commune = await app.gql(
      MOVE,
      { input: { ids: [w.C1a.id], newParentId: w.C1.id, on: '2025-07-01' } },
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    expect(codeOf(commune)).toBe('FORBIDDEN');
  });

  it('refuses a kind the new parent does not take (PARENT_KIND) and rolls back the moves before it', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      MOVE,
      { input: { ids: [w.C2.id, w.C1a.id], newParentId: w.D2.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('RULE_VIOLATION');
    expect(r.errors![0].extensions.rule).toBe('PARENT_KIND');
    const [{ parent_id, path, version }] = await app.ds.query(
      'SELECT parent_id, path, version FROM organization WHERE id = $1',
      [w.C2.id],
    );
    expect({ parent_id, path, version }).toEqual({ parent_id: w.D1.id, path: w.C2.path, version: 1 });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM organization_event WHERE organization_id = $1`, [
      w.C2.id,
    ]);
    expect(n).toBe(0);
  });

  it('refuses a move into the own subtree, under the same parent, into a closed parent, or on a bad date', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.ADMIN.token;
    const move = (ids: string[], newParentId: string, on = '2025-07-01') =>
      app.gql(MOVE, { input: { ids, newParentId, on } }, { token });
    const inside = await move([w.D1.id], w.C1.id);
    expect(inside.errors![0].extensions.rule).toMatch(/MOVE_INTO_OWN_SUBTREE|PARENT_KIND/);
    const sameParent = await move([w.C1.id], w.D1.id);
    expect(codeOf(sameParent)).toBe('BAD_USER_INPUT');
    expect(sameParent.errors![0].extensions.fields[0].path).toEqual(['input', 'newParentId']);
    const closed = await makeOrg(app.ds, w.P, 'DISTRICT_COMMITTEE', { status: 'ENDED' });
    expect((await move([w.C1.id], closed.id)).errors![0].extensions.rule).toBe('ORGANIZATION_CLOSED');
    expect(codeOf(await move([w.C1.id], w.P.id, '2999-01-01'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await move([w.C1.id], w.P.id, '1999-12-31'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await move([w.C1.id], w.P.id, '2000-01-01'))).toBe('OK');
    expect(codeOf(await move([], w.P.id))).toBe('BAD_USER_INPUT');
    expect(codeOf(await move([w.C2.id], w.C2.id))).toBe('BAD_USER_INPUT');
  });
});

describe('endOrganization', () => {
  it('ends a district only once nothing active is under it; the record and its history stay readable', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C2a);
    const token = w.users.ADMIN.token;
    const early = await app.gql(END, { input: { id: w.D1.id, version: 1, on: '2025-07-01' } }, { token });
    expect(early.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ACTIVE_CHILDREN' });
    const moved = await app.gql(
      MOVE,
      { input: { ids: [w.C1.id, w.C2.id], newParentId: w.P.id, on: '2025-07-01' } },
      { token },
    );
    expect(moved.errors).toBeUndefined();
    const ended = await app.gql(
      END,
      { input: { id: w.D1.id, version: 1, on: '2025-07-01', decisionNumber: '45-QĐ/TU' } },
      { token },
    );
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endOrganization).toMatchObject({
      status: 'ENDED',
      closedOn: '2025-07-01',
      version: 2,
      events: [{ kind: 'ENDED', on: '2025-07-01' }],
    });
    // closed for good: nothing is created under it or moved into it, it does not end twice
    const create = await app.gql(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
      {
        i: {
          parentId: w.D1.id,
          code: `X${w.D1.code}`,
          name: 'X',
          kind: 'GRASSROOTS_CELL',
          sector: 'AGENCY',
          establishedOn: '2025-07-02',
        },
      },
      { token },
    );
    expect(create.errors![0].extensions.rule).toBe('ORGANIZATION_CLOSED');
    const again = await app.gql(END, { input: { id: w.D1.id, version: 2, on: '2025-07-02' } }, { token });
    expect(again.errors![0].extensions.rule).toBe('ORGANIZATION_CLOSED');
    // the district's users keep a readable, empty record; the commune's users keep their commune
    const district = await app.gql(
      `query($id: ID!) { organization(id: $id) { status memberCount children { id } all: children(includeInactive: true) { id } } members { totalCount } }`,
      { id: w.D1.id },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(district.data).toEqual({
      organization: { status: 'ENDED', memberCount: 0, children: [], all: [] },
      members: { totalCount: 0 },
    });
    const commune = await app.gql(`{ roots { id parent { id } } }`, {}, { token: w.users.COMMUNE_ADMIN.token });
    expect(commune.data!.roots).toEqual([{ id: w.C1.id, parent: null }]);
  });

  it('refuses while members remain in it (MEMBERS_REMAIN)', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a);
    const r = await app.gql(
      END,
      { input: { id: w.C1a.id, version: 1, on: '2025-07-01' } },
      {
        token: w.users.DISTRICT_ADMIN.token,
      },
    );
    expect(r.errors![0].extensions.rule).toBe('MEMBERS_REMAIN');
    const [{ status }] = await app.ds.query('SELECT status FROM organization WHERE id = $1', [w.C1a.id]);
    expect(status).toBe('ACTIVE');
  });
});

describe('users bound to a commune-level committee (2025)', () => {
  it('a DISTRICT_* role there acts for the grassroots organisations under it as a district does', async () => {
    const w = await makeWorld(app.ds);
    const admin = w.users.ADMIN.token;
    const create = (parentId: string, kind: string, code: string, token = admin, sector = 'COMMUNE') =>
      app.gql(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id code kind } }`,
        { i: { parentId, code, name: `Đảng bộ ${code}`, kind, sector, establishedOn: '2025-07-01' } },
        { token },
      );
    const code = `XA${w.P.code}`;
    expect(codeOf(await create(w.D1.id, 'COMMUNE_LEVEL_COMMITTEE', `${code}D`))).toBe('RULE_VIOLATION');
    const cl = (await create(w.P.id, 'COMMUNE_LEVEL_COMMITTEE', code, admin, 'SPECIAL_ZONE')).data!.createOrganization;
    expect(codeOf(await create(cl.id, 'SUBORDINATE_CELL', `${code}-S`))).toBe('RULE_VIOLATION');
    const bind = (role: string) =>
      app.gql(
        `mutation($i: CreateUserInput!) { createUser(input: $i) { id scope { id } } }`,
        {
          i: {
            username: `${code}-${role}`.toLowerCase(),
            displayName: role,
            password: 'mat-khau-dai-1',
            role,
            scopeId: cl.id,
          },
        },
        { token: admin },
      );
    expect(codeOf(await bind('COMMUNE_ADMIN'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bind('DISTRICT_ADMIN'))).toBe('OK');
    const officer = await makeUser(app.ds, 'DISTRICT_ADMIN', { ...cl, path: `${w.P.path}${cl.id}/` });
    const token = officer.token;
    const cell = (await create(cl.id, 'GRASSROOTS_CELL', `${code}-01`, token, 'VILLAGE')).data!.createOrganization;
    expect(cell.kind).toBe('GRASSROOTS_CELL');
    const committee = await makeOrg(app.ds, { ...cl, path: `${w.P.path}${cl.id}/` }, 'GRASSROOTS_COMMITTEE');
    const sub = await makeOrg(app.ds, committee, 'SUBORDINATE_CELL');
    const member = await makeMember(app.ds, sub);
    const seen = await app.gql(
      `query($id: ID!, $m: ID!) { organization(id: $id) { memberCount } member(id: $m) { id } roots { id } }`,
      { id: cl.id, m: member.id },
      { token },
    );
    expect(seen.data).toEqual({ organization: { memberCount: 1 }, member: { id: member.id }, roots: [{ id: cl.id }] });
    const rename = (id: string, version: number) =>
      app.gql(
        `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
        {
          i: { id, version, name: 'Tên mới' },
        },
        { token },
      );
    expect(codeOf(await rename(committee.id, 1))).toBe('OK');
    expect(codeOf(await rename(cl.id, 1))).toBe('FORBIDDEN');
    expect(codeOf(await rename(w.C1.id, 1))).toBe('NOT_FOUND');
    const commune = await app.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      {
        i: {
          username: `${code}-vp`.toLowerCase(),
          displayName: 'VP',
          password: 'mat-khau-dai-1',
          role: 'COMMUNE_ADMIN',
          scopeId: committee.id,
        },
      },
      { token },
    );
    expect(codeOf(commune)).toBe('OK');
  });
});
