import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from '../../test/cadres.js';
import { codeOf, makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const Q = `query($w: ID!, $on: LocalDate) { cadreIndicators(withinId: $w, asOf: $on) {
  grassrootsOrganizations secretariesPlaced nonLocalSecretaries secretaryAlsoChair villageCells
  cellSecretaryAlsoVillageHead villageHeadsNotMembers vacantSecretarySeats } }`;

describe('cadreIndicators', () => {
  it('counts from the placements held on the day, over the subtree', async () => {
    const w = await makeWorld(app.ds);
    const school = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { sector: 'SCHOOL' });
    // C1: a local secretary who is also chair; C2: a secretary from C3 (not local), until 2025-01-01
    const s1 = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id }, w.C1);
    await makePlacement(app.ds, s1, w.C1, 'SECRETARY', '2020-10-01');
    await makePlacement(app.ds, s1, w.C1, 'PEOPLES_COMMITTEE_CHAIR', '2021-06-01');
    const s2 = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C2a)).id }, w.C3);
    await makePlacement(app.ds, s2, w.C2, 'SECRETARY', '2020-10-01', '2025-01-01');
    // C1a: secretary also village head; C1b: a head who is not a member
    const s3 = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id }, w.C1);
    await makePlacement(app.ds, s3, w.C1a, 'SECRETARY', '2021-01-01');
    await makePlacement(app.ds, s3, w.C1a, 'VILLAGE_HEAD', '2021-01-01');
    const h = await makeCadre(app.ds, { owner: w.C1 });
    await makePlacement(app.ds, h, w.C1b, 'VILLAGE_HEAD', '2022-01-01');
    // outside D1: counted nowhere here
    const s4 = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C3a)).id });
    await makePlacement(app.ds, s4, w.C3, 'SECRETARY', '2020-10-01');
    const token = w.users.DISTRICT_INSPECTOR.token;
    const now = await app.gql(Q, { w: w.D1.id, on: '2025-06-01' }, { token });
    expect(now.data!.cadreIndicators).toEqual({
      grassrootsOrganizations: 2,
      secretariesPlaced: 1,
      nonLocalSecretaries: 0,
      secretaryAlsoChair: 1,
      villageCells: 3,
      cellSecretaryAlsoVillageHead: 1,
      villageHeadsNotMembers: 1,
      // D1, C2, C1b, C2a, the school
      vacantSecretarySeats: 5,
    });
    const before = await app.gql(Q, { w: w.D1.id, on: '2024-12-31' }, { token });
    expect(before.data!.cadreIndicators).toMatchObject({ secretariesPlaced: 2, nonLocalSecretaries: 1 });
    const earlier = await app.gql(Q, { w: w.D1.id, on: '2021-01-01' }, { token });
    expect(earlier.data!.cadreIndicators).toMatchObject({
      secretaryAlsoChair: 0,
      cellSecretaryAlsoVillageHead: 1,
      villageHeadsNotMembers: 0,
    });
    const c1 = await app.gql(Q, { w: w.C1.id, on: '2025-06-01' }, { token: w.users.COMMUNE_ADMIN.token });
    expect(c1.data!.cadreIndicators).toMatchObject({ grassrootsOrganizations: 1, villageCells: 2 });
    expect(school.id).toBeTruthy();
    expect(codeOf(await app.gql(Q, { w: w.C2.id }, { token: w.users.COMMUNE_ADMIN.token }))).toBe('NOT_FOUND');
  });

  it("a village head whose membership ends counts as not a member from then (the member's status follows)", async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const head = await makeCadre(app.ds, { memberId: m.id });
    await makePlacement(app.ds, head, w.C1a, 'VILLAGE_HEAD', '2021-01-01');
    const token = w.users.COMMUNE_ADMIN.token;
    const before = await app.gql(Q, { w: w.C1.id }, { token });
    expect(before.data!.cadreIndicators.villageHeadsNotMembers).toBe(0);
    const exit = await app.gql(
      `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { status } }`,
      { i: { memberId: m.id, version: 1, kind: 'REMOVED', ground: 'NOT_FULFILLING_DUTIES', on: '2025-02-01' } },
      { token },
    );
    expect(exit.errors).toBeUndefined();
    const after = await app.gql(Q, { w: w.C1.id }, { token });
    expect(after.data!.cadreIndicators.villageHeadsNotMembers).toBe(1);
  });
});
