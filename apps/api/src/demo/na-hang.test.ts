import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { startTestApp } from '../test/harness.js';
import { NA_HANG_COMMUNE, NA_HANG_FIRST_CELL, REFORM_ON } from './na-hang-reform.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';

/** The demo's Huyện Na Hang through the 2025 reform (na-hang-reform.ts), read through the API. */
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

const HISTORY = `query($c: String!) { organizationByCode(code: $c) {
  id kind status closedOn parent { code } memberCount
  events { kind on decisionNumber fromParent { code } toParent { code } other { code } }
  children(includeInactive: true) { code kind status mergedInto { code } } } }`;

async function history(code: string, token: string) {
  const r = await app.gql(HISTORY, { c: code }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.organizationByCode;
}

describe('Huyện Na Hang after the 2025 reform', () => {
  it('the district ended on 1 July 2025, nothing active left under it; its history reads before and after', async () => {
    const admin = await login('admin', 'admin12345');
    const nh = await history('NH', admin);
    expect(nh).toMatchObject({ kind: 'DISTRICT_COMMITTEE', status: 'ENDED', closedOn: REFORM_ON, memberCount: 0 });
    expect(nh.events.map((e: { kind: string; on: string }) => `${e.kind} ${e.on}`)).toEqual([
      'FOUNDED 1945-01-01',
      `ENDED ${REFORM_ON}`,
    ]);
    // what stood under it: the communes merged into the new committees, the agency cell merged, Thanh Tương moved out
    expect(nh.children).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'NH-NH', status: 'MERGED', mergedInto: { code: NA_HANG_COMMUNE } }),
        expect.objectContaining({ code: 'NH-NK', status: 'MERGED', mergedInto: { code: NA_HANG_COMMUNE } }),
        expect.objectContaining({ code: 'NH-SN', status: 'MERGED', mergedInto: { code: 'NH-TH' } }),
        expect.objectContaining({ code: 'NH-CQ-HU', status: 'MERGED', mergedInto: { code: 'TQ-NAH-CQ' } }),
      ]),
    );
    expect(nh.children.filter((c: { status: string }) => c.status === 'ACTIVE')).toEqual([]);
    const township = await history('NH-NH', admin);
    expect(township.events.map((e: { kind: string }) => e.kind)).toEqual(['FOUNDED', 'MERGED']);
    expect(township.children.map((c: { mergedInto: { code: string } }) => c.mergedInto.code)).toContain(
      NA_HANG_FIRST_CELL,
    );
    // in Tuyên Quang (Lào Cai's committees stand beside it)
    const tq = await app.gql(`{ organizationByCode(code: "TQ") { id } }`, {}, { token: admin });
    const active = await app.gql(
      `query($w: ID!) { organizations(filter: { kinds: [DISTRICT_COMMITTEE], statuses: [ACTIVE], withinId: $w }) { edges { node { code } } } }`,
      { w: tq.data!.organizationByCode.id },
      { token: admin },
    );
    expect(active.data!.organizations.edges).toEqual([{ node: { code: 'LB' } }]);
  });

  it('xã Na Hang: a commune-level committee under the province with grassroots cells, its members carried over', async () => {
    const admin = await login('admin', 'admin12345');
    const xa = await history(NA_HANG_COMMUNE, admin);
    expect(xa).toMatchObject({ kind: 'COMMUNE_LEVEL_COMMITTEE', status: 'ACTIVE', parent: { code: 'TQ' } });
    const cells = xa.children.filter((c: { status: string }) => c.status === 'ACTIVE');
    expect(cells.length).toBe(7);
    expect(new Set(cells.map((c: { kind: string }) => c.kind))).toEqual(new Set(['GRASSROOTS_CELL']));
    // the township (260), Năng Khả (120) and the district's agency cell (32)
    expect(xa.memberCount).toBe(260 + 120 + 32);
    expect(xa.events.map((e: { kind: string }) => e.kind)).toEqual(['FOUNDED', 'ABSORBED', 'ABSORBED']);
    expect(xa.events[1]).toMatchObject({ on: REFORM_ON, decisionNumber: expect.any(String), other: { code: 'NH-NH' } });
    // a member's history: admitted in the township's cell, moved into the new cell on the day of the reform
    const cell = await app.gql(
      `query($c: String!) { organizationByCode(code: $c) { id } }`,
      { c: NA_HANG_FIRST_CELL },
      {
        token: admin,
      },
    );
    const members = await app.gql(
      `query($w: ID) { members(filter: { withinId: $w, admittedTo: "2020-01-01" }, first: 1) { edges { node {
         events { kind on fromOrganization { code } toOrganization { code } } } } } }`,
      { w: cell.data!.organizationByCode.id },
      { token: admin },
    );
    const events = members.data!.members.edges[0].node.events;
    expect(events[0]).toMatchObject({ kind: 'ADMITTED', toOrganization: { code: 'NH-NH-01' } });
    expect(events).toContainEqual({
      kind: 'MOVED',
      on: REFORM_ON,
      fromOrganization: { code: 'NH-NH-01' },
      toOrganization: { code: NA_HANG_FIRST_CELL },
    });
    // members admitted after the reform were admitted into the new cells: no move in their history
    const late = await app.gql(
      `query($w: ID) { members(filter: { withinId: $w, admittedFrom: "2025-07-02" }) { edges { node {
         events { kind toOrganization { code } } } } } }`,
      { w: xa.id },
      { token: admin },
    );
    const lateEvents = late.data!.members.edges.map((e: { node: { events: unknown[] } }) => e.node.events);
    expect(lateEvents.length).toBeGreaterThan(0);
    for (const ev of lateEvents) {
      expect(ev).not.toContainEqual(expect.objectContaining({ kind: 'MOVED' }));
      expect(ev[0]).toMatchObject({ kind: 'ADMITTED', toOrganization: { code: expect.stringMatching(/^TQ-NAH-/) } });
    }
  });

  it('xã Thanh Tương: a grassroots committee that absorbed Sơn Phú and moved under the province with its cells', async () => {
    const admin = await login('admin', 'admin12345');
    const tt = await history('NH-TH', admin);
    expect(tt).toMatchObject({
      kind: 'GRASSROOTS_COMMITTEE',
      status: 'ACTIVE',
      parent: { code: 'TQ' },
      memberCount: 140 + 150,
    });
    expect(tt.events).toEqual([
      expect.objectContaining({ kind: 'FOUNDED' }),
      expect.objectContaining({ kind: 'ABSORBED', on: REFORM_ON, other: { code: 'NH-SN' } }),
      expect.objectContaining({ kind: 'MOVED', on: REFORM_ON, fromParent: { code: 'NH' }, toParent: { code: 'TQ' } }),
    ]);
    const active = tt.children
      .filter((c: { status: string }) => c.status === 'ACTIVE')
      .map((c: { code: string }) => c.code);
    expect(active.sort()).toEqual(['NH-SN-01', 'NH-SN-02', 'NH-SN-03', 'NH-TH-01', 'NH-TH-02', 'NH-TH-03']);
  });

  it('nahang.tochuc is bound to xã Na Hang and acts there as a district does; nothing else of the province shows', async () => {
    const token = await login('nahang.tochuc');
    const r = await app.gql(
      `{ me { role scope { code kind } } roots { code memberCount } members { totalCount }
         lb: organizationByCode(code: "LB") { id } tt: organizationByCode(code: "NH-TH") { id } nh: organizationByCode(code: "NH") { id } }`,
      {},
      { token },
    );
    expect(r.data).toEqual({
      me: { role: 'DISTRICT_ADMIN', scope: { code: NA_HANG_COMMUNE, kind: 'COMMUNE_LEVEL_COMMITTEE' } },
      roots: [{ code: NA_HANG_COMMUNE, memberCount: 412 }],
      members: { totalCount: 412 },
      lb: null,
      tt: null,
      nh: null,
    });
    // the transfer waiting from the new cell to Lăng Can is visible to its sender
    const transfers = await app.gql(`{ transfers(statuses: [PENDING]) { fromOrganization { code } } }`, {}, { token });
    expect(transfers.data!.transfers).toEqual([{ fromOrganization: { code: NA_HANG_FIRST_CELL } }]);
  });

  it('the seed articles’ Lâm Bình stays as described: 27 grassroots organisations, 3,685 members', async () => {
    const token = await login('lambinh.tochuc');
    const r = await app.gql(`{ roots { code status memberCount children { kind } } }`, {}, { token });
    expect(r.data!.roots[0]).toMatchObject({ code: 'LB', status: 'ACTIVE', memberCount: 3685 });
    expect(r.data!.roots[0].children.filter((c: { kind: string }) => c.kind.startsWith('GRASSROOTS'))).toHaveLength(27);
  });
});
