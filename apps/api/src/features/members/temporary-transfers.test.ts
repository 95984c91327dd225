import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { codeOf, makeMember, makeUser, makeWorld, startTestApp } from '../../test/harness.js';

/** Sinh hoạt đảng tạm thời (ADR 0010): the roll stays at home, the member is active at the destination. */
const app = await startTestApp();

const TRANSFER = `mutation($i: TransferMemberInput!) { transferMember(input: $i) {
  id status temporary until purpose letterDueOn requestedOn toOrganization { id } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptTransfer(id: $id, version: $v) { status temporary } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { id version organization { id } temporaryOrganization { id } events { kind } } }`;
const COUNT = `query($w: ID) { members(filter: { withinId: $w }) { totalCount edges { node { id } } } }`;
const LIST = `{ transfers { id status temporary member { id } } }`;

const start = addMonths(today(), -1);

function temporary(memberId: string, to: string, until: string, purpose?: string, on = start) {
  return { i: { memberId, version: 1, toOrganizationId: to, on, temporary: true, until, purpose } };
}

describe('temporary transfers', () => {
  it('within the scope: accepted at once; the member stays on the home roll, active at the destination', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const m = await makeMember(app.ds, w.C1a);
    const r = await app.gql(TRANSFER, temporary(m.id, w.C1b.id, addMonths(start, 6), 'WORK'), t);
    expect(r.errors).toBeUndefined();
    expect(r.data!.transferMember).toMatchObject({
      status: 'ACCEPTED',
      temporary: true,
      until: addMonths(start, 6),
      purpose: 'WORK',
      letterDueOn: null,
      toOrganization: { id: w.C1b.id },
    });
    expect((await app.gql(MEMBER, { id: m.id }, t)).data!.member).toEqual({
      id: m.id,
      version: 1,
      organization: { id: w.C1a.id },
      temporaryOrganization: { id: w.C1b.id },
      events: [{ kind: 'ADMITTED' }],
    });
    // counts and lists stay on the home roll
    expect((await app.gql(COUNT, { w: w.C1a.id }, t)).data!.members.totalCount).toBe(1);
    expect((await app.gql(COUNT, { w: w.C1b.id }, t)).data!.members).toEqual({ totalCount: 0, edges: [] });
  });

  it('lasts 3 to 12 months, 24 for study (TEMPORARY_PERIOD), and a refused one records nothing', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const m = await makeMember(app.ds, w.C1a);
    const refused = [
      temporary(m.id, w.C1b.id, addDays(addMonths(start, 3), -1), 'WORK'),
      temporary(m.id, w.C1b.id, addDays(addMonths(start, 12), 1)),
      temporary(m.id, w.C1b.id, addDays(addMonths(start, 24), 1), 'STUDY'),
      { i: { ...temporary(m.id, w.C1b.id, '').i, until: null } },
    ];
    for (const input of refused)
      expect((await app.gql(TRANSFER, input, t)).errors![0].extensions.rule).toBe('TEMPORARY_PERIOD');
    expect(await app.ds.query('SELECT 1 FROM transfer WHERE member_id = $1', [m.id])).toEqual([]);
    for (const [months, purpose] of [
      [3, 'WORK'],
      [12, 'OTHER'],
      [24, 'STUDY'],
    ] as const) {
      const fresh = await makeMember(app.ds, w.C1a);
      const r = await app.gql(TRANSFER, temporary(fresh.id, w.C1b.id, addMonths(start, months), purpose), t);
      expect(r.data!.transferMember).toMatchObject({ temporary: true, until: addMonths(start, months), purpose });
    }
    // an end or purpose without `temporary` is a mistake, not an official transfer
    const plain = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C1b.id, on: start, until: addMonths(start, 6) } },
      t,
    );
    expect(plain.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('across scopes: the destination accepts; both sides see the member for the period, only the home side writes', async () => {
    const w = await makeWorld(app.ds);
    const sender = { token: w.users.COMMUNE_ADMIN.token };
    const receiver = { token: (await makeUser(app.ds, 'COMMUNE_ADMIN', w.C2)).token };
    const m = await makeMember(app.ds, w.C1a);
    const sent = await app.gql(TRANSFER, temporary(m.id, w.C2a.id, addMonths(start, 12), 'STUDY'), sender);
    expect(sent.data!.transferMember.status).toBe('PENDING');
    expect((await app.gql(MEMBER, { id: m.id }, receiver)).data!.member).toBeNull();
    const ok = await app.gql(ACCEPT, { id: sent.data!.transferMember.id, v: 1 }, receiver);
    expect(ok.data!.acceptTransfer).toEqual({ status: 'ACCEPTED', temporary: true });
    for (const side of [sender, receiver])
      expect((await app.gql(MEMBER, { id: m.id }, side)).data!.member).toMatchObject({
        organization: { id: w.C1a.id },
        temporaryOrganization: { id: w.C2a.id },
        events: [{ kind: 'ADMITTED' }],
      });
    // the accepted temporary transfer stays in both lists
    for (const side of [sender, receiver])
      expect((await app.gql(LIST, {}, side)).data!.transfers).toEqual([
        { id: sent.data!.transferMember.id, status: 'ACCEPTED', temporary: true, member: { id: m.id } },
      ]);
    // lists and counts stay on the home roll; writes stay with the home side
    expect((await app.gql(COUNT, { w: w.C2a.id }, receiver)).data!.members.totalCount).toBe(0);
    expect((await app.gql(COUNT, { w: w.C1a.id }, sender)).data!.members.totalCount).toBe(1);
    const edit = `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`;
    expect(codeOf(await app.gql(edit, { i: { id: m.id, version: 1, hometown: 'X' } }, receiver))).toBe('NOT_FOUND');
    // a third commune sees nothing
    const stranger = { token: (await makeUser(app.ds, 'COMMUNE_ADMIN', w.C3)).token };
    expect((await app.gql(MEMBER, { id: m.id }, stranger)).data!.member).toBeNull();
    // once the period is over the destination no longer sees the member
    await app.ds.query(`UPDATE transfer SET requested_on = '2024-01-01', until = '2024-12-31' WHERE member_id = $1`, [
      m.id,
    ]);
    expect((await app.gql(MEMBER, { id: m.id }, receiver)).data!.member).toBeNull();
    expect((await app.gql(MEMBER, { id: m.id }, sender)).data!.member.temporaryOrganization).toBeNull();
  });

  it('an official transfer shows the last day for its letter: 30 working days after the request', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const official = { ...temporary(m.id, w.C2a.id, '', undefined, '2025-09-01').i, temporary: false, until: null };
    const r = await app.gql(TRANSFER, { i: official }, { token: w.users.COMMUNE_ADMIN.token });
    // 2 September 2025 (Quốc khánh) is not a working day
    expect(r.data!.transferMember).toMatchObject({ temporary: false, until: null, letterDueOn: '2025-10-14' });
  });
});
