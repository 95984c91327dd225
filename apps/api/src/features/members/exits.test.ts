import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const EXIT = `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) {
  status version events { kind on removalGround exemptionGround } } }`;
const EXEMPT = `mutation($i: SetExemptionInput!) { setExemption(input: $i) { exempt version events { kind exemptionGround } } }`;

describe('leaving the roll with a ground', () => {
  it('refuses a removal without its ground (GROUND_REQUIRED), changing nothing; with it the ground is in the history', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const m = await makeMember(app.ds, w.C1a);
    const bare = await app.gql(EXIT, { i: { memberId: m.id, version: 1, kind: 'REMOVED', on: '2025-03-01' } }, t);
    expect(bare.errors![0].extensions).toMatchObject({ rule: 'GROUND_REQUIRED', source: 'Điều lệ Đảng, Điều 8' });
    const [row] = await app.ds.query('SELECT status, version FROM member WHERE id = $1', [m.id]);
    expect(row).toEqual({ status: 'OFFICIAL', version: 1 });
    const r = await app.gql(
      EXIT,
      { i: { memberId: m.id, version: 1, kind: 'REMOVED', on: '2025-03-01', ground: 'ABSENT_OR_DUES_UNPAID' } },
      t,
    );
    expect(r.data!.recordMemberExit).toMatchObject({
      status: 'REMOVED',
      events: [
        { kind: 'ADMITTED', removalGround: null },
        { kind: 'REMOVED', on: '2025-03-01', removalGround: 'ABSENT_OR_DUES_UNPAID' },
      ],
    });
  });

  it('takes a ground only for a removal', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const r = await app.gql(
      EXIT,
      { i: { memberId: m.id, version: 1, kind: 'DECEASED', on: '2025-03-01', ground: 'OTHER' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('strikes a probationary member not recognised from the list once the 12 months are over (NOT_RECOGNISED)', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const official = await makeMember(app.ds, w.C1a);
    const notProb = await app.gql(
      EXIT,
      { i: { memberId: official.id, version: 1, kind: 'NOT_RECOGNISED', on: '2025-03-01' } },
      t,
    );
    expect(notProb.errors![0].extensions.rule).toBe('NOT_PROBATIONARY');
    const p = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2024-03-01' });
    const early = await app.gql(
      EXIT,
      { i: { memberId: p.id, version: 1, kind: 'NOT_RECOGNISED', on: '2025-02-28' } },
      t,
    );
    expect(early.errors![0].extensions.rule).toBe('PROBATION_NOT_COMPLETE');
    const r = await app.gql(EXIT, { i: { memberId: p.id, version: 1, kind: 'NOT_RECOGNISED', on: '2025-03-01' } }, t);
    expect(r.data!.recordMemberExit).toMatchObject({
      status: 'REMOVED',
      events: [{ kind: 'ADMITTED' }, { kind: 'NOT_RECOGNISED', on: '2025-03-01' }],
    });
  });

  it('records the ground of an exemption in the history', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a, { dateOfBirth: '1950-01-01' });
    const r = await app.gql(
      EXEMPT,
      { i: { memberId: m.id, version: 1, exempt: true, on: '2025-01-10', ground: 'OLD_AGE' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.setExemption).toMatchObject({
      exempt: true,
      events: [
        { kind: 'ADMITTED', exemptionGround: null },
        { kind: 'EXEMPTED', exemptionGround: 'OLD_AGE' },
      ],
    });
  });
});
