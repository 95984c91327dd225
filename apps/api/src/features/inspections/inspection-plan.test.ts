import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeOrg, makeUser, makeWorld, startTestApp, type World } from '../../test/harness.js';
import { PLAN } from '../../test/inspections.js';

/** Planning inspections through GraphQL: who plans, which subjects, the codes. */
const app = await startTestApp();

function plan(w: World, role: keyof World['users'], over: Record<string, unknown> = {}) {
  const base = {
    kind: 'REGULAR_SUPERVISION',
    title: 'Giám sát chi bộ',
    conductedById: role.startsWith('DISTRICT') ? w.D1.id : w.C1.id,
    subjectOrganizationIds: [w.C1a.id],
    plannedStartOn: '2026-03-01',
    plannedEndOn: '2026-03-31',
  };
  return app.gql(PLAN, { i: { ...base, ...over } }, { token: w.users[role].token });
}

const rule = (r: { errors?: { extensions: Record<string, unknown> }[] }) =>
  r.errors?.[0].extensions.rule ?? r.errors?.[0].extensions.code ?? 'OK';

describe('planInspection', () => {
  it('an inspector plans for its own inspection body: PLANNED, a readable code, audited', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C2a);
    const r = await plan(w, 'DISTRICT_INSPECTOR', { subjectOrganizationIds: [w.C1.id], subjectMemberIds: [m.id] });
    expect(r.errors).toBeUndefined();
    const i = r.data!.planInspection;
    expect(i).toMatchObject({
      status: 'PLANNED',
      version: 1,
      conductedBy: { id: w.D1.id },
      subjectOrganizations: [{ id: w.C1.id }],
      subjectMembers: [{ id: m.id }],
      findings: [],
      remedies: [],
      disciplines: [],
      createdBy: { id: w.users.DISTRICT_INSPECTOR.id },
    });
    const [{ code }] = await app.ds.query('SELECT code FROM organization WHERE id = $1', [w.D1.id]);
    expect(i.code).toBe(`UBKT-${code}-2026-001`);
    const audit = await app.ds.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [i.id]);
    expect(audit).toEqual([{ action: 'planInspection' }]);
  });

  it('numbers per conducting organisation and year, also under concurrent planning', async () => {
    const w = await makeWorld(app.ds);
    const many = await Promise.all(Array.from({ length: 6 }, () => plan(w, 'DISTRICT_INSPECTOR')));
    const codes = many.map((r) => r.data!.planInspection.code.slice(-3)).sort();
    expect(codes).toEqual(['001', '002', '003', '004', '005', '006']);
    const next = await plan(w, 'DISTRICT_INSPECTOR', { plannedStartOn: '2027-01-05', plannedEndOn: '2027-01-06' });
    expect(next.data!.planInspection.code).toMatch(/-2027-001$/);
    const other = await plan(w, 'COMMUNE_INSPECTOR');
    expect(other.data!.planInspection.code).toMatch(/-2026-001$/);
  });

  it('only an inspector (or ADMIN) plans, and only for its own scope organisation', async () => {
    const w = await makeWorld(app.ds);
    expect(codeOf(await plan(w, 'DISTRICT_ADMIN'))).toBe('FORBIDDEN');
    expect(codeOf(await plan(w, 'COMMUNE_ADMIN'))).toBe('FORBIDDEN');
    // a cell of its scope is in scope, but not its inspection body: FORBIDDEN; outside the scope: NOT_FOUND
    expect(codeOf(await plan(w, 'DISTRICT_INSPECTOR', { conductedById: w.C1.id }))).toBe('FORBIDDEN');
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { conductedById: w.C2.id }))).toBe('NOT_FOUND');
    expect(codeOf(await plan(w, 'ADMIN', { conductedById: w.D2.id, subjectOrganizationIds: [w.C3.id] }))).toBe('OK');
  });

  it('every subject lies in the caller’s scope (NOT_FOUND otherwise), organisations and members', async () => {
    const w = await makeWorld(app.ds);
    const outside = await makeMember(app.ds, w.C2a);
    const inside = await makeMember(app.ds, w.C1a);
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectOrganizationIds: [w.C2a.id] }))).toBe('NOT_FOUND');
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectMemberIds: [outside.id] }))).toBe('NOT_FOUND');
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectOrganizationIds: ['x'] }))).toBe('NOT_FOUND');
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectMemberIds: [inside.id, '1 OR 1=1'] }))).toBe('NOT_FOUND');
    const many = Array.from({ length: 501 }, () => inside.id);
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectMemberIds: many }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await plan(w, 'COMMUNE_INSPECTOR', { subjectMemberIds: [inside.id] }))).toBe('OK');
    expect(codeOf(await plan(w, 'DISTRICT_INSPECTOR', { subjectOrganizationIds: [w.C3.id] }))).toBe('NOT_FOUND');
  });

  it('a commune inspector never names its own grassroots organisation; a cell of it is fine', async () => {
    const w = await makeWorld(app.ds);
    const own = await plan(w, 'COMMUNE_INSPECTOR', { subjectOrganizationIds: [w.C1.id] });
    expect(rule(own)).toBe('SUBJECT_OWN_ORGANIZATION');
    expect(own.errors![0].extensions.source).toContain('Quy định 296-QĐ/TW');
    expect(rule(await plan(w, 'COMMUNE_INSPECTOR', { subjectOrganizationIds: [w.C1b.id] }))).toBe('OK');
    // the district's inspectors may name the commune
    expect(rule(await plan(w, 'DISTRICT_INSPECTOR', { subjectOrganizationIds: [w.C1.id] }))).toBe('OK');
  });

  it('at least one subject; the planned end not before the start (the same day is fine)', async () => {
    const w = await makeWorld(app.ds);
    const none = await plan(w, 'DISTRICT_INSPECTOR', { subjectOrganizationIds: [], subjectMemberIds: null });
    expect(rule(none)).toBe('SUBJECT_REQUIRED');
    const early = await plan(w, 'DISTRICT_INSPECTOR', { plannedEndOn: '2026-02-28' });
    expect(rule(early)).toBe('PLANNED_END_BEFORE_START');
    expect(rule(await plan(w, 'DISTRICT_INSPECTOR', { plannedEndOn: '2026-03-01' }))).toBe('OK');
    expect(codeOf(await plan(w, 'DISTRICT_INSPECTOR', { title: '  ' }))).toBe('BAD_USER_INPUT');
    const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM inspection WHERE conducted_by_id = $1', [
      w.D1.id,
    ]);
    expect(n).toBe(1);
  });

  it('under the two-level model a province-bound inspector plans for its province', async () => {
    const w = await makeWorld(app.ds);
    const commune = await makeOrg(app.ds, w.P, 'GRASSROOTS_COMMITTEE', { sector: 'COMMUNE' });
    const inspector = await makeUser(app.ds, 'DISTRICT_INSPECTOR', w.P);
    const r = await app.gql(
      PLAN,
      {
        i: {
          kind: 'PARTY_FINANCE',
          title: 'Tài chính',
          conductedById: w.P.id,
          subjectOrganizationIds: [commune.id],
          plannedStartOn: '2026-05-01',
          plannedEndOn: '2026-05-02',
        },
      },
      { token: inspector.token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.planInspection.kind).toBe('PARTY_FINANCE');
  });
});
