import { describe, expect, it } from 'vitest';
import { makeMember, makeWorld, startTestApp } from '../../test/harness.js';
import { makeInspection, makeRemedy } from '../../test/inspections.js';

/** The alerts inspections raise: REMEDY_OVERDUE, and a BADGE_DUE that waits for a discipline to lapse. */
const app = await startTestApp();

const Q = `query($w: ID!, $on: LocalDate) { alerts(withinId: $w, asOf: $on) { kind dueOn message member { id } organization { id } } }`;

async function kinds(token: string, w: string, on: string, kind: string) {
  const r = await app.gql(Q, { w, on }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.alerts.filter((a: { kind: string }) => a.kind === kind);
}

describe('alerts of inspections', () => {
  it('REMEDY_OVERDUE: from the day after the due date, while open, in the responsible organisation’s subtree', async () => {
    const w = await makeWorld(app.ds);
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', organizations: [w.C1a] });
    await makeRemedy(app.ds, i.id, w.C1a, '2025-05-31');
    const done = await makeRemedy(app.ds, i.id, w.C1b, '2025-01-31');
    await app.ds.query(`UPDATE remedy SET status = 'DONE', completed_on = '2025-01-30' WHERE id = $1`, [done]);
    const token = w.users.COMMUNE_ADMIN.token;
    expect(await kinds(token, w.C1.id, '2025-05-31', 'REMEDY_OVERDUE')).toEqual([]);
    expect(await kinds(token, w.C1.id, '2025-06-01', 'REMEDY_OVERDUE')).toEqual([
      {
        kind: 'REMEDY_OVERDUE',
        dueOn: '2025-05-31',
        message: expect.stringContaining(`${i.code}, hạn 31/05/2025`),
        member: null,
        organization: { id: w.C1a.id },
      },
    ]);
    expect(await kinds(w.users.ADMIN.token, w.C2.id, '2025-06-01', 'REMEDY_OVERDUE')).toEqual([]);
  });

  it('BADGE_DUE: a member under a discipline in force on the award day waits for the award day after it lapses', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a, { admittedOn: '1995-08-10' }); // 30 years on 10/08/2025, award 02/09/2025
    const clean = await makeMember(app.ds, w.C1a, { admittedOn: '1995-08-10' });
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [m.id] });
    await app.ds.query(
      `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, inspection_id, in_force_until, org_path)
       VALUES ('WARNING', $1, 'Vi phạm', '2024-09-02', $2, $3, '2025-09-02', '')`,
      [m.id, w.D1.id, i.id],
    );
    const badges = await kinds(w.users.COMMUNE_ADMIN.token, w.C1.id, '2025-06-30', 'BADGE_DUE');
    const of = (id: string) => badges.find((b: { member: { id: string } }) => b.member.id === id);
    expect(of(clean.id)).toMatchObject({ dueOn: '2025-09-02' });
    expect(of(m.id)).toMatchObject({ dueOn: '2025-11-07', message: expect.stringContaining('đến 02/09/2025') });
    // lapsed the day before the award day: no wait
    await app.ds.query(`UPDATE discipline SET in_force_until = '2025-09-01' WHERE member_id = $1`, [m.id]);
    const later = await kinds(w.users.COMMUNE_ADMIN.token, w.C1.id, '2025-06-30', 'BADGE_DUE');
    expect(later.find((b: { member: { id: string } }) => b.member.id === m.id)).toMatchObject({ dueOn: '2025-09-02' });
  });

  it('Member.nextBadge: the award waits while a discipline is in force on the ceremony day', async () => {
    const w = await makeWorld(app.ds);
    const soon = new Date(Date.now() + 60 * 86_400_000); // 30 years of membership two months from today
    const admittedOn = `${soon.getUTCFullYear() - 30}-${String(soon.getUTCMonth() + 1).padStart(2, '0')}-10`;
    const m = await makeMember(app.ds, w.C1a, { admittedOn });
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [m.id] });
    const badge = async () => {
      const r = await app.gql(
        `query($id: ID!) { member(id: $id) { nextBadge { years ceremonyOn awardOn deferredUntil } } }`,
        { id: m.id },
        { token: w.users.COMMUNE_ADMIN.token },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.member.nextBadge;
    };
    const before = await badge();
    expect(before).toMatchObject({ years: 30, deferredUntil: null });
    expect(before.awardOn).toBe(before.ceremonyOn);
    await app.ds.query(
      `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, inspection_id, in_force_until, org_path)
       VALUES ('WARNING', $1, 'Vi phạm', $2::date - 300, $3, $4, $2, '')`,
      [m.id, before.ceremonyOn, w.D1.id, i.id],
    );
    const waiting = await badge();
    expect(waiting).toMatchObject({ years: 30, ceremonyOn: before.ceremonyOn, deferredUntil: before.ceremonyOn });
    expect(waiting.awardOn > before.ceremonyOn).toBe(true);
    // lapsed the day before the ceremony: no wait
    await app.ds.query(`UPDATE discipline SET in_force_until = $2::date - 1 WHERE member_id = $1`, [
      m.id,
      before.ceremonyOn,
    ]);
    expect(await badge()).toEqual(before);
  });
});
