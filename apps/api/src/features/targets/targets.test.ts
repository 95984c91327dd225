import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp, uniq } from '../../test/harness.js';

const app = await startTestApp();

describe('terms and targets', () => {
  it('computes NEW_MEMBERS from the admissions in the subtree within the term: 37 of 50 is 0.74', async () => {
    const w = await makeWorld(app.ds);
    const admin = { token: w.users.ADMIN.token };
    const term = await app.gql(
      `mutation($i: CreateTermInput!) { createTerm(input: $i) { id name } }`,
      { i: { name: uniq('2020–2025 '), startsOn: '2020-10-01', endsOn: '2025-09-30' } },
      admin,
    );
    const termId = term.data!.createTerm.id;
    for (let i = 0; i < 37; i++)
      await makeMember(app.ds, i % 2 ? w.C1a : w.C1b, { admittedOn: `202${1 + (i % 4)}-05-19` });
    await makeMember(app.ds, w.C1a, { admittedOn: '2020-09-30' }); // the day before the term
    await makeMember(app.ds, w.C2a, { admittedOn: '2022-05-19' }); // another commune
    const set = await app.gql(
      `mutation($i: SetTargetInput!) { setTarget(input: $i) { id targetValue achievedValue ratio version } }`,
      { i: { organizationId: w.C1.id, termId, metric: 'NEW_MEMBERS', targetValue: 50 } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(set.data!.setTarget).toMatchObject({ targetValue: 50, achievedValue: 37, ratio: 0.74, version: 1 });
    const again = await app.gql(
      `mutation($i: SetTargetInput!) { setTarget(input: $i) { id version } }`,
      { i: { organizationId: w.C1.id, termId, metric: 'NEW_MEMBERS', targetValue: 40 } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(again.data!.setTarget).toEqual({ id: set.data!.setTarget.id, version: 2 });
    const list = await app.gql(
      `query($o: ID!) { targets(organizationId: $o) { metric targetValue achievedValue ratio term { name } organization { id } } }`,
      { o: w.C1.id },
      { token: w.users.COMMUNE_INSPECTOR.token },
    );
    expect(list.data!.targets).toEqual([
      {
        metric: 'NEW_MEMBERS',
        targetValue: 40,
        achievedValue: 37,
        ratio: 0.925,
        term: { name: term.data!.createTerm.name },
        organization: { id: w.C1.id },
      },
    ]);
  });

  it('reads the rating metrics as 0 until ratings exist, then the latest rated year of the term', async () => {
    const w = await makeWorld(app.ds);
    const term = await app.gql(
      `mutation($i: CreateTermInput!) { createTerm(input: $i) { id } }`,
      { i: { name: uniq('T'), startsOn: '2025-10-01', endsOn: '2030-09-30' } },
      { token: w.users.ADMIN.token },
    );
    const r = await app.gql(
      `mutation($i: SetTargetInput!) { setTarget(input: $i) { achievedValue ratio } }`,
      {
        i: {
          organizationId: w.C1.id,
          termId: term.data!.createTerm.id,
          metric: 'ORGANIZATIONS_GOOD_OR_BETTER_PERCENT',
          targetValue: 96,
        },
      },
      { token: w.users.ADMIN.token },
    );
    expect(r.data!.setTarget).toEqual({ achievedValue: 0, ratio: 0 });
    // then the share rated good or better in the subtree, in the term's latest rated year
    await app.ds.query(
      `INSERT INTO rating (year, grade, organization_id, org_path) VALUES
         (2025, 'GOOD', $1, ''), (2025, 'EXCELLENT', $2, ''), (2025, 'COMPLETED', $3, ''),
         (2024, 'NOT_COMPLETED', $1, ''), (2025, 'GOOD', $4, '')`,
      [w.C1.id, w.C1a.id, w.C1b.id, w.C2.id],
    );
    const q = `query($o: ID!) { targets(organizationId: $o) { metric achievedValue ratio } }`;
    const t = await app.gql(q, { o: w.C1.id }, { token: w.users.COMMUNE_ADMIN.token });
    expect(t.data!.targets).toEqual([
      { metric: 'ORGANIZATIONS_GOOD_OR_BETTER_PERCENT', achievedValue: 66.7, ratio: 66.7 / 96 },
    ]);
  });

  it('validates terms and keeps them to ADMIN', async () => {
    const w = await makeWorld(app.ds);
    const input = { name: uniq('T'), startsOn: '2025-10-01', endsOn: '2025-01-01' };
    expect(
      codeOf(
        await app.gql(
          `mutation($i: CreateTermInput!) { createTerm(input: $i) { id } }`,
          { i: input },
          { token: w.users.ADMIN.token },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await app.gql(
          `mutation($i: CreateTermInput!) { createTerm(input: $i) { id } }`,
          { i: input },
          { token: w.users.DISTRICT_ADMIN.token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
