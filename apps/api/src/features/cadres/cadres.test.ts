import { describe, expect, it } from 'vitest';
import { CREATE, END, makeCadre, makePlacement, PLACE } from '../../test/cadres.js';
import { codeOf, makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const CADRE = `query($id: ID!) { cadre(id: $id) { id fullName theoryLevel version member { id }
  placements { id position endsOn concurrent local } active: placements(activeOnly: true) { id } } }`;
type Edge = { node: { id: string; fullName: string } };

const LIST = `query($f: CadreFilter, $first: Int, $after: String) { cadres(filter: $f, first: $first, after: $after) {
  totalCount edges { cursor node { id fullName } } pageInfo { hasNextPage endCursor } } }`;

describe('cadres', () => {
  it('a cadre from a member follows later edits of the member; a non-member carries its own', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a, { fullName: 'Hoàng Văn Thụ', theoryLevel: 'INTERMEDIATE' });
    const token = w.users.COMMUNE_ADMIN.token;
    const r = await app.gql(CREATE, { i: { memberId: m.id, homeCommuneId: w.C1.id } }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCadre).toMatchObject({
      fullName: 'Hoàng Văn Thụ',
      theoryLevel: 'INTERMEDIATE',
      member: { id: m.id },
    });
    const id = r.data!.createCadre.id;
    const again = await app.gql(CREATE, { i: { memberId: m.id } }, { token });
    expect(codeOf(again)).toBe('CONFLICT');
    const mixed = await app.gql(CREATE, { i: { memberId: m.id, fullName: 'X' } }, { token });
    expect(mixed.errors![0].extensions.fields[0].path).toEqual(['input', 'fullName']);
    const upd = await app.gql(
      `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`,
      { i: { id: m.id, version: 1, fullName: 'Hoàng Văn Thụ Mới', theoryLevel: 'ADVANCED' } },
      { token },
    );
    expect(upd.errors).toBeUndefined();
    const read = await app.gql(CADRE, { id }, { token });
    expect(read.data!.cadre).toMatchObject({ fullName: 'Hoàng Văn Thụ Mới', theoryLevel: 'ADVANCED', version: 1 });
    const other = await app.gql(
      CREATE,
      { i: { fullName: 'Lò Thị Bản', gender: 'FEMALE', dateOfBirth: '1980-02-03' } },
      { token },
    );
    expect(other.data!.createCadre).toMatchObject({ fullName: 'Lò Thị Bản', member: null, theoryLevel: 'NONE' });
    const missing = await app.gql(CREATE, { i: { fullName: 'Ai' } }, { token });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    const audits = await app.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [id]);
    expect(audits).toEqual([{ action: 'createCadre' }]);
  });

  it('names a home commune outside the scope by code, exposing nothing else of it', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_ADMIN.token;
    const r = await app.gql(
      CREATE,
      {
        i: {
          fullName: 'Ma Văn Kháng',
          gender: 'MALE',
          dateOfBirth: '1970-01-01',
          homeCommuneCode: w.C3.code.toLowerCase(),
        },
      },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createCadre.homeCommune).toEqual({
      id: w.C3.id,
      code: w.C3.code,
      name: expect.any(String),
      establishedOn: null,
      memberCount: 0,
    });
    const cell = await app.gql(
      CREATE,
      { i: { fullName: 'X', gender: 'MALE', dateOfBirth: '1970-01-01', homeCommuneCode: w.C3a.code } },
      { token },
    );
    expect(cell.errors![0].extensions.fields[0].path).toEqual(['input', 'homeCommuneCode']);
  });

  it('updateCadre: version-checked, a member cadre only its home commune', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const id = await makeCadre(app.ds, { owner: w.C1 });
    const M = `mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id fullName dateOfBirth version homeCommune { id } } }`;
    const ok = await app.gql(
      M,
      { i: { id, version: 1, fullName: 'Vàng A Dình', dateOfBirth: '1981-01-01', homeCommuneId: w.C2.id } },
      { token },
    );
    expect(ok.data!.updateCadre).toMatchObject({
      fullName: 'Vàng A Dình',
      dateOfBirth: '1981-01-01',
      version: 2,
      homeCommune: { id: w.C2.id },
    });
    expect(codeOf(await app.gql(M, { i: { id, version: 1, fullName: 'Z' } }, { token }))).toBe('CONFLICT');
    const m = await makeMember(app.ds, w.C1a);
    const mc = await makeCadre(app.ds, { memberId: m.id });
    expect(codeOf(await app.gql(M, { i: { id: mc, version: 1, fullName: 'Z' } }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(M, { i: { id: mc, version: 1, homeCommuneId: w.C1.id } }, { token }))).toBe('OK');
  });

  it('lists by subtree, post, day and name without diacritics, in keyset pages with a lazy totalCount', async () => {
    const w = await makeWorld(app.ds);
    const names = ['Đặng Thị Ánh', 'Nguyễn Văn An', 'Nguyễn Văn Bình', 'Trần Quốc Cường'];
    const ids: string[] = [];
    for (const n of names)
      ids.push(await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a, { fullName: n })).id }));
    const outsider = await makeCadre(app.ds, {
      memberId: (await makeMember(app.ds, w.C3a, { fullName: 'Nguyễn Văn Xa' })).id,
    });
    await makePlacement(app.ds, outsider, w.C1, 'PEOPLES_COMMITTEE_CHAIR', '2021-01-01'); // reached through a placement
    await makePlacement(app.ds, ids[1], w.C1, 'SECRETARY', '2020-01-01', '2023-01-01');
    await makePlacement(app.ds, ids[2], w.C1, 'SECRETARY', '2023-01-01');
    await makeCadre(app.ds, { owner: w.C3, fullName: 'Nguyễn Văn Khác' });
    const token = w.users.COMMUNE_INSPECTOR.token;
    const all = await app.gql(LIST, { first: 2 }, { token });
    expect(all.data!.cadres.totalCount).toBe(5);
    expect(all.data!.cadres.edges.map((e: Edge) => e.node.fullName)).toEqual(['Đặng Thị Ánh', 'Nguyễn Văn An']);
    const next = await app.gql(LIST, { first: 10, after: all.data!.cadres.pageInfo.endCursor }, { token });
    expect(next.data!.cadres.edges.map((e: Edge) => e.node.fullName)).toEqual([
      'Nguyễn Văn Bình',
      'Nguyễn Văn Xa',
      'Trần Quốc Cường',
    ]);
    expect(next.data!.cadres.pageInfo.hasNextPage).toBe(false);
    const search = await app.gql(LIST, { f: { search: 'nguyen van' } }, { token });
    expect(search.data!.cadres.totalCount).toBe(3);
    const secretaries = await app.gql(LIST, { f: { positions: ['SECRETARY'], activeOn: '2022-06-01' } }, { token });
    expect(secretaries.data!.cadres.edges.map((e: Edge) => e.node.id)).toEqual([ids[1]]);
    const handover = await app.gql(LIST, { f: { positions: ['SECRETARY'], activeOn: '2023-01-01' } }, { token });
    expect(handover.data!.cadres.edges.map((e: Edge) => e.node.id)).toEqual([ids[2]]);
    const within = await app.gql(LIST, { f: { withinId: w.C1b.id } }, { token });
    expect(within.data!.cadres.totalCount).toBe(0);
    expect(codeOf(await app.gql(LIST, { f: { withinId: w.C3.id } }, { token }))).toBe('NOT_FOUND');
    const read = await app.gql(CADRE, { id: outsider }, { token });
    expect(read.data!.cadre).toMatchObject({ fullName: 'Nguyễn Văn Xa', member: null });
  });

  it('placements: concurrent when held on a shared day, local when the home commune is above the post', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const id = await makeCadre(app.ds, { memberId: m.id }, w.C1);
    const token = w.users.DISTRICT_ADMIN.token;
    const sec = await app.gql(
      PLACE,
      { i: { cadreId: id, organizationId: w.C1.id, position: 'SECRETARY', mode: 'ELECTED', startsOn: '2020-10-01' } },
      { token },
    );
    expect(sec.data!.placeCadre).toMatchObject({ concurrent: false, local: true, version: 1 });
    const chair = await app.gql(
      PLACE,
      {
        i: {
          cadreId: id,
          organizationId: w.C1.id,
          position: 'PEOPLES_COMMITTEE_CHAIR',
          mode: 'ELECTED',
          startsOn: '2021-06-01',
        },
      },
      { token },
    );
    expect(chair.data!.placeCadre.concurrent).toBe(true);
    const ended = await app.gql(
      END,
      { i: { id: chair.data!.placeCadre.id, version: 1, endsOn: '2024-01-01', reason: 'Nghỉ hưu' } },
      { token },
    );
    expect(ended.data!.endPlacement).toMatchObject({ endsOn: '2024-01-01', version: 2 });
    const read = await app.gql(CADRE, { id }, { token });
    expect(read.data!.cadre.placements).toHaveLength(2);
    expect(read.data!.cadre.active).toEqual([{ id: sec.data!.placeCadre.id }]);
    const org = await app.gql(
      `query($id: ID!) { organization(id: $id) { now: placements { position } then: placements(activeOn: "2022-01-01") { position cadre { id } } } }`,
      { id: w.C1.id },
      { token },
    );
    expect(org.data!.organization.now).toEqual([{ position: 'SECRETARY' }]);
    expect(org.data!.organization.then.map((p: { position: string }) => p.position).sort()).toEqual([
      'PEOPLES_COMMITTEE_CHAIR',
      'SECRETARY',
    ]);
    const away = await makeOrg(app.ds, w.C2, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
    const elsewhere = await app.gql(
      PLACE,
      {
        i: {
          cadreId: id,
          organizationId: away.id,
          position: 'INSPECTION_MEMBER',
          mode: 'ROTATED',
          startsOn: '2024-01-01',
        },
      },
      { token },
    );
    expect(elsewhere.data!.placeCadre.local).toBe(false);
  });
});
