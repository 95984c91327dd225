import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from '../../test/cadres.js';
import { makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';

/** What other operations do to placements, in their own transaction, audited. */
const app = await startTestApp();

async function ends(ids: string[]) {
  const rows: { id: string; ends_on: string | null }[] = await app.ds.query(
    `SELECT id, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM placement WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return ids.map((id) => rows.find((r) => r.id === id)?.ends_on ?? null);
}

async function audited(id: string) {
  return app.ds.query(`SELECT action, changes FROM audit_entry WHERE entity_type = 'Placement' AND entity_id = $1`, [
    id,
  ]);
}

describe('placements end with their organisation and their member', () => {
  it('dissolving a cell ends the placements held there on that date, audited; history keeps its end', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
    const head = await makeCadre(app.ds, { owner: w.C1 });
    const open = await makePlacement(app.ds, head, cell, 'VILLAGE_HEAD', '2021-01-01');
    const past = await makePlacement(app.ds, head, cell, 'VILLAGE_HEAD', '2018-01-01', '2020-01-01');
    const r = await app.gql(
      `mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { status placements { id } } }`,
      { i: { id: cell.id, version: 1, on: '2025-03-01' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.dissolveOrganization).toEqual({ status: 'DISSOLVED', placements: [] });
    expect(await ends([open, past])).toEqual(['2025-03-01', '2020-01-01']);
    expect(await audited(open)).toEqual([
      {
        action: 'dissolveOrganization',
        changes: {
          endsOn: { from: null, to: '2025-03-01' },
          endReason: { from: null, to: 'dissolveOrganization' },
        },
      },
    ]);
  });

  it('ending a committee (kết thúc hoạt động) ends the placements at it on that date', async () => {
    const w = await makeWorld(app.ds);
    const sec = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C3a)).id });
    const at = await makePlacement(app.ds, sec, w.D2, 'SECRETARY', '2020-10-01');
    await app.ds.query(`UPDATE organization SET status = 'ENDED', closed_on = '2025-07-01' WHERE parent_id = $1`, [
      w.D2.id,
    ]);
    const r = await app.gql(
      `mutation($i: EndOrganizationInput!) { endOrganization(input: $i) { status } }`,
      { i: { id: w.D2.id, version: 1, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors).toBeUndefined();
    expect(await ends([at])).toEqual(['2025-07-01']);
    expect((await audited(at))[0].action).toBe('endOrganization');
  });

  it('merging ends the placements at the sources (not at the moved cells); a refused merge ends nothing', async () => {
    const w = await makeWorld(app.ds);
    const sec = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C2a)).id });
    const atSource = await makePlacement(app.ds, sec, w.C2, 'SECRETARY', '2020-10-01');
    const atCell = await makePlacement(app.ds, sec, w.C2a, 'SECRETARY', '2020-10-01');
    const M = `mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`;
    const token = w.users.DISTRICT_ADMIN.token;
    const refused = await app.gql(M, { i: { sourceIds: [w.C2.id], targetId: w.C3.id, on: '2025-07-01' } }, { token });
    expect(refused.errors).toBeDefined();
    expect(await ends([atSource, atCell])).toEqual([null, null]);
    const r = await app.gql(M, { i: { sourceIds: [w.C2.id], targetId: w.C1.id, on: '2025-07-01' } }, { token });
    expect(r.errors).toBeUndefined();
    expect(await ends([atSource, atCell])).toEqual(['2025-07-01', null]);
    expect((await audited(atSource))[0].action).toBe('mergeOrganizations');
    // the moved cell's placement follows it: visible under its new parent
    const [{ org_path }] = await app.ds.query('SELECT org_path FROM placement WHERE id = $1', [atCell]);
    expect(org_path.startsWith(w.C1.path)).toBe(true);
  });

  it("a member's exit ends the party placements on that date; death ends them all", async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_ADMIN.token;
    const X = `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { status } }`;
    const removed = await makeMember(app.ds, w.C1a);
    const c1 = await makeCadre(app.ds, { memberId: removed.id });
    const party = await makePlacement(app.ds, c1, w.C1a, 'SECRETARY', '2020-01-01');
    const head = await makePlacement(app.ds, c1, w.C1a, 'VILLAGE_HEAD', '2020-01-01');
    const r = await app.gql(
      X,
      { i: { memberId: removed.id, version: 1, kind: 'REMOVED', ground: 'NOT_FULFILLING_DUTIES', on: '2025-02-01' } },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(await ends([party, head])).toEqual(['2025-02-01', null]);
    expect((await audited(party))[0].action).toBe('recordMemberExit');
    const died = await makeMember(app.ds, w.C1b);
    const c2 = await makeCadre(app.ds, { memberId: died.id });
    const all = [
      await makePlacement(app.ds, c2, w.C1b, 'SECRETARY', '2020-01-01'),
      await makePlacement(app.ds, c2, w.C1b, 'VILLAGE_HEAD', '2020-01-01'),
    ];
    await app.gql(X, { i: { memberId: died.id, version: 1, kind: 'DECEASED', on: '2025-02-01' } }, { token });
    expect(await ends(all)).toEqual(['2025-02-01', '2025-02-01']);
  });
});
