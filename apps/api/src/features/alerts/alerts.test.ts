import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from '../../test/cadres.js';
import { codeOf, makeMember, makeWorld, startTestApp } from '../../test/harness.js';
import {
  badgeDue,
  isRecognitionOverdue,
  recognitionDueOn,
  secretaryVacantSince,
  transferOverdueOn,
} from './alert.rules.js';

const app = await startTestApp();

const Q = `query($w: ID!, $on: LocalDate) { alerts(withinId: $w, asOf: $on) { kind message dueOn member { id } organization { id } } }`;

describe('alert rules', () => {
  it('PROBATION_OVERDUE: after the 30th working day following the 12 months, not on it', () => {
    // 12 months from 2024-03-01 end on 2025-03-01 (a Saturday); the 30th working day after is 2025-04-11
    expect(recognitionDueOn('2024-03-01')).toBe('2025-04-11');
    expect(isRecognitionOverdue('2024-03-01', '2025-04-11')).toBe(false);
    expect(isRecognitionOverdue('2024-03-01', '2025-04-12')).toBe(true);
  });

  it('BADGE_DUE: a milestone within 90 days, not on the 91st; due on the next award day', () => {
    expect(badgeDue('1995-08-10', '2025-05-12')).toEqual({ years: 30, dueOn: '2025-08-10', ceremonyOn: '2025-09-02' });
    expect(badgeDue('1995-08-11', '2025-05-12')).toBe(null);
    expect(badgeDue('1995-05-12', '2025-05-12')?.years).toBe(30);
    expect(badgeDue('1995-05-11', '2025-05-12')).toBe(null);
  });

  it('TRANSFER_WAITING: 30 working days after the request', () => {
    expect(transferOverdueOn('2025-09-01')).toBe('2025-10-13');
  });
});

describe('SECRETARY_VACANT', () => {
  it('the rule: vacant from the day the last secretary left, not while one is held, not when none was recorded', () => {
    const left = [{ startsOn: '2020-10-01', endsOn: '2025-03-01' }];
    expect(secretaryVacantSince(left, '2025-03-01')).toBe('2025-03-01');
    expect(secretaryVacantSince(left, '2025-02-28')).toBe(null);
    expect(secretaryVacantSince([...left, { startsOn: '2025-03-01', endsOn: null }], '2025-06-01')).toBe(null);
    expect(secretaryVacantSince([], '2025-06-01')).toBe(null);
  });

  it('alerts the organisations of the subtree whose secretary left, linked to the organisation', async () => {
    const w = await makeWorld(app.ds);
    const s = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id });
    await makePlacement(app.ds, s, w.C1a, 'SECRETARY', '2020-01-01', '2025-03-01');
    await makePlacement(app.ds, s, w.C1b, 'SECRETARY', '2020-01-01', '2025-03-01');
    await makePlacement(app.ds, s, w.C1b, 'SECRETARY', '2025-03-01');
    await makePlacement(app.ds, s, w.C3a, 'SECRETARY', '2020-01-01', '2025-03-01'); // outside C1
    const r = await app.gql(Q, { w: w.C1.id, on: '2025-06-30' }, { token: w.users.COMMUNE_INSPECTOR.token });
    const vacant = r.data!.alerts.filter((a: { kind: string }) => a.kind === 'SECRETARY_VACANT');
    expect(vacant).toEqual([
      {
        kind: 'SECRETARY_VACANT',
        dueOn: '2025-03-01',
        message: expect.stringContaining('01/03/2025'),
        member: null,
        organization: { id: w.C1a.id },
      },
    ]);
    const before = await app.gql(Q, { w: w.C1.id, on: '2025-02-28' }, { token: w.users.COMMUNE_INSPECTOR.token });
    expect(before.data!.alerts.some((a: { kind: string }) => a.kind === 'SECRETARY_VACANT')).toBe(false);
  });
});

describe('alerts', () => {
  it('computes the three kinds in the subtree, soonest due first, each linked to its record', async () => {
    const w = await makeWorld(app.ds);
    const asOf = '2025-06-30';
    const late = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2024-03-01' });
    await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2024-06-01' }); // within its window
    const badge = await makeMember(app.ds, w.C1b, { admittedOn: '1995-08-10' });
    await makeMember(app.ds, w.C1b, { admittedOn: '1995-10-10' }); // 102 days ahead
    const moving = await makeMember(app.ds, w.C1b);
    await app.ds.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status)
       VALUES ($1, $2, $3, '2025-04-01', 'PENDING')`,
      [moving.id, w.C1b.id, w.C3a.id],
    );
    await makeMember(app.ds, w.C3a, { status: 'PROBATIONARY', admittedOn: '2023-01-01' }); // outside C1
    const r = await app.gql(Q, { w: w.C1.id, on: asOf }, { token: w.users.COMMUNE_ADMIN.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.alerts).toEqual([
      {
        kind: 'PROBATION_OVERDUE',
        dueOn: '2025-04-11',
        message: expect.stringContaining('11/04/2025'),
        member: { id: late.id },
        organization: { id: w.C1a.id },
      },
      {
        kind: 'TRANSFER_WAITING',
        dueOn: '2025-05-13',
        message: expect.stringContaining('01/04/2025'),
        member: { id: moving.id },
        organization: { id: w.C1b.id },
      },
      {
        kind: 'BADGE_DUE',
        dueOn: '2025-09-02',
        message: expect.stringMatching(/30 năm.*10\/08\/2025.*02\/09\/2025/),
        member: { id: badge.id },
        organization: { id: w.C1b.id },
      },
    ]);
    const en = await app.gql(Q, { w: w.C1.id, on: asOf }, { token: w.users.COMMUNE_ADMIN.token, lang: 'en' });
    expect(en.data!.alerts[0].message).toMatch(/^Probationary member .* overdue .*11\/04\/2025/);
    // the receiving district sees the waiting transfer too, and only it
    const d2 = await app.gql(Q, { w: w.D2.id, on: asOf }, { token: w.users.ADMIN.token });
    expect(d2.data!.alerts.map((a: { kind: string }) => a.kind)).toEqual(['PROBATION_OVERDUE', 'TRANSFER_WAITING']);
  });

  it('answers NOT_FOUND for a subtree outside the scope', async () => {
    const w = await makeWorld(app.ds);
    for (const id of [w.C3.id, 'not-an-id']) {
      const r = await app.gql(Q, { w: id }, { token: w.users.COMMUNE_ADMIN.token });
      expect(codeOf(r)).toBe('NOT_FOUND');
    }
    const inspector = await app.gql(Q, { w: w.C1.id }, { token: w.users.COMMUNE_INSPECTOR.token });
    expect(inspector.errors).toBeUndefined();
  });
});
