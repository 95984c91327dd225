import { describe, expect, it } from 'vitest';
import { addMonths } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { makeMember, makeWorld, type OrgRow, startTestApp } from '../../test/harness.js';

/** Sponsors as the Charter says (Điều lệ Đảng, Điều 4), through advanceCandidate to APPLIED. */
const app = await startTestApp();

const ADVANCE = `mutation($i: AdvanceCandidateInput!) { advanceCandidate(input: $i) {
  stage version appliedOn sponsors { id } sponsorships { kind knownSince member { id } } } }`;
const CANDIDATE = `query($id: ID!) { candidate(id: $id) { stage version appliedOn sponsorships { kind } } }`;

/** A TRAINED candidate in a cell (test data). */
async function trained(cell: OrgRow, dateOfBirth = '1990-01-01'): Promise<string> {
  const [{ id }] = await app.ds.query(
    `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage, awareness_course_on)
     VALUES ('Hoàng Văn Sơn', 'hoang van son', 'MALE', $2, 'Tày', $1, 'TRAINED', '2024-01-10') RETURNING id`,
    [cell.id, dateOfBirth],
  );
  return id;
}

const member = (memberId: string, knownSince: string) => ({ kind: 'MEMBER', memberId, knownSince });

/** advanceCandidate to APPLIED on a day with these sponsors. */
function apply(id: string, appliedOn: string | null, sponsors: object[], token: string) {
  return app.gql(ADVANCE, { i: { id, version: 1, to: 'APPLIED', appliedOn, sponsors } }, { token });
}

describe('sponsors (người giới thiệu)', () => {
  it('have known the applicant for 12 months before the application: on the day, not a day later', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const a = await makeMember(app.ds, w.C1a);
    const b = await makeMember(app.ds, w.C1b); // another cell of the same grassroots committee
    const id = await trained(w.C1a);
    const late = await apply(id, '2025-03-01', [member(a.id, '2024-03-02'), member(b.id, '2020-01-01')], t.token);
    expect(late.errors![0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SPONSOR_NOT_ELIGIBLE' });
    // a failed mutation changes nothing
    expect((await app.gql(CANDIDATE, { id }, t)).data!.candidate).toEqual({
      stage: 'TRAINED',
      version: 1,
      appliedOn: null,
      sponsorships: [],
    });
    const ok = await apply(id, '2025-03-01', [member(a.id, '2024-03-01'), member(b.id, '2020-01-01')], t.token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.advanceCandidate).toMatchObject({ stage: 'APPLIED', version: 2, appliedOn: '2025-03-01' });
    expect(ok.data!.advanceCandidate.sponsorships).toEqual(
      expect.arrayContaining([
        { kind: 'MEMBER', knownSince: '2024-03-01', member: { id: a.id } },
        { kind: 'MEMBER', knownSince: '2020-01-01', member: { id: b.id } },
      ]),
    );
    expect(ok.data!.advanceCandidate.sponsors).toHaveLength(2);
    const [entry] = await app.ds.query(
      `SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'advanceCandidate'`,
      [id],
    );
    expect(JSON.stringify(entry.changes)).toContain(`MEMBER ${a.id} since 2024-03-01`);
  });

  it('are official members of the candidate’s grassroots organisation, not merely of the caller’s scope', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.DISTRICT_ADMIN.token };
    const a = await makeMember(app.ds, w.C1a);
    const neighbour = await makeMember(app.ds, w.C2a); // in the district's scope, another grassroots organisation
    const probationary = await makeMember(app.ds, w.C1b, { status: 'PROBATIONARY' });
    const id = await trained(w.C1a);
    for (const other of [neighbour.id, probationary.id]) {
      const r = await app.gql(
        ADVANCE,
        { i: { id, version: 1, to: 'APPLIED', sponsors: [member(a.id, '2020-01-01'), member(other, '2020-01-01')] } },
        t,
      );
      expect(r.errors![0].extensions.rule).toBe('SPONSOR_NOT_ELIGIBLE');
    }
  });

  it('may be the Youth Union committee in place of one member for an applicant up to 30 (360 full months), not older', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const a = await makeMember(app.ds, w.C1a);
    const youth = { kind: 'YOUTH_UNION', knownSince: '2023-09-01' };
    // born 1995-03-15: 360 full months on 2025-04-14, 361 on 2025-04-15
    const older = await trained(w.C1a, '1995-03-15');
    const r = await app.gql(
      ADVANCE,
      {
        i: {
          id: older,
          version: 1,
          to: 'APPLIED',
          appliedOn: '2025-04-15',
          sponsors: [member(a.id, '2020-01-01'), youth],
        },
      },
      t,
    );
    expect(r.errors![0].extensions.rule).toBe('SPONSOR_KIND');
    const young = await app.gql(
      ADVANCE,
      {
        i: {
          id: older,
          version: 1,
          to: 'APPLIED',
          appliedOn: '2025-04-14',
          sponsors: [member(a.id, '2020-01-01'), youth],
        },
      },
      t,
    );
    expect(young.errors).toBeUndefined();
    expect(young.data!.advanceCandidate.sponsorships).toEqual([
      { kind: 'MEMBER', knownSince: '2020-01-01', member: { id: a.id } },
      { kind: 'YOUTH_UNION', knownSince: '2023-09-01', member: null },
    ]);
    const two = await trained(w.C1a, '2000-01-01');
    const unions = await app.gql(
      ADVANCE,
      { i: { id: two, version: 1, to: 'APPLIED', sponsors: [youth, { ...youth, kind: 'TRADE_UNION' }] } },
      t,
    );
    expect(unions.errors![0].extensions.rule).toBe('SPONSOR_KIND');
  });

  it('keeps sponsorIds working: two MEMBER sponsors recorded as known for the 12 months before the application', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const a = await makeMember(app.ds, w.C1a);
    const b = await makeMember(app.ds, w.C1a);
    const id = await trained(w.C1a);
    const r = await app.gql(ADVANCE, { i: { id, version: 1, to: 'APPLIED', sponsorIds: [a.id, b.id] } }, t);
    expect(r.errors).toBeUndefined();
    const since = addMonths(today(), -12);
    expect(r.data!.advanceCandidate.appliedOn).toBe(today());
    expect(r.data!.advanceCandidate.sponsorships.map((s: { knownSince: string }) => s.knownSince)).toEqual([
      since,
      since,
    ]);
  });
});
