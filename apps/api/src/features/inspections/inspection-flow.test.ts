import { describe, expect, it } from 'vitest';
import { addDays } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { codeOf, type GqlResult, makeMember, makeWorld, startTestApp } from '../../test/harness.js';
import { CANCEL, COMPLETE, CONCLUDE, FIND, makeInspection, START } from '../../test/inspections.js';

/** Conducting an inspection through GraphQL: start, findings, conclusion with remedies, cancellation. */
const app = await startTestApp();

const rule = (r: GqlResult) => r.errors?.[0].extensions.rule ?? r.errors?.[0].extensions.code ?? 'OK';

async function setup(status: 'PLANNED' | 'IN_PROGRESS' | 'CONCLUDED' = 'PLANNED') {
  const w = await makeWorld(app.ds);
  const m = await makeMember(app.ds, w.C1a);
  const i = await makeInspection(app.ds, w.D1, { status, organizations: [w.C1a], memberIds: [m.id] });
  return { w, m, i, token: w.users.DISTRICT_INSPECTOR.token };
}

describe('conducting an inspection', () => {
  it('start → findings → conclude with remedies → complete a remedy; each step audited', async () => {
    const { w, m, i, token } = await setup();
    const started = await app.gql(START, { i: { id: i.id, version: 1, on: today() } }, { token });
    expect(started.data!.startInspection).toMatchObject({ status: 'IN_PROGRESS', startedOn: today(), version: 2 });
    const f1 = await app.gql(
      FIND,
      { i: { inspectionId: i.id, version: 2, text: 'Chưa nộp đảng phí', severity: 'MAJOR', memberId: m.id } },
      { token },
    );
    expect(f1.data!.addFinding.findings).toEqual([
      { id: expect.any(String), text: 'Chưa nộp đảng phí', member: { id: m.id }, organization: null },
    ]);
    const f2 = await app.gql(
      FIND,
      { i: { inspectionId: i.id, version: 3, text: 'Sổ sách', severity: 'MINOR', organizationId: w.C1a.id } },
      { token },
    );
    expect(f2.data!.addFinding.findings).toHaveLength(2);
    const concluded = await app.gql(
      CONCLUDE,
      {
        i: {
          id: i.id,
          version: 4,
          on: today(),
          outcome: 'VIOLATION',
          conclusion: 'Có vi phạm',
          remedies: [{ action: 'Nộp bù đảng phí', responsibleId: w.C1a.id, dueOn: addDays(today(), 30) }],
        },
      },
      { token },
    );
    expect(concluded.errors).toBeUndefined();
    const c = concluded.data!.concludeInspection;
    expect(c).toMatchObject({ status: 'CONCLUDED', outcome: 'VIOLATION', version: 5 });
    expect(c.remedies).toEqual([{ id: expect.any(String), status: 'OPEN', version: 1, responsible: { id: w.C1a.id } }]);
    // read-only except for the remedies
    const late = await app.gql(
      FIND,
      { i: { inspectionId: i.id, version: 5, text: 'Muộn', severity: 'MINOR' } },
      { token },
    );
    expect(rule(late)).toBe('INSPECTION_CLOSED');
    expect(rule(await app.gql(CANCEL, { id: i.id, v: 5, r: 'x' }, { token }))).toBe('INVALID_TRANSITION');
    const done = await app.gql(COMPLETE, { i: { id: c.remedies[0].id, version: 1, on: today() } }, { token });
    expect(done.data!.completeRemedy).toMatchObject({ status: 'DONE', completedOn: today(), version: 2 });
    expect(rule(await app.gql(COMPLETE, { i: { id: c.remedies[0].id, version: 2, on: today() } }, { token }))).toBe(
      'REMEDY_DONE',
    );
    const actions = await app.ds.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 OR entity_id = $2 ORDER BY at`,
      [i.id, c.remedies[0].id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'startInspection',
      'addFinding',
      'addFinding',
      'concludeInspection',
      'completeRemedy',
    ]);
  });

  it('INVALID_TRANSITION at each edge: no conclusion before the start, no second start', async () => {
    const { i, token } = await setup();
    const early = await app.gql(
      CONCLUDE,
      { i: { id: i.id, version: 1, on: today(), outcome: 'NO_VIOLATION', conclusion: 'Tốt' } },
      { token },
    );
    expect(rule(early)).toBe('INVALID_TRANSITION');
    expect(rule(await app.gql(START, { i: { id: i.id, version: 1, on: today() } }, { token }))).toBe('OK');
    expect(rule(await app.gql(START, { i: { id: i.id, version: 2, on: today() } }, { token }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(rule(await app.gql(START, { i: { id: i.id, version: 1, on: today() } }, { token }))).toBe('CONFLICT');
  });

  it('findings only while in progress and only about the inspection’s subjects', async () => {
    const planned = await setup();
    const f = (s: typeof planned, extra: Record<string, unknown>, version = 1) =>
      app.gql(
        FIND,
        { i: { inspectionId: s.i.id, version, text: 'Phát hiện', severity: 'MINOR', ...extra } },
        {
          token: s.token,
        },
      );
    expect(rule(await f(planned, {}))).toBe('INSPECTION_NOT_STARTED');
    const running = await setup('IN_PROGRESS');
    const other = await makeMember(app.ds, running.w.C1a);
    expect(rule(await f(running, { memberId: other.id }))).toBe('SUBJECT_NOT_NAMED');
    expect(rule(await f(running, { organizationId: running.w.C1b.id }))).toBe('SUBJECT_NOT_NAMED');
    expect(rule(await f(running, { memberId: running.m.id, organizationId: running.w.C1a.id }))).toBe('BAD_USER_INPUT');
    expect(rule(await f(running, { memberId: running.m.id }))).toBe('OK');
    expect(rule(await f(running, {}, 2))).toBe('OK');
  });

  it('a conclusion not before the start, remedies due not before it, responsible in scope', async () => {
    const { w, i, token } = await setup('IN_PROGRESS');
    const conclude = (extra: Record<string, unknown>) =>
      app.gql(
        CONCLUDE,
        { i: { id: i.id, version: 1, on: today(), outcome: 'SHORTCOMINGS', conclusion: 'Thiếu sót', ...extra } },
        { token },
      );
    expect(rule(await conclude({ on: '2024-02-29' }))).toBe('BAD_USER_INPUT'); // started 2024-03-01
    const remedy = (responsibleId: string, dueOn: string) => ({ remedies: [{ action: 'Sửa', responsibleId, dueOn }] });
    expect(rule(await conclude(remedy(w.C1a.id, addDays(today(), -1))))).toBe('BAD_USER_INPUT');
    expect(rule(await conclude(remedy(w.C3a.id, today())))).toBe('NOT_FOUND');
    expect(rule(await conclude(remedy(w.C1a.id, today())))).toBe('OK');
  });

  it('cancelled before its conclusion, with a reason; then closed', async () => {
    const { i, token } = await setup('IN_PROGRESS');
    expect(rule(await app.gql(CANCEL, { id: i.id, v: 1, r: ' ' }, { token }))).toBe('BAD_USER_INPUT');
    const r = await app.gql(CANCEL, { id: i.id, v: 1, r: 'Đổi kế hoạch' }, { token });
    expect(r.data!.cancelInspection).toMatchObject({ status: 'CANCELLED', version: 2 });
    expect(rule(await app.gql(START, { i: { id: i.id, version: 2, on: today() } }, { token }))).toBe(
      'INVALID_TRANSITION',
    );
  });

  it('only the conducting body writes: a commune inspector who sees it is FORBIDDEN; others NOT_FOUND', async () => {
    const { w, i } = await setup();
    const start = (token: string) => app.gql(START, { i: { id: i.id, version: 1, on: today() } }, { token });
    expect(codeOf(await start(w.users.COMMUNE_INSPECTOR.token))).toBe('FORBIDDEN');
    expect(codeOf(await start(w.users.DISTRICT_ADMIN.token))).toBe('FORBIDDEN');
    const other = await makeWorld(app.ds);
    expect(codeOf(await start(other.users.DISTRICT_INSPECTOR.token))).toBe('NOT_FOUND');
    expect(codeOf(await start(w.users.ADMIN.token))).toBe('OK');
  });
});
