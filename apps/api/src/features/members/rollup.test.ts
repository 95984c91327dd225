import { describe, expect, it } from 'vitest';
import { makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

/** The rollups as stored, without zero rows, in a stable order. */
async function stored() {
  return app.ds.query(
    `SELECT organization_id::text AS o, status, dim, val, n FROM member_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
  );
}

/** The same figures counted again from the member rows. */
async function recount() {
  return app.ds.query(
    `SELECT o, status, dim, val, n FROM (
       SELECT organization_id::text AS o, status, k.dim, k.val, count(*)::int AS n
         FROM member x CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', x.gender), ('ethnicity', lower(btrim(x.ethnicity))),
              ('birth_year', extract(year FROM x.date_of_birth)::int::text), ('theory_level', x.theory_level)) AS k(dim, val)
        GROUP BY 1, 2, 3, 4) t ORDER BY 1, 2, 3, 4`,
  );
}

/** Every member row carries its cell's current path and the path's first three ancestors. */
async function misplaced() {
  const [{ n }] = await app.ds.query(
    `SELECT count(*)::int AS n FROM member m JOIN organization o ON o.id = m.organization_id
      WHERE m.org_path <> o.path
         OR m.anc1 IS DISTINCT FROM nullif(split_part(o.path, '/', 2), '')::uuid
         OR m.anc2 IS DISTINCT FROM nullif(split_part(o.path, '/', 3), '')::uuid
         OR m.anc3 IS DISTINCT FROM nullif(split_part(o.path, '/', 4), '')::uuid`,
  );
  return n;
}

async function expectConsistent() {
  expect(await stored()).toEqual(await recount());
  expect(await misplaced()).toBe(0);
}

const person = { fullName: 'Lò Thị Vân', gender: 'FEMALE', dateOfBirth: '1990-03-04', ethnicity: 'Thái' };

describe('member rollups', () => {
  it('equal a recount after every kind of write', async () => {
    const w = await makeWorld(app.ds);
    const admin = { token: w.users.ADMIN.token };
    const ok = async (query: string, variables: Record<string, unknown>, as: { token: string } = admin) => {
      const r = await app.gql(query, variables, as);
      expect(r.errors).toBeUndefined();
      await expectConsistent();
      return r.data!;
    };
    const base = await makeMember(app.ds, w.C1a, { theoryLevel: 'ELEMENTARY', ethnicity: 'Tày' });
    await expectConsistent();

    const admitted = await ok(`mutation($i: AdmitMemberInput!) { admitMember(input: $i) { id version } }`, {
      i: { organizationId: w.C1a.id, admittedOn: '2024-05-19', person },
    });
    const id = admitted.admitMember.id;
    await ok(`mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }`, {
      i: {
        organizationId: w.C2a.id,
        admittedOn: '2015-02-03',
        status: 'OFFICIAL',
        person: { ...person, fullName: 'B' },
      },
    });
    const upd = await ok(`mutation($i: UpdateMemberInput!) { updateMember(input: $i) { version } }`, {
      i: { id, version: 1, gender: 'MALE', ethnicity: 'Kinh', dateOfBirth: '1991-01-01', theoryLevel: 'INTERMEDIATE' },
    });
    const rec = await ok(`mutation($i: RecogniseOfficialInput!) { recogniseOfficial(input: $i) { version } }`, {
      i: { memberId: id, version: upd.updateMember.version, on: '2025-06-01' },
    });
    const ex = await ok(`mutation($i: SetExemptionInput!) { setExemption(input: $i) { version } }`, {
      i: { memberId: id, version: rec.recogniseOfficial.version, exempt: true, on: '2025-07-01' },
    });
    // a transfer inside the caller's scope moves the member at once
    await ok(`mutation($i: TransferMemberInput!) { transferMember(input: $i) { status } }`, {
      i: { memberId: id, version: ex.setExemption.version, toOrganizationId: w.C3a.id, on: '2025-08-01' },
    });
    // one across scopes moves on acceptance
    const t = await ok(
      `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id version status } }`,
      { i: { memberId: base.id, version: 1, toOrganizationId: w.C3a.id, on: '2025-08-01' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(t.transferMember.status).toBe('PENDING');
    await ok(`mutation($id: ID!, $v: Int!) { acceptTransfer(id: $id, version: $v) { status } }`, {
      id: t.transferMember.id,
      v: t.transferMember.version,
    });
    const moved = await app.gql(`query($id: ID!) { member(id: $id) { version } }`, { id }, admin);
    await ok(`mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { status } }`, {
      i: { memberId: id, version: moved.data!.member.version, kind: 'DECEASED', on: '2025-09-01' },
    });
    // a merge moves the members of merged cells and re-paths moved subtrees
    await makeMember(app.ds, w.C1b);
    await ok(`mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`, {
      i: { sourceIds: [w.C1b.id], targetId: w.C1a.id, on: '2025-10-01' },
    });
    const sub = await makeOrg(app.ds, w.C2, 'SUBORDINATE_CELL');
    await makeMember(app.ds, sub);
    await ok(`mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`, {
      i: { sourceIds: [w.C2.id], targetId: w.C3.id, on: '2025-10-02' },
    });
    const [{ path }] = await app.ds.query('SELECT path FROM organization WHERE id = $1', [sub.id]);
    expect(path.startsWith(w.C3.path)).toBe(true);
    // an import
    const csv = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng\nHà Văn Nam,Nam,05/05/1985,Mường,01/01/2010\n';
    const res = await fetch(`${app.url}/import/members?organizationId=${w.C1a.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    await expectConsistent();
  });

  it('give the counts of a subtree, by status and by one dimension, as a recount does', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a, { gender: 'FEMALE', ethnicity: 'Tày' });
    await makeMember(app.ds, w.C1b, { gender: 'FEMALE', ethnicity: 'Kinh', status: 'PROBATIONARY' });
    await makeMember(app.ds, w.C2a, { gender: 'MALE', ethnicity: 'tày ' });
    await makeMember(app.ds, w.C3a, { gender: 'FEMALE' });
    const q = `query($f: MemberFilter) { members(filter: $f, first: 1) { totalCount } }`;
    const count = async (f: Record<string, unknown>, token = w.users.DISTRICT_ADMIN.token) =>
      (await app.gql(q, { f }, { token })).data!.members.totalCount;
    expect(await count({})).toBe(3);
    expect(await count({ genders: ['FEMALE'] })).toBe(2);
    expect(await count({ ethnicities: ['Tày'] })).toBe(2);
    expect(await count({ statuses: ['PROBATIONARY'] })).toBe(1);
    expect(await count({ withinId: w.C1.id, genders: ['FEMALE'], ethnicities: ['Kinh'] })).toBe(1);
    expect(await count({ search: 'dang vien' })).toBe(3);
    expect(await count({ withinId: w.C1a.id })).toBe(1);
    expect(await count({}, w.users.COMMUNE_ADMIN.token)).toBe(2);
  });
});
