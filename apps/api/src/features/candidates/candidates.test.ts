import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const CREATE = `mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id stage version } }`;
const ADVANCE = `mutation($i: AdvanceCandidateInput!) { advanceCandidate(input: $i) { stage version awarenessCourseOn sponsors { id } } }`;
const ADMIT = `mutation($i: AdmitCandidateInput!) { admitCandidate(input: $i) { id status organization { id } events { kind } } }`;

describe('the admission pipeline', () => {
  it('goes SOURCED → TRAINED → APPLIED → VERIFIED → admitted as a probationary member in the candidate’s cell', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const s1 = await makeMember(app.ds, w.C1a);
    const s2 = await makeMember(app.ds, w.C1b);
    const probationary = await makeMember(app.ds, w.C1b, { status: 'PROBATIONARY' });
    const outside = await makeMember(app.ds, w.C2a);
    const c = (
      await app.gql(
        CREATE,
        {
          i: {
            organizationId: w.C1a.id,
            fullName: 'Triệu Văn Minh',
            gender: 'MALE',
            dateOfBirth: '2000-06-01',
            ethnicity: 'Dao',
          },
        },
        t,
      )
    ).data!.createCandidate;
    expect(c).toMatchObject({ stage: 'SOURCED', version: 1 });
    const skip = await app.gql(ADVANCE, { i: { id: c.id, version: 1, to: 'APPLIED', sponsorIds: [s1.id, s2.id] } }, t);
    expect(skip.errors![0].extensions.rule).toBe('STAGE_ORDER');
    const noCourse = await app.gql(ADVANCE, { i: { id: c.id, version: 1, to: 'TRAINED' } }, t);
    expect(noCourse.errors![0].extensions.rule).toBe('AWARENESS_COURSE_REQUIRED');
    expect(
      (await app.gql(ADVANCE, { i: { id: c.id, version: 1, to: 'TRAINED', awarenessCourseOn: '2025-03-10' } }, t)).data!
        .advanceCandidate.stage,
    ).toBe('TRAINED');
    const refused = [
      [[s1.id], 'SPONSORS_REQUIRED'],
      [[s1.id, s1.id], 'SPONSORS_REQUIRED'],
      [[s1.id, probationary.id], 'SPONSOR_NOT_ELIGIBLE'],
      [[s1.id, outside.id], 'SPONSOR_NOT_ELIGIBLE'],
      [[s1.id, 'not-an-id'], 'SPONSOR_NOT_ELIGIBLE'],
    ] as const;
    for (const [bad, rule] of refused) {
      const r = await app.gql(ADVANCE, { i: { id: c.id, version: 2, to: 'APPLIED', sponsorIds: bad } }, t);
      expect(r.errors![0].extensions.rule).toBe(rule);
    }
    const applied = await app.gql(
      ADVANCE,
      { i: { id: c.id, version: 2, to: 'APPLIED', sponsorIds: [s1.id, s2.id] } },
      t,
    );
    expect(applied.data!.advanceCandidate.sponsors.map((s: { id: string }) => s.id).sort()).toEqual(
      [s1.id, s2.id].sort(),
    );
    const early = await app.gql(ADMIT, { i: { id: c.id, version: 3, admittedOn: '2025-06-01' } }, t);
    expect(early.errors![0].extensions.rule).toBe('STAGE_ORDER');
    expect(
      (await app.gql(ADVANCE, { i: { id: c.id, version: 3, to: 'VERIFIED' } }, t)).data!.advanceCandidate.stage,
    ).toBe('VERIFIED');
    const member = await app.gql(
      ADMIT,
      { i: { id: c.id, version: 4, admittedOn: '2025-06-01', decisionNumber: '88-QĐ/ĐU' } },
      t,
    );
    expect(member.data!.admitCandidate).toMatchObject({
      status: 'PROBATIONARY',
      organization: { id: w.C1a.id },
      events: [{ kind: 'ADMITTED' }],
    });
    const after = await app.gql(`query($id: ID!) { candidate(id: $id) { stage admittedAs { id } } }`, { id: c.id }, t);
    expect(after.data!.candidate).toEqual({ stage: 'ADMITTED', admittedAs: { id: member.data!.admitCandidate.id } });
  });

  it('applies the age rules at admission', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.ADMIN.token };
    const c = (
      await app.gql(
        CREATE,
        {
          i: {
            organizationId: w.C1a.id,
            fullName: 'Bàn Thị Nga',
            gender: 'FEMALE',
            dateOfBirth: '2008-01-15',
            ethnicity: 'Dao',
          },
        },
        t,
      )
    ).data!.createCandidate;
    await app.ds.query(`UPDATE candidate SET stage = 'VERIFIED' WHERE id = $1`, [c.id]);
    const young = await app.gql(ADMIT, { i: { id: c.id, version: 1, admittedOn: '2026-01-14' } }, t);
    expect(young.errors![0].extensions.rule).toBe('UNDER_AGE');
    expect(codeOf(await app.gql(ADMIT, { i: { id: c.id, version: 1, admittedOn: '2026-01-15' } }, t))).toBe(
      new Date().toISOString() >= '2026-01-15' ? 'OK' : 'BAD_USER_INPUT',
    );
  });

  it('lists candidates by stage and search within scope', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    await app.gql(
      CREATE,
      {
        i: {
          organizationId: w.C1a.id,
          fullName: 'Lý Thị Mai',
          gender: 'FEMALE',
          dateOfBirth: '2001-01-01',
          ethnicity: 'Dao',
        },
      },
      t,
    );
    await app.gql(
      CREATE,
      {
        i: {
          organizationId: w.C2a.id,
          fullName: 'Lý Thị Mai',
          gender: 'FEMALE',
          dateOfBirth: '2001-01-01',
          ethnicity: 'Dao',
        },
      },
      { token: w.users.ADMIN.token },
    );
    const r = await app.gql(
      `{ candidates(filter: { search: "ly thi mai", stages: [SOURCED] }) { totalCount edges { node { organization { id } } } } }`,
      {},
      t,
    );
    expect(r.data!.candidates.totalCount).toBe(1);
    expect(r.data!.candidates.edges[0].node.organization.id).toBe(w.C1a.id);
  });
});
