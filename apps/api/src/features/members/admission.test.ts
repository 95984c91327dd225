import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const FIELDS = `id status admittedOn cellVoteOn ceremonyOn ceremonyLateApproval probationEndsOn ceremonyDueOn version events { kind on note }`;
const ADMIT = `mutation($i: AdmitMemberInput!) { admitMember(input: $i) { ${FIELDS} } }`;
const CEREMONY = `mutation($i: RecordCeremonyInput!) { recordCeremony(input: $i) { ${FIELDS} } }`;
const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'Ma Thị Lan',
  gender: 'FEMALE',
  dateOfBirth: '1999-05-10',
  ethnicity: 'Tày',
  ...over,
});

async function count(sql: string, params: unknown[]) {
  return Number((await app.ds.query(sql, params))[0].n);
}

describe('three admission dates', () => {
  it('counts the age on the cell’s vote, probation from the ceremony, and shows the ceremony in the history', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    // 18 on the decision (10/1/2026) but not yet on the cell's vote (5/1/2026)
    const young = await app.gql(
      ADMIT,
      {
        i: {
          organizationId: w.C1a.id,
          admittedOn: '2026-01-10',
          cellVoteOn: '2026-01-05',
          person: person({ dateOfBirth: '2008-01-08' }),
        },
      },
      t,
    );
    expect(young.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'UNDER_AGE' });
    const r = await app.gql(
      ADMIT,
      {
        i: {
          organizationId: w.C1a.id,
          admittedOn: '2026-01-09',
          cellVoteOn: '2025-12-20',
          ceremonyOn: '2026-02-27',
          person: person(),
        },
      },
      t,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.admitMember).toMatchObject({
      cellVoteOn: '2025-12-20',
      ceremonyOn: '2026-02-27',
      probationEndsOn: '2027-02-27',
      ceremonyDueOn: null,
      events: [
        { kind: 'ADMITTED', on: '2026-01-09' },
        { kind: 'CEREMONY_HELD', on: '2026-02-27' },
      ],
    });
  });

  it('refuses a ceremony on the 31st working day across Tết without consent (CEREMONY_LATE), saving nothing', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const input = { organizationId: w.C1a.id, admittedOn: '2026-01-09', ceremonyOn: '2026-03-02', person: person() };
    const late = await app.gql(ADMIT, { i: input }, t);
    expect(late.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'CEREMONY_LATE' });
    expect(late.errors![0].message).toContain('27/02/2026');
    expect(await count('SELECT count(*) AS n FROM member WHERE organization_id = $1', [w.C1a.id])).toBe(0);
    const consented = await app.gql(ADMIT, { i: { ...input, ceremonyLateApproval: '15-CV/ĐU' } }, t);
    expect(consented.data!.admitMember).toMatchObject({
      ceremonyOn: '2026-03-02',
      ceremonyLateApproval: '15-CV/ĐU',
    });
  });

  it('records a ceremony held later: due on the 30th working day, late on the 31st, once only', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const admitted = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1a.id, admittedOn: '2026-01-09', person: person() } },
      t,
    );
    const m = admitted.data!.admitMember;
    expect(m).toMatchObject({ ceremonyOn: null, probationEndsOn: '2027-01-09', ceremonyDueOn: '2026-02-27' });
    const late = await app.gql(CEREMONY, { i: { memberId: m.id, version: 1, on: '2026-03-02' } }, t);
    expect(late.errors![0].extensions.rule).toBe('CEREMONY_LATE');
    const before = await app.gql(CEREMONY, { i: { memberId: m.id, version: 1, on: '2026-01-08' } }, t);
    expect(codeOf(before)).toBe('BAD_USER_INPUT');
    const held = await app.gql(CEREMONY, { i: { memberId: m.id, version: 1, on: '2026-02-27' } }, t);
    expect(held.data!.recordCeremony).toMatchObject({
      ceremonyOn: '2026-02-27',
      probationEndsOn: '2027-02-27',
      ceremonyDueOn: null,
      version: 2,
    });
    expect(held.data!.recordCeremony.events.map((e: { kind: string }) => e.kind)).toEqual([
      'ADMITTED',
      'CEREMONY_HELD',
    ]);
    const again = await app.gql(CEREMONY, { i: { memberId: m.id, version: 2, on: '2026-02-20' } }, t);
    expect(again.errors![0].extensions.rule).toBe('CEREMONY_RECORDED');
    const audit = await count(
      `SELECT count(*) AS n FROM audit_entry WHERE entity_id = $1 AND action = 'recordCeremony'`,
      [m.id],
    );
    expect(audit).toBe(1);
  });

  it('keeps existing records working: no ceremony, probation from the decision', async () => {
    const w = await makeWorld(app.ds);
    const old = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2025-03-01' });
    const r = await app.gql(
      `query($id: ID!) { member(id: $id) { ceremonyOn probationEndsOn ceremonyDueOn } }`,
      {
        id: old.id,
      },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.member).toEqual({ ceremonyOn: null, probationEndsOn: '2026-03-01', ceremonyDueOn: '2025-04-14' });
  });

  it('admits a candidate with the three dates', async () => {
    const w = await makeWorld(app.ds);
    const [{ id }] = await app.ds.query(
      `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage)
       VALUES ('Nông Văn Thắng', 'nong van thang', 'MALE', '2000-01-01', 'Tày', $1, 'VERIFIED') RETURNING id`,
      [w.C1a.id],
    );
    const r = await app.gql(
      `mutation($i: AdmitCandidateInput!) { admitCandidate(input: $i) { cellVoteOn ceremonyOn probationEndsOn } }`,
      { i: { id, version: 1, admittedOn: '2025-06-02', cellVoteOn: '2025-05-20', ceremonyOn: '2025-07-15' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    // 2/6/2025 + 30 working days is 14/7: the 15th is late
    expect(r.errors![0].extensions.rule).toBe('CEREMONY_LATE');
    const ok = await app.gql(
      `mutation($i: AdmitCandidateInput!) { admitCandidate(input: $i) { cellVoteOn ceremonyOn probationEndsOn } }`,
      { i: { id, version: 1, admittedOn: '2025-06-02', cellVoteOn: '2025-05-20', ceremonyOn: '2025-07-14' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(ok.data!.admitCandidate).toEqual({
      cellVoteOn: '2025-05-20',
      ceremonyOn: '2025-07-14',
      probationEndsOn: '2026-07-14',
    });
  });
});
