import { describe, expect, it } from 'vitest';
import { codeOf, type GqlResult, makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';
import { makeInspection } from '../../test/inspections.js';

/** Rating members and organisations through GraphQL: the rules at their edges, who rates whom, the summary and its alert. */
const app = await startTestApp();

const RATE = `mutation($i: RateInput!) { rate(input: $i) {
  id year grade score version member { id } organization { id } ratedBy { username } } }`;
const SUMMARY = `query($w: ID!, $y: Int!) { ratingSummary(withinId: $w, year: $y) { year
  organizations { excellent good completed notCompleted unrated total goodOrBetterShare excellentQuotaExceeded }
  members { excellent good completed notCompleted unrated total goodOrBetterShare excellentQuotaExceeded } } }`;

const rule = (r: GqlResult) => r.errors?.[0].extensions.rule ?? codeOf(r);
const rate = (token: string, i: Record<string, unknown>) => app.gql(RATE, { i }, { token });

describe('rate', () => {
  it('one grade per member and year: a second call replaces it, audited from → to; Member.ratings by year', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const token = w.users.COMMUNE_ADMIN.token;
    const first = await rate(token, { memberId: m.id, year: 2023, grade: 'GOOD', score: 75 });
    expect(first.data!.rate).toMatchObject({ year: 2023, grade: 'GOOD', score: 75, version: 1, member: { id: m.id } });
    expect(first.data!.rate.ratedBy).toEqual({ username: w.users.COMMUNE_ADMIN.username });
    const again = await rate(token, { memberId: m.id, year: 2023, grade: 'EXCELLENT', score: 90 });
    expect(again.data!.rate).toMatchObject({ id: first.data!.rate.id, grade: 'EXCELLENT', score: 90, version: 2 });
    await rate(token, { memberId: m.id, year: 2024, grade: 'COMPLETED' });
    const audit = await app.ds.query(`SELECT action, changes FROM audit_entry WHERE entity_id = $1 ORDER BY at`, [
      first.data!.rate.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['rate', 'rate']);
    expect(audit[1].changes).toEqual({ grade: { from: 'GOOD', to: 'EXCELLENT' }, score: { from: 75, to: 90 } });
    const r = await app.gql(
      `query($id: ID!) { member(id: $id) { ratings { year grade score } } }`,
      { id: m.id },
      { token: w.users.COMMUNE_INSPECTOR.token },
    );
    expect(r.data!.member.ratings).toEqual([
      { year: 2024, grade: 'COMPLETED', score: null },
      { year: 2023, grade: 'EXCELLENT', score: 90 },
    ]);
  });

  it('the rules at their edges, and a failed rating changes nothing', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_ADMIN.token;
    const m = await makeMember(app.ds, w.C1a, { admittedOn: '2020-12-31' });
    // SCORE_GRADE_MISMATCH at 90 and 89.99
    expect(rule(await rate(token, { memberId: m.id, year: 2023, grade: 'EXCELLENT', score: 89.99 }))).toBe(
      'SCORE_GRADE_MISMATCH',
    );
    expect(rule(await rate(token, { memberId: m.id, year: 2023, grade: 'GOOD', score: 89.99 }))).toBe('OK');
    // NOT_A_MEMBER_THAT_YEAR: the year of admission is rated, the one before is not
    expect(rule(await rate(token, { memberId: m.id, year: 2019, grade: 'GOOD' }))).toBe('NOT_A_MEMBER_THAT_YEAR');
    expect(rule(await rate(token, { memberId: m.id, year: 2020, grade: 'GOOD' }))).toBe('OK');
    const left = await makeMember(app.ds, w.C1a, { status: 'REMOVED' });
    await app.ds.query(`UPDATE member SET left_on = '2024-03-01' WHERE id = $1`, [left.id]);
    expect(rule(await rate(token, { memberId: left.id, year: 2024, grade: 'GOOD' }))).toBe('NOT_A_MEMBER_THAT_YEAR');
    expect(rule(await rate(token, { memberId: left.id, year: 2023, grade: 'GOOD' }))).toBe('OK');
    // EXEMPT_NOT_RATED
    const exempt = await makeMember(app.ds, w.C1a);
    await app.ds.query('UPDATE member SET exempt = true WHERE id = $1', [exempt.id]);
    expect(rule(await rate(token, { memberId: exempt.id, year: 2023, grade: 'GOOD' }))).toBe('EXEMPT_NOT_RATED');
    // DISCIPLINED_CAP: a discipline decided on the year's last day caps that year, not the next
    const d = await makeMember(app.ds, w.C1a);
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [d.id] });
    await app.ds.query(
      `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, inspection_id, in_force_until, org_path)
       VALUES ('REPRIMAND', $1, 'Vi phạm', '2023-12-31', $2, $3, '2024-12-31', '')`,
      [d.id, w.D1.id, i.id],
    );
    expect(rule(await rate(token, { memberId: d.id, year: 2023, grade: 'COMPLETED' }))).toBe('DISCIPLINED_CAP');
    expect(rule(await rate(token, { memberId: d.id, year: 2023, grade: 'NOT_COMPLETED', score: 40 }))).toBe('OK');
    expect(rule(await rate(token, { memberId: d.id, year: 2024, grade: 'GOOD' }))).toBe('OK');
    // input: exactly one subject, a year up to this one, a score 0–100; ids that name nothing
    const bad = await rate(token, { memberId: m.id, organizationId: w.C1a.id, year: 2023, grade: 'GOOD' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(codeOf(await rate(token, { year: 2023, grade: 'GOOD' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await rate(token, { memberId: m.id, year: 2999, grade: 'GOOD' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await rate(token, { memberId: m.id, year: 2023, grade: 'GOOD', score: 100.5 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await rate(token, { memberId: 'x', year: 2023, grade: 'GOOD' }))).toBe('NOT_FOUND');
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM rating WHERE member_id = ANY($1::uuid[])`, [
      [exempt.id, left.id, m.id],
    ]);
    expect(n).toBe(3); // m for 2020 and 2023, left for 2023
  });

  it('who rates: the commune its members and cells; the level above the grassroots organisation; inspectors read', async () => {
    const w = await makeWorld(app.ds);
    const ca = w.users.COMMUNE_ADMIN.token;
    const org = (id: string, grade = 'GOOD') => ({ organizationId: id, year: 2024, grade });
    expect(rule(await rate(ca, org(w.C1a.id)))).toBe('OK');
    expect(rule(await rate(ca, org(w.C1.id)))).toBe('FORBIDDEN');
    expect(rule(await rate(ca, org(w.C2a.id)))).toBe('NOT_FOUND');
    expect(rule(await rate(w.users.DISTRICT_ADMIN.token, org(w.C1.id)))).toBe('OK');
    expect(rule(await rate(w.users.DISTRICT_ADMIN.token, org(w.D1.id)))).toBe('FORBIDDEN');
    expect(rule(await rate(w.users.ADMIN.token, org(w.D1.id)))).toBe('ORGANIZATION_NOT_RATED');
    expect(rule(await rate(w.users.DISTRICT_INSPECTOR.token, org(w.C1.id)))).toBe('FORBIDDEN');
    const seen = await app.gql(
      `query($id: ID!) { organization(id: $id) { ratings { year grade organization { id } } } }`,
      { id: w.C1.id },
      { token: ca },
    );
    expect(seen.data!.organization.ratings).toEqual([{ year: 2024, grade: 'GOOD', organization: { id: w.C1.id } }]);
    const young = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    await app.ds.query(`UPDATE organization SET established_on = '2025-01-01' WHERE id = $1`, [young.id]);
    expect(rule(await rate(ca, org(young.id)))).toBe('ORGANIZATION_NOT_RATED');
  });
});

describe('ratingSummary and the quota alert', () => {
  it('counts the grades of a subtree, the unrated, the share; flags the quota per grassroots organisation', async () => {
    const w = await makeWorld(app.ds);
    const ca = w.users.COMMUNE_ADMIN.token;
    const grades = ['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'];
    for (const grade of grades) {
      const m = await makeMember(app.ds, grade === 'GOOD' ? w.C1b : w.C1a);
      expect(rule(await rate(ca, { memberId: m.id, year: 2024, grade }))).toBe('OK');
    }
    await makeMember(app.ds, w.C1a); // unrated
    await makeMember(app.ds, w.C1a, { admittedOn: '2025-02-01' }); // not yet a member in 2024
    const exempt = await makeMember(app.ds, w.C1b);
    await app.ds.query('UPDATE member SET exempt = true WHERE id = $1', [exempt.id]);
    await rate(ca, { organizationId: w.C1a.id, year: 2024, grade: 'EXCELLENT' });
    await rate(w.users.DISTRICT_ADMIN.token, { organizationId: w.C1.id, year: 2024, grade: 'GOOD' });
    const s = await app.gql(SUMMARY, { w: w.C1.id, y: 2024 }, { token: w.users.COMMUNE_INSPECTOR.token });
    expect(s.data!.ratingSummary).toEqual({
      year: 2024,
      organizations: {
        excellent: 1,
        good: 1,
        completed: 0,
        notCompleted: 0,
        unrated: 1, // C1b
        total: 3,
        goodOrBetterShare: 1,
        excellentQuotaExceeded: true, // C1a excellent against no good cell in C1
      },
      members: {
        excellent: 2,
        good: 5,
        completed: 1,
        notCompleted: 1,
        unrated: 1,
        total: 10,
        goodOrBetterShare: 7 / 9,
        excellentQuotaExceeded: true, // 2 > 20% of 5
      },
    });
    // the district: C1's rating against its neighbours (C1 is GOOD, none EXCELLENT) is within the quota
    const d = await app.gql(SUMMARY, { w: w.D1.id, y: 2024 }, { token: w.users.DISTRICT_ADMIN.token });
    expect(d.data!.ratingSummary.organizations).toMatchObject({ excellent: 1, good: 1, unrated: 3 });
    // a cell alone is not judged against its grassroots organisation's quota; an empty year shares 0
    const cell = await app.gql(SUMMARY, { w: w.C1a.id, y: 2024 }, { token: ca });
    expect(cell.data!.ratingSummary.members).toMatchObject({ excellent: 2, excellentQuotaExceeded: false });
    const empty = await app.gql(SUMMARY, { w: w.C1.id, y: 2020 }, { token: ca });
    expect(empty.data!.ratingSummary.members).toMatchObject({ goodOrBetterShare: 0, excellent: 0 });
    // scope and input
    expect(codeOf(await app.gql(SUMMARY, { w: w.C2.id, y: 2024 }, { token: ca }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SUMMARY, { w: 'x', y: 2024 }, { token: ca }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SUMMARY, { w: w.C1.id, y: 1900 }, { token: ca }))).toBe('BAD_USER_INPUT');
    // the alert, in the year after and on the day the ratings are given
    const alerts = await app.gql(
      `query($w: ID!, $d: LocalDate) { alerts(withinId: $w, asOf: $d) { kind message organization { id } } }`,
      { w: w.C1.id, d: '2025-01-15' },
      { token: ca },
    );
    const quota = alerts.data!.alerts.filter((a: { kind: string }) => a.kind === 'RATING_QUOTA_EXCEEDED');
    expect(quota).toHaveLength(2);
    expect(quota.map((a: { organization: { id: string } }) => a.organization.id)).toEqual([w.C1.id, w.C1.id]);
    expect(quota.map((a: { message: string }) => a.message).join(' ')).toContain('2 đảng viên hoàn thành xuất sắc');
    const later = await app.gql(
      `query($w: ID!) { alerts(withinId: $w, asOf: "2026-06-01") { kind } }`,
      { w: w.C1.id },
      {
        token: ca,
      },
    );
    expect(later.data!.alerts.filter((a: { kind: string }) => a.kind === 'RATING_QUOTA_EXCEEDED')).toEqual([]);
  });
});
