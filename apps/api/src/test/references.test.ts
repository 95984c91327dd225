import { describe, expect, it } from 'vitest';
import { makeMember, makeUser, makeWorld, startTestApp } from './harness.js';

const app = await startTestApp();

/** Every field of Organization that could tell something about a subtree. */
const ORG = `id code name memberCount all: memberCount(statuses: [PROBATIONARY, OFFICIAL, REMOVED, DECEASED, TRANSFERRED_OUT, EXPELLED])
  establishedOn decisionNumber closedOn closingDecisionNumber parent { id } children(includeInactive: true) { id } ancestors { id } mergedInto { id }`;
const LIMITED = {
  memberCount: 0,
  all: 0,
  establishedOn: null,
  decisionNumber: null,
  closedOn: null,
  closingDecisionNumber: null,
  parent: null,
  children: [],
  ancestors: [],
  mergedInto: null,
};

describe('organisations reached outside the scope through a reference', () => {
  it('transferDestination shows the code and name, nothing of the subtree', async () => {
    const w = await makeWorld(app.ds);
    for (let i = 0; i < 3; i++) await makeMember(app.ds, w.C3a);
    await app.ds.query(`UPDATE organization SET decision_number = '12-QĐ' WHERE id = $1`, [w.C3a.id]);
    const r = await app.gql(
      `query($c: String!) { transferDestination(code: $c) { ${ORG} } }`,
      { c: w.C3a.code },
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.transferDestination).toMatchObject({ id: w.C3a.id, code: w.C3a.code, ...LIMITED });
    const own = await app.gql(
      `query($c: String!) { transferDestination(code: $c) { memberCount } }`,
      { c: w.C3a.code },
      {
        token: w.users.ADMIN.token,
      },
    );
    expect(own.data!.transferDestination.memberCount).toBe(3);
  });

  it("a transfer's sending cell and its member's cell read as limited on the receiving side", async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    await makeMember(app.ds, w.C1a);
    await app.ds.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status)
       VALUES ($1, $2, $3, '2025-01-01', 'PENDING')`,
      [m.id, w.C1a.id, w.C3a.id],
    );
    const receiver = await makeUser(app.ds, 'DISTRICT_ADMIN', w.D2);
    const r = await app.gql(
      `{ transfers { fromOrganization { ${ORG} } toOrganization { memberCount } member { organization { ${ORG} } } } }`,
      {},
      { token: receiver.token },
    );
    expect(r.errors).toBeUndefined();
    const [t] = r.data!.transfers;
    expect(t.fromOrganization).toMatchObject({ id: w.C1a.id, ...LIMITED });
    expect(t.member.organization).toMatchObject({ id: w.C1a.id, ...LIMITED });
    expect(t.toOrganization.memberCount).toBe(0);
    // the sender sees its own cell in full
    const s = await app.gql(
      `{ transfers { fromOrganization { memberCount } } }`,
      {},
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    expect(s.data!.transfers[0].fromOrganization.memberCount).toBe(2);
  });

  it("the caller's own organisation counts its whole subtree", async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a);
    await makeMember(app.ds, w.C3a);
    const r = await app.gql(
      `query($id: ID!) { member: organization(id: $id) { memberCount } }`,
      { id: w.C1.id },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.member.memberCount).toBe(1);
  });
});
