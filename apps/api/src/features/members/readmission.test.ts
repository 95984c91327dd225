import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp, type World } from '../../test/harness.js';

const app = await startTestApp();

const READMIT = `mutation($i: ReadmitMemberInput!) { readmitMember(input: $i) {
  status admittedOn firstAdmittedOn partyYears nextBadge { years dueOn } organization { id } version events { kind on } } }`;
const EXIT = `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { version } }`;

/** An official member admitted 10/1/1990, removed on 15/3/2021. */
async function removedMember(w: World) {
  const m = await makeMember(app.ds, w.C1a, { admittedOn: '1990-01-10', dateOfBirth: '1965-01-01' });
  const r = await app.gql(
    EXIT,
    { i: { memberId: m.id, version: 1, kind: 'REMOVED', on: '2021-03-15', ground: 'NOT_FULFILLING_DUTIES' } },
    { token: w.users.COMMUNE_ADMIN.token },
  );
  expect(r.errors).toBeUndefined();
  return m;
}

const input = (memberId: string, w: World, over: Record<string, unknown> = {}) => ({
  memberId,
  version: 2,
  organizationId: w.C1b.id,
  admittedOn: '2024-03-15',
  approvalDecision: '125-QĐ/TU',
  ...over,
});

describe('re-admission (kết nạp lại)', () => {
  it('waits 36 months after leaving: refused a day before, admitted on the day, counting party age less the gap', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const m = await removedMember(w);
    const early = await app.gql(READMIT, { i: input(m.id, w, { admittedOn: '2024-03-14' }) }, t);
    expect(early.errors![0].extensions).toMatchObject({ rule: 'READMISSION_TOO_EARLY' });
    const r = await app.gql(READMIT, { i: input(m.id, w) }, t);
    expect(r.errors).toBeUndefined();
    const a = r.data!.readmitMember;
    expect(a).toMatchObject({
      status: 'PROBATIONARY',
      admittedOn: '2024-03-15',
      firstAdmittedOn: '1990-01-10',
      organization: { id: w.C1b.id },
    });
    expect(a.events.map((e: { kind: string }) => e.kind)).toEqual(['ADMITTED', 'REMOVED', 'READMITTED']);
    // three years out of the party (15/3/2021–15/3/2024): party age counts from 10/1/1993, so the 30-year
    // badge fell on 10/1/2023 (awarded 3/2/2023) and the next is 40 years on 10/1/2033
    expect(a.nextBadge).toEqual({ years: 40, dueOn: '2033-01-10' });
  });

  it('happens once only, with the approval, and only for a member who left', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const m = await removedMember(w);
    expect(codeOf(await app.gql(READMIT, { i: input(m.id, w, { approvalDecision: ' ' }) }, t))).toBe('BAD_USER_INPUT');
    const once = await app.gql(READMIT, { i: input(m.id, w, { admittedOn: '2024-04-01' }) }, t);
    expect(once.errors).toBeUndefined();
    // removed again: never re-admitted a second time
    const again = await app.gql(
      EXIT,
      { i: { memberId: m.id, version: 3, kind: 'REMOVED', on: '2024-06-01', ground: 'OTHER' } },
      t,
    );
    expect(again.errors).toBeUndefined();
    const twice = await app.gql(READMIT, { i: input(m.id, w, { version: 4, admittedOn: '2026-11-01' }) }, t);
    expect(twice.errors![0].extensions.rule).toBe('READMITTED_BEFORE');
    const current = await makeMember(app.ds, w.C1a);
    const notLeft = await app.gql(READMIT, { i: input(current.id, w, { version: 1 }) }, t);
    expect(notLeft.errors![0].extensions.rule).toBe('READMISSION_BARRED');
  });

  it('registers a re-admitted member from the records: 36 months checked, history and party age from the first admission', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const REGISTER = `mutation($i: RegisterMemberInput!) { registerMember(input: $i) { firstAdmittedOn partyYears events { kind on } } }`;
    const base = {
      organizationId: w.C1a.id,
      status: 'OFFICIAL',
      admittedOn: '2008-05-19',
      firstAdmittedOn: '1985-02-03',
      person: { fullName: 'Triệu Văn Sơn', gender: 'MALE', dateOfBirth: '1960-06-01', ethnicity: 'Dao' },
    };
    const early = await app.gql(REGISTER, { i: { ...base, previousLeftOn: '2005-05-20' } }, t);
    expect(early.errors![0].extensions.rule).toBe('READMISSION_TOO_EARLY');
    const missing = await app.gql(REGISTER, { i: base }, t);
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    const r = await app.gql(REGISTER, { i: { ...base, previousLeftOn: '2005-05-19' } }, t);
    expect(r.data!.registerMember.events).toEqual([
      { kind: 'ADMITTED', on: '1985-02-03' },
      { kind: 'REMOVED', on: '2005-05-19' },
      { kind: 'READMITTED', on: '2008-05-19' },
    ]);
    expect(r.data!.registerMember.firstAdmittedOn).toBe('1985-02-03');
  });
});
