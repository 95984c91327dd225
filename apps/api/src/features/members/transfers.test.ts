import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeUser, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const TRANSFER = `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id status version member { id } fromOrganization { id } toOrganization { id } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptTransfer(id: $id, version: $v) { status decidedAt } }`;
const REJECT = `mutation($id: ID!, $v: Int!, $r: String) { rejectTransfer(id: $id, version: $v, reason: $r) { status decisionNote } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { id organization { id } version events { kind } } }`;
const LIST = `query($s: [TransferStatus!]) { transfers(statuses: $s) { id status member { id fullName } } }`;

describe('transfers within the scope', () => {
  it('are ACCEPTED at once and move the member (event MOVED)', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const r = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C1b.id, on: '2025-03-01', reason: 'Chuyển nơi ở' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.transferMember).toMatchObject({
      status: 'ACCEPTED',
      fromOrganization: { id: w.C1a.id },
      toOrganization: { id: w.C1b.id },
    });
    const after = await app.gql(MEMBER, { id: m.id }, { token: w.users.COMMUNE_ADMIN.token });
    expect(after.data!.member).toMatchObject({
      organization: { id: w.C1b.id },
      version: 2,
      events: [{ kind: 'ADMITTED' }, { kind: 'MOVED' }],
    });
  });

  it('refuses a destination that is not an active cell, and the same cell', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const t = { token: w.users.DISTRICT_ADMIN.token };
    expect(
      (await app.gql(TRANSFER, { i: { memberId: m.id, version: 1, toOrganizationId: w.C2.id, on: '2025-03-01' } }, t))
        .errors![0].extensions.rule,
    ).toBe('CELL_REQUIRED');
    expect(
      codeOf(
        await app.gql(TRANSFER, { i: { memberId: m.id, version: 1, toOrganizationId: w.C1a.id, on: '2025-03-01' } }, t),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await app.gql(TRANSFER, { i: { memberId: m.id, version: 1, toOrganizationId: 'nope', on: '2025-03-01' } }, t),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('transfers across scopes', () => {
  it('wait PENDING; the sender cannot accept; the receiving admin accepts; then the member moves and the sender no longer sees them', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a, { fullName: 'Lộc Văn Toàn' });
    const sender = w.users.COMMUNE_ADMIN;
    const receiver = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C2);
    const dest = await app.gql(
      `query($c: String!) { transferDestination(code: $c) { id } }`,
      { c: w.C2a.code.toLowerCase() },
      { token: sender.token },
    );
    expect(dest.data!.transferDestination.id).toBe(w.C2a.id);
    const sent = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C2a.id, on: '2025-03-01' } },
      { token: sender.token },
    );
    const tr = sent.data!.transferMember;
    expect(tr.status).toBe('PENDING');
    // nothing moved yet
    expect((await app.gql(MEMBER, { id: m.id }, { token: sender.token })).data!.member.organization.id).toBe(w.C1a.id);
    // a second transfer waits behind the first
    const second = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C3a.id, on: '2025-03-01' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(second.errors![0].extensions.rule).toBe('TRANSFER_PENDING');
    expect(codeOf(await app.gql(ACCEPT, { id: tr.id, v: 1 }, { token: sender.token }))).toBe('FORBIDDEN');
    // the receiver sees the incoming transfer and who it is for
    const inbox = await app.gql(LIST, { s: ['PENDING'] }, { token: receiver.token });
    expect(inbox.data!.transfers).toEqual([
      { id: tr.id, status: 'PENDING', member: { id: m.id, fullName: 'Lộc Văn Toàn' } },
    ]);
    expect((await app.gql(MEMBER, { id: m.id }, { token: receiver.token })).data!.member).toBeNull();
    const ok = await app.gql(ACCEPT, { id: tr.id, v: 1 }, { token: receiver.token });
    expect(ok.data!.acceptTransfer.status).toBe('ACCEPTED');
    expect((await app.gql(MEMBER, { id: m.id }, { token: receiver.token })).data!.member).toMatchObject({
      organization: { id: w.C2a.id },
    });
    expect((await app.gql(MEMBER, { id: m.id }, { token: sender.token })).data!.member).toBeNull();
    expect((await app.gql(LIST, {}, { token: sender.token })).data!.transfers).toEqual([]);
    expect(codeOf(await app.gql(ACCEPT, { id: tr.id, v: 2 }, { token: receiver.token }))).toBe('RULE_VIOLATION');
  });

  it('a rejected transfer leaves the member where it was, with the reason', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const sent = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C3a.id, on: '2025-03-01' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    const other = await makeUser(app.ds, 'DISTRICT_ADMIN', w.D2);
    const r = await app.gql(
      REJECT,
      { id: sent.data!.transferMember.id, v: 1, r: 'Sai địa chỉ' },
      { token: other.token },
    );
    expect(r.data!.rejectTransfer).toEqual({ status: 'REJECTED', decisionNote: 'Sai địa chỉ' });
    expect(
      (await app.gql(MEMBER, { id: m.id }, { token: w.users.DISTRICT_ADMIN.token })).data!.member.organization.id,
    ).toBe(w.C1a.id);
  });

  it('a third party outside both ends sees nothing of it', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const sent = await app.gql(
      TRANSFER,
      { i: { memberId: m.id, version: 1, toOrganizationId: w.C2a.id, on: '2025-03-01' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    const stranger = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C3);
    expect((await app.gql(LIST, {}, { token: stranger.token })).data!.transfers).toEqual([]);
    expect(codeOf(await app.gql(ACCEPT, { id: sent.data!.transferMember.id, v: 1 }, { token: stranger.token }))).toBe(
      'NOT_FOUND',
    );
  });
});
