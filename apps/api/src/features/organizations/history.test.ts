import { describe, expect, it } from 'vitest';
import { codeOf, makeOrg, makeWorld, startTestApp, uniq } from '../../test/harness.js';

/** Organization.events: the history kept by every operation on the tree, oldest first. */
const app = await startTestApp();

const EVENTS = `query($id: ID!) { organization(id: $id) { events { kind on decisionNumber previousName
  fromParent { id code closedOn events { kind } } toParent { id } other { id } } } }`;

async function eventsOf(id: string, token: string) {
  const r = await app.gql(EVENTS, { id }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.organization.events as Record<string, unknown>[];
}

describe('Organization.events', () => {
  it('records founding, renaming, merging on both sides and dissolving', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.ADMIN.token;
    const code = uniq('H');
    const created = await app.gql(
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }`,
      {
        i: {
          parentId: w.C1.id,
          code,
          name: 'Chi bộ Thôn Nà Mỏ',
          kind: 'SUBORDINATE_CELL',
          sector: 'VILLAGE',
          establishedOn: '2015-03-02',
          decisionNumber: '12-QĐ/ĐU',
        },
      },
      { token },
    );
    const id = created.data!.createOrganization.id;
    const renamed = await app.gql(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }`,
      { i: { id, version: 1, name: 'Chi bộ Thôn Nà Mỏ Mới' } },
      { token },
    );
    expect(codeOf(renamed)).toBe('OK');
    // a change that keeps the name records no RENAMED event
    await app.gql(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }`,
      { i: { id, version: 2, sector: 'SCHOOL' } },
      { token },
    );
    const merged = await app.gql(
      `mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`,
      { i: { sourceIds: [id], targetId: w.C1b.id, on: '2024-01-15', decisionNumber: '99-QĐ/ĐU' } },
      { token },
    );
    expect(codeOf(merged)).toBe('OK');
    const history = await eventsOf(id, token);
    expect(history.map((e) => e.kind)).toEqual(['FOUNDED', 'MERGED', 'RENAMED']);
    expect(history[0]).toMatchObject({ on: '2015-03-02', decisionNumber: '12-QĐ/ĐU' });
    expect(history[1]).toMatchObject({ on: '2024-01-15', decisionNumber: '99-QĐ/ĐU', other: { id: w.C1b.id } });
    expect(history[2]).toMatchObject({ previousName: 'Chi bộ Thôn Nà Mỏ' });
    expect(await eventsOf(w.C1b.id, token)).toEqual([
      expect.objectContaining({ kind: 'ABSORBED', on: '2024-01-15', other: { id } }),
    ]);
    const empty = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    const dissolved = await app.gql(
      `mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { events { kind on } } }`,
      { i: { id: empty.id, version: 1, on: '2025-02-03' } },
      { token },
    );
    expect(dissolved.data!.dissolveOrganization.events).toEqual([{ kind: 'DISSOLVED', on: '2025-02-03' }]);
  });

  it('records a MOVED event for each cell a merge carries to the target', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`,
      { i: { sourceIds: [w.C2.id], targetId: w.C1.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(codeOf(r)).toBe('OK');
    expect(await eventsOf(w.C2a.id, w.users.ADMIN.token)).toEqual([
      expect.objectContaining({
        kind: 'MOVED',
        on: '2025-07-01',
        fromParent: expect.objectContaining({ id: w.C2.id }),
        toParent: { id: w.C1.id },
      }),
    ]);
  });

  it('names the old parent of a moved commune to its users, without showing them its record or history', async () => {
    const w = await makeWorld(app.ds);
    await app.gql(
      `mutation($i: MoveOrganizationsInput!) { moveOrganizations(input: $i) { id } }`,
      { i: { ids: [w.C1.id], newParentId: w.P.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    await app.gql(
      `mutation($i: MoveOrganizationsInput!) { moveOrganizations(input: $i) { id } }`,
      { i: { ids: [w.C2.id, w.C3.id], newParentId: w.P.id, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    await app.gql(
      `mutation($i: EndOrganizationInput!) { endOrganization(input: $i) { id } }`,
      { i: { id: w.D1.id, version: 1, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    const [moved] = await eventsOf(w.C1.id, w.users.COMMUNE_ADMIN.token);
    expect(moved).toMatchObject({
      kind: 'MOVED',
      fromParent: { id: w.D1.id, code: w.D1.code, closedOn: null, events: [] },
      toParent: { id: w.P.id },
    });
    // ADMIN reads the ended district's own history
    expect((await eventsOf(w.D1.id, w.users.ADMIN.token)).map((e) => e.kind)).toEqual(['ENDED']);
  });
});
