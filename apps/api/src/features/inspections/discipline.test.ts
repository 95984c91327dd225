import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from '../../test/cadres.js';
import {
  codeOf,
  type GqlResult,
  makeMember,
  makeOrg,
  makeWorld,
  startTestApp,
  type World,
} from '../../test/harness.js';
import { IMPOSE, makeInspection } from '../../test/inspections.js';

/** Imposing discipline through GraphQL: who decides which form on whom, and the rules at their edges. */
const app = await startTestApp();

const rule = (r: GqlResult) => r.errors?.[0].extensions.rule ?? r.errors?.[0].extensions.code ?? 'OK';

function impose(
  token: string,
  inspectionId: string,
  subject: Record<string, string>,
  form: string,
  decidedOn = '2024-06-10',
) {
  return app.gql(IMPOSE, { i: { inspectionId, form, reason: 'Vi phạm', decidedOn, ...subject } }, { token });
}

async function concluded(w: World, opts: { memberIds?: string[]; by?: 'D1' | 'C1'; outcome?: string } = {}) {
  return makeInspection(app.ds, opts.by === 'C1' ? w.C1 : w.D1, {
    status: 'CONCLUDED',
    outcome: opts.outcome ?? 'VIOLATION',
    organizations: [w.C1a, w.C1b],
    memberIds: opts.memberIds ?? [],
  });
}

