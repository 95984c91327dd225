import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from '../../test/cadres.js';
import { codeOf, makeMember, makeOrg, makeUser, makeWorld, startTestApp } from '../../test/harness.js';
import { generatedCalendar } from '../calendar/holiday.generate.js';
import { recognitionDueOn } from '../members/member.rules.js';
import {
  badgeDue,
  ceremonyDueOn,
  isCellTooSmall,
  isCeremonyDue,
  isRecognitionOverdue,
  isTemporaryEnding,
  secretaryVacantSince,
  transferOverdueOn,
} from './alert.rules.js';

const WEEKDAYS = new Map<string, boolean>();
const VN = generatedCalendar(2024, 2026);

const app = await startTestApp();

/** The alerts other than CELL_TOO_SMALL (the test worlds' cells are small). */
const notSmall = (a: { kind: string }) => a.kind !== 'CELL_TOO_SMALL';

const Q = `query($w: ID!, $on: LocalDate) { alerts(withinId: $w, asOf: $on) { kind message dueOn member { id } organization { id } } }`;

describe('alert rules', () => {
  it('PROBATION_OVERDUE: after the 30th working day following the 12 months, not on it; holidays do not count', () => {
    const m = { admittedOn: '2024-03-01' };
    // 12 months end on 2025-03-01 (a Saturday); by weekdays alone the 30th working day after is 2025-04-11
    expect(recognitionDueOn(m, WEEKDAYS)).toBe('2025-04-11');
    // Giỗ Tổ Hùng Vương (10/3 lunar) fell on Monday 7 April 2025
    expect(recognitionDueOn(m, VN)).toBe('2025-04-14');
    expect(isRecognitionOverdue(m, '2025-04-14', VN)).toBe(false);
    expect(isRecognitionOverdue(m, '2025-04-15', VN)).toBe(true);
    // the ceremony, when recorded, starts the probation
    expect(recognitionDueOn({ admittedOn: '2024-02-01', ceremonyOn: '2024-03-01' }, VN)).toBe('2025-04-14');
  });

  it('CEREMONY_DUE: from 10 days before the 30th working day after the decision, across Tết', () => {
    // decided 9 January 2026: Tết (16–20 February 2026) pushes the 30th working day to 27 February
    expect(ceremonyDueOn('2026-01-09', VN)).toBe('2026-02-27');
    expect(isCeremonyDue('2026-01-09', '2026-02-16', VN)).toBe(false);
    expect(isCeremonyDue('2026-01-09', '2026-02-17', VN)).toBe(true);
  });

  it('BADGE_DUE: a milestone within 90 days, not on the 91st; due on the next award day', () => {
    expect(badgeDue('1995-08-10', '2025-05-12')).toEqual({ years: 30, dueOn: '2025-08-10', ceremonyOn: '2025-09-02' });
    expect(badgeDue('1995-08-11', '2025-05-12')).toBe(null);
    expect(badgeDue('1995-05-12', '2025-05-12')?.years).toBe(30);
    expect(badgeDue('1995-05-11', '2025-05-12')).toBe(null);
  });

  it('TRANSFER_WAITING: 30 working days after the request', () => {
    expect(transferOverdueOn('2025-09-01', WEEKDAYS)).toBe('2025-10-13');
    // 1 and 2 September 2025 are holidays
    expect(transferOverdueOn('2025-08-29', VN)).toBe('2025-10-14');
  });

  it('TEMPORARY_TRANSFER_ENDING: from 30 days before the last day to 30 days after, not a day more', () => {
    expect(isTemporaryEnding('2025-07-30', '2025-06-30')).toBe(true);
    expect(isTemporaryEnding('2025-07-31', '2025-06-30')).toBe(false);
    expect(isTemporaryEnding('2025-05-31', '2025-06-30')).toBe(true);
    expect(isTemporaryEnding('2025-05-30', '2025-06-30')).toBe(false);
  });

  it('CELL_TOO_SMALL: fewer than 3 official members', () => {
    expect(isCellTooSmall(2)).toBe(true);
    expect(isCellTooSmall(3)).toBe(false);
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
    const noCeremony = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2025-05-20' });
    await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2025-06-25' }); // ceremony due in August
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
    expect(r.data!.alerts.filter(notSmall)).toEqual([
      {
        kind: 'PROBATION_OVERDUE',
        dueOn: '2025-04-14',
        message: expect.stringContaining('14/04/2025'),
        member: { id: late.id },
        organization: { id: w.C1a.id },
      },
      {
        kind: 'TRANSFER_WAITING',
        dueOn: transferOverdueOn('2025-04-01', VN),
        message: expect.stringContaining('01/04/2025'),
        member: { id: moving.id },
        organization: { id: w.C1b.id },
      },
      {
        kind: 'CEREMONY_DUE',
        dueOn: ceremonyDueOn('2025-05-20', VN),
        message: expect.stringContaining('20/05/2025'),
        member: { id: noCeremony.id },
        organization: { id: w.C1a.id },
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
    // each message in the request's language only
    expect(en.data!.alerts.filter(notSmall).map((a: { message: string }) => a.message)).toEqual([
      expect.stringMatching(/^Probationary member .* overdue .*14\/04\/2025/),
      expect.stringMatching(/^The transfer of .* has waited since 01\/04\/2025\.$/),
      expect.stringMatching(/^No admission ceremony recorded for .*20\/05\/2025/),
      expect.stringMatching(/reaches 30 years of party membership on 10\/08\/2025; badge award on 02\/09\/2025\.$/),
    ]);
    // the receiving district sees the waiting transfer too, and only it
    const d2 = await app.gql(Q, { w: w.D2.id, on: asOf }, { token: w.users.ADMIN.token });
    expect(d2.data!.alerts.filter(notSmall).map((a: { kind: string }) => a.kind)).toEqual([
      'PROBATION_OVERDUE',
      'TRANSFER_WAITING',
    ]);
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

describe("an alert's member and organisation", () => {
  const LINKS = `fragment Links on Alert { member { id fullName status } organization { id name code } }
    query($w: ID!, $on: LocalDate) { alerts(withinId: $w, asOf: $on) { kind ...Links } }`;
  const SUMMARY_LINKS = `query($w: ID!, $on: LocalDate) { alertSummary(withinId: $w, asOf: $on) {
    groups { alerts { kind member { ... on Member { id fullName } } organization { id name } } } } }`;
  type Linked = { kind: string; member: { id: string; fullName?: string } | null; organization: { id: string } | null };

  it('are the same records whether only their ids or more is asked, through fragments too', async () => {
    const w = await makeWorld(app.ds);
    const asOf = '2025-06-30';
    const late = await makeMember(app.ds, w.C1a, {
      status: 'PROBATIONARY',
      admittedOn: '2024-03-01',
      fullName: 'Lò Văn Muôn',
    });
    const badge = await makeMember(app.ds, w.C1b, { admittedOn: '1995-08-10', fullName: 'Quàng Thị Xuân' });
    const token = w.users.COMMUNE_ADMIN.token;
    const ids = await app.gql(Q, { w: w.C1.id, on: asOf }, { token });
    const named = await app.gql(LINKS, { w: w.C1.id, on: asOf }, { token });
    expect(named.errors).toBeUndefined();
    const shape = (list: Linked[]) => list.map((a) => [a.kind, a.member?.id ?? null, a.organization?.id ?? null]);
    expect(shape(named.data!.alerts)).toEqual(shape(ids.data!.alerts));
    const byMember = new Map(named.data!.alerts.filter((a: Linked) => a.member).map((a: Linked) => [a.member!.id, a]));
    expect(byMember.get(late.id)).toMatchObject({
      kind: 'PROBATION_OVERDUE',
      member: { fullName: 'Lò Văn Muôn', status: 'PROBATIONARY' },
      organization: { id: w.C1a.id, name: `Tổ chức ${w.C1a.code}`, code: w.C1a.code },
    });
    expect(byMember.get(badge.id)).toMatchObject({ kind: 'BADGE_DUE', member: { fullName: 'Quàng Thị Xuân' } });
    const summary = await app.gql(SUMMARY_LINKS, { w: w.C1.id, on: asOf }, { token });
    expect(summary.errors).toBeUndefined();
    const first = summary.data!.alertSummary.groups.flatMap((g: { alerts: Linked[] }) => g.alerts);
    expect(first.find((a: Linked) => a.member?.id === late.id)).toMatchObject({
      member: { fullName: 'Lò Văn Muôn' },
      organization: { name: `Tổ chức ${w.C1a.code}` },
    });
  });

  it('outside the scope: the member of an incoming transfer is null however asked; the sending cell is limited', async () => {
    const w = await makeWorld(app.ds);
    const moving = await makeMember(app.ds, w.C1b, { fullName: 'Vàng A Dế' });
    await app.ds.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status)
       VALUES ($1, $2, $3, '2025-04-01', 'PENDING')`,
      [moving.id, w.C1b.id, w.C3a.id],
    );
    const receiving = await makeUser(app.ds, 'DISTRICT_ADMIN', w.D2);
    const asOf = '2025-06-30';
    for (const q of [Q, LINKS]) {
      const r = await app.gql(q, { w: w.D2.id, on: asOf }, { token: receiving.token });
      expect(r.errors).toBeUndefined();
      const waiting = r.data!.alerts.filter((a: Linked) => a.kind === 'TRANSFER_WAITING');
      expect(waiting).toHaveLength(1);
      // the receiving side reads the name in the message (what the transfer needs), never the member's record
      expect(waiting[0].member).toBeNull();
      expect(waiting[0].organization.id).toBe(w.C3a.id);
    }
    // the sending side reads its member, and the receiving cell only as much as a transfer shows
    const sending = await app.gql(LINKS, { w: w.C1.id, on: asOf }, { token: w.users.COMMUNE_ADMIN.token });
    const sent = sending.data!.alerts.find((a: Linked) => a.kind === 'TRANSFER_WAITING');
    expect(sent).toMatchObject({ member: { id: moving.id, fullName: 'Vàng A Dế' }, organization: { id: w.C1b.id } });
  });
});

describe('alerts on temporary transfers and small cells', () => {
  it('TEMPORARY_TRANSFER_ENDING: to both sides, from 30 days before the last day to 30 after', async () => {
    const w = await makeWorld(app.ds);
    const asOf = '2025-06-30';
    const temp = async (until: string) => {
      const m = await makeMember(app.ds, w.C1a);
      await app.ds.query(
        `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status, temporary, until, purpose)
         VALUES ($1, $2, $3, '2025-01-15', 'ACCEPTED', true, $4, 'WORK')`,
        [m.id, w.C1a.id, w.C2a.id, until],
      );
      return m;
    };
    const ending = await temp('2025-07-30');
    const ended = await temp('2025-05-31');
    await temp('2025-07-31');
    await temp('2025-05-30');
    const kinds = ['TEMPORARY_TRANSFER_ENDING'];
    for (const [within, org] of [
      [w.C1.id, w.C1a.id],
      [w.C2.id, w.C2a.id],
    ]) {
      const r = await app.gql(Q, { w: within, on: asOf }, { token: w.users.DISTRICT_ADMIN.token });
      expect(r.data!.alerts.filter((a: { kind: string }) => kinds.includes(a.kind))).toEqual([
        {
          kind: 'TEMPORARY_TRANSFER_ENDING',
          dueOn: '2025-05-31',
          message: expect.stringContaining('đã kết thúc ngày 31/05/2025'),
          member: { id: ended.id },
          organization: { id: org },
        },
        {
          kind: 'TEMPORARY_TRANSFER_ENDING',
          dueOn: '2025-07-30',
          message: expect.stringContaining('kết thúc ngày 30/07/2025'),
          member: { id: ending.id },
          organization: { id: org },
        },
      ]);
    }
  });

  it('CELL_TOO_SMALL: an active cell with fewer than 3 official members, from the rollups', async () => {
    const w = await makeWorld(app.ds);
    const small = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    const full = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    const dissolved = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    await app.ds.query(`UPDATE organization SET status = 'DISSOLVED', closed_on = '2024-01-01' WHERE id = $1`, [
      dissolved.id,
    ]);
    for (let i = 0; i < 3; i++) await makeMember(app.ds, full);
    await makeMember(app.ds, small);
    await makeMember(app.ds, small);
    await makeMember(app.ds, small, { status: 'PROBATIONARY', admittedOn: '2025-01-01' });
    const r = await app.gql(Q, { w: w.C1.id, on: '2025-06-30' }, { token: w.users.COMMUNE_ADMIN.token });
    const cells = r.data!.alerts.filter((a: { kind: string }) => a.kind === 'CELL_TOO_SMALL');
    const ids = cells.map((a: { organization: { id: string } }) => a.organization.id);
    expect(ids).toContain(small.id);
    expect(ids).toContain(w.C1a.id); // empty
    expect(ids).not.toContain(full.id);
    expect(ids).not.toContain(dissolved.id);
    expect(ids).not.toContain(w.C2a.id); // outside the subtree
    const one = cells.find((a: { organization: { id: string } }) => a.organization.id === small.id);
    expect(one).toMatchObject({ dueOn: null, message: expect.stringContaining('có 2 đảng viên chính thức') });
  });
});

describe('alertSummary and the kinds filter', () => {
  const SUMMARY = `query($w: ID!, $on: LocalDate, $perKind: Int) { alertSummary(withinId: $w, asOf: $on, perKind: $perKind) {
    asOf total groups { kind count alerts { kind dueOn member { id } organization { id } } } } }`;
  const KINDS = `query($w: ID!, $on: LocalDate, $k: [AlertKind!]) { alerts(withinId: $w, asOf: $on, kinds: $k) { kind dueOn member { id } } }`;

  it("counts every kind's alerts and shows the first of each, soonest due first, in the order of the kinds", async () => {
    const w = await makeWorld(app.ds);
    const asOf = '2025-06-30';
    // badges awarded on 2 September 2025 (three) and on 7 November 2025 (one)
    const sept = [];
    for (const admittedOn of ['1995-08-10', '1995-07-01', '1985-09-01'])
      sept.push(await makeMember(app.ds, w.C1b, { admittedOn }));
    const nov = await makeMember(app.ds, w.C1b, { admittedOn: '1985-09-03' });
    // a re-admitted member's party age counts from the first admission
    const again = await makeMember(app.ds, w.C1b, { admittedOn: '2012-01-01' });
    await app.ds.query(`UPDATE member SET first_admitted_on = '1975-07-15' WHERE id = $1`, [again.id]);
    const late = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2024-03-01' });
    const token = w.users.COMMUNE_ADMIN.token;
    const all = await app.gql(Q, { w: w.C1.id, on: asOf }, { token });
    expect(all.errors).toBeUndefined();
    const badges = all.data!.alerts.filter((a: { kind: string }) => a.kind === 'BADGE_DUE');
    expect(badges.map((a: { member: { id: string } }) => a.member.id).sort()).toEqual(
      [...sept, nov, again].map((m) => m.id).sort(),
    );
    expect(badges.find((a: { member: { id: string } }) => a.member.id === again.id).dueOn).toBe('2025-09-02');

    const r = await app.gql(SUMMARY, { w: w.C1.id, on: asOf, perKind: 2 }, { token });
    expect(r.errors).toBeUndefined();
    const s = r.data!.alertSummary;
    expect(s.asOf).toBe(asOf);
    expect(s.total).toBe(all.data!.alerts.length);
    const kinds = s.groups.map((g: { kind: string }) => g.kind);
    expect(kinds).toEqual(['PROBATION_OVERDUE', 'CELL_TOO_SMALL', 'BADGE_DUE']);
    const badge = s.groups.find((g: { kind: string }) => g.kind === 'BADGE_DUE');
    expect(badge.count).toBe(5);
    expect(badge.alerts).toHaveLength(2);
    expect(badge.alerts.map((a: { dueOn: string }) => a.dueOn)).toEqual(['2025-09-02', '2025-09-02']);
    expect(s.groups[0]).toMatchObject({
      count: 1,
      alerts: [{ member: { id: late.id }, organization: { id: w.C1a.id } }],
    });
    for (const g of s.groups)
      expect(g.count).toBe(all.data!.alerts.filter((a: { kind: string }) => a.kind === g.kind).length);

    const only = await app.gql(KINDS, { w: w.C1.id, on: asOf, k: ['BADGE_DUE', 'PROBATION_OVERDUE'] }, { token });
    expect(only.data!.alerts.map((a: { kind: string }) => a.kind)).toEqual([
      'PROBATION_OVERDUE',
      'BADGE_DUE',
      'BADGE_DUE',
      'BADGE_DUE',
      'BADGE_DUE',
      'BADGE_DUE',
    ]);
    expect(only.data!.alerts.at(-1)).toMatchObject({ dueOn: '2025-11-07', member: { id: nov.id } });
  });

  it('answers NOT_FOUND outside the scope and BAD_USER_INPUT for a negative or too large perKind', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_ADMIN.token;
    expect(codeOf(await app.gql(SUMMARY, { w: w.C3.id }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(SUMMARY, { w: w.C1.id, perKind: -1 }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(SUMMARY, { w: w.C1.id, perKind: 100_000 }, { token }))).toBe('BAD_USER_INPUT');
    const empty = await app.gql(SUMMARY, { w: w.C1.id, perKind: 0 }, { token });
    expect(empty.data!.alertSummary.groups.every((g: { alerts: unknown[] }) => g.alerts.length === 0)).toBe(true);
  });
});