describe('imposeDiscipline: rules', () => {
  it('VIOLATION_REQUIRED: only from a concluded inspection with a violation', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const token = w.users.DISTRICT_INSPECTOR.token;
    const shortcomings = await concluded(w, { memberIds: [m.id], outcome: 'SHORTCOMINGS' });
    expect(rule(await impose(token, shortcomings.id, { memberId: m.id }, 'WARNING'))).toBe('VIOLATION_REQUIRED');
    const running = await makeInspection(app.ds, w.D1, { status: 'IN_PROGRESS', memberIds: [m.id] });
    expect(rule(await impose(token, running.id, { memberId: m.id }, 'WARNING'))).toBe('VIOLATION_REQUIRED');
    const ok = await concluded(w, { memberIds: [m.id] });
    const r = await impose(token, ok.id, { memberId: m.id }, 'WARNING');
    expect(r.data!.imposeDiscipline).toMatchObject({
      form: 'WARNING',
      inForceUntil: '2025-06-10',
      member: { id: m.id, status: 'OFFICIAL' },
      decidedBy: { id: w.D1.id },
      inspection: { id: ok.id },
    });
  });

  it('SUBJECT_NOT_NAMED, and exactly one subject', async () => {
    const w = await makeWorld(app.ds);
    const named = await makeMember(app.ds, w.C1a);
    const other = await makeMember(app.ds, w.C1a);
    const i = await concluded(w, { memberIds: [named.id] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect(rule(await impose(token, i.id, { memberId: other.id }, 'WARNING'))).toBe('SUBJECT_NOT_NAMED');
    expect(rule(await impose(token, i.id, { organizationId: w.C2a.id }, 'WARNING'))).toBe('SUBJECT_NOT_NAMED');
    expect(rule(await impose(token, i.id, {}, 'WARNING'))).toBe('BAD_USER_INPUT');
    expect(rule(await impose(token, i.id, { memberId: named.id, organizationId: w.C1a.id }, 'WARNING'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(rule(await impose(token, i.id, { memberId: named.id }, 'WARNING', '2024-03-31'))).toBe('BAD_USER_INPUT');
    expect(rule(await impose(token, i.id, { memberId: named.id }, 'WARNING', '2024-04-01'))).toBe('OK');
  });

  it('forms by subject: expulsion and dismissal of members, dissolution of organisations', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const i = await concluded(w, { memberIds: [m.id] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect(rule(await impose(token, i.id, { organizationId: w.C1a.id }, 'EXPULSION'))).toBe('FORM_NOT_FOR_SUBJECT');
    expect(rule(await impose(token, i.id, { organizationId: w.C1a.id }, 'DISMISSAL'))).toBe('FORM_NOT_FOR_SUBJECT');
    expect(rule(await impose(token, i.id, { memberId: m.id }, 'DISSOLUTION'))).toBe('FORM_NOT_FOR_SUBJECT');
    expect(rule(await impose(token, i.id, { organizationId: w.C1a.id }, 'REPRIMAND'))).toBe('OK');
  });

  it('PROBATIONARY_LIMIT: a probationary member is warned, not expelled', async () => {
    const w = await makeWorld(app.ds);
    const p = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2023-09-01' });
    const i = await concluded(w, { memberIds: [p.id] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect(rule(await impose(token, i.id, { memberId: p.id }, 'EXPULSION'))).toBe('PROBATIONARY_LIMIT');
    expect(rule(await impose(token, i.id, { memberId: p.id }, 'REPRIMAND'))).toBe('OK');
  });

  it('NO_PARTY_POST: dismissal only of a member holding a party post on the day', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const cadre = await makeCadre(app.ds, { memberId: m.id });
    await makePlacement(app.ds, cadre, w.C1a, 'VILLAGE_HEAD', '2020-01-01');
    const sec = await makePlacement(app.ds, cadre, w.C1a, 'SECRETARY', '2024-06-11');
    const i = await concluded(w, { memberIds: [m.id] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    expect(rule(await impose(token, i.id, { memberId: m.id }, 'DISMISSAL', '2024-06-10'))).toBe('NO_PARTY_POST');
    expect(rule(await impose(token, i.id, { memberId: m.id }, 'DISMISSAL', '2024-06-11'))).toBe('OK');
    const [{ ends_on }] = await app.ds.query(
      `SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM placement WHERE id = $1`,
      [sec],
    );
    expect(ends_on).toBe('2024-06-11');
    const open = await app.ds.query(`SELECT position FROM placement WHERE cadre_id = $1 AND ends_on IS NULL`, [cadre]);
    expect(open).toEqual([{ position: 'VILLAGE_HEAD' }]);
  });

  it('a commune inspector reprimands and warns members; heavier forms and organisations are FORBIDDEN', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const i = await concluded(w, { memberIds: [m.id], by: 'C1' });
    const token = w.users.COMMUNE_INSPECTOR.token;
    expect(codeOf(await impose(token, i.id, { memberId: m.id }, 'EXPULSION'))).toBe('FORBIDDEN');
    expect(codeOf(await impose(token, i.id, { memberId: m.id }, 'DISMISSAL'))).toBe('FORBIDDEN');
    expect(codeOf(await impose(token, i.id, { organizationId: w.C1a.id }, 'REPRIMAND'))).toBe('FORBIDDEN');
    expect(codeOf(await impose(token, i.id, { memberId: m.id }, 'REPRIMAND'))).toBe('OK');
    expect(codeOf(await impose(token, i.id, { memberId: m.id }, 'WARNING'))).toBe('OK');
    // the district's inspection reads for the commune inspector, but is not its to decide
    const district = await concluded(w, { memberIds: [m.id] });
    expect(codeOf(await impose(token, district.id, { memberId: m.id }, 'WARNING'))).toBe('FORBIDDEN');
    expect(codeOf(await impose(w.users.DISTRICT_ADMIN.token, district.id, { memberId: m.id }, 'WARNING'))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('imposeDiscipline: dissolution', () => {
  it('dissolves under the dissolve rules: refused while members remain, changing nothing; then dissolved', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    const m = await makeMember(app.ds, cell);
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', organizations: [cell] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    const refused = await impose(token, i.id, { organizationId: cell.id }, 'DISSOLUTION');
    expect(rule(refused)).toBe('MEMBERS_REMAIN');
    const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM discipline WHERE organization_id = $1', [
      cell.id,
    ]);
    expect(n).toBe(0);
    await app.ds.query(`UPDATE member SET status = 'TRANSFERRED_OUT' WHERE id = $1`, [m.id]);
    const r = await impose(token, i.id, { organizationId: cell.id }, 'DISSOLUTION');
    expect(r.data!.imposeDiscipline).toMatchObject({
      form: 'DISSOLUTION',
      inForceUntil: null,
      organization: { status: 'DISSOLVED' },
    });
    const q = `query($id: ID!) { organization(id: $id) { status closedOn disciplines { form } events { kind } } }`;
    const org = await app.gql(q, { id: cell.id }, { token });
    expect(org.data!.organization).toMatchObject({
      status: 'DISSOLVED',
      closedOn: '2024-06-10',
      disciplines: [{ form: 'DISSOLUTION' }],
      events: [{ kind: 'DISSOLVED' }],
    });
  });
});
