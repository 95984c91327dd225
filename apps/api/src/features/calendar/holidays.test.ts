import { describe, expect, it } from 'vitest';
import { codeOf, makeMember, makeWorld, startTestApp } from '../../test/harness.js';

const app = await startTestApp();

const SET = `mutation($i: SetPublicHolidayInput!) { setPublicHoliday(input: $i) { on name dayOff generated } }`;
const REMOVE = `mutation($on: LocalDate!) { removePublicHoliday(on: $on) }`;
const DUE = `query($id: ID!) { member(id: $id) { ceremonyDueOn } }`;

describe('the public-holiday calendar', () => {
  it('holds the generated days of past and future years, readable by every signed-in role', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `{ publicHolidays(year: 2026) { on name dayOff generated } }`,
      {},
      {
        token: w.users.COMMUNE_INSPECTOR.token,
      },
    );
    const days = r.data!.publicHolidays.map((h: { on: string }) => h.on);
    expect(days).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-02-20', '2026-04-26', '2026-09-02']),
    );
    expect(r.data!.publicHolidays.every((h: { generated: boolean; dayOff: boolean }) => h.generated && h.dayOff)).toBe(
      true,
    );
    const past = await app.gql(`{ publicHolidays(year: 1985) { on } }`, {}, { token: w.users.ADMIN.token });
    expect(past.data!.publicHolidays.map((h: { on: string }) => h.on)).toContain('1985-01-21');
    const future = await app.gql(`{ publicHolidays(year: 2099) { on } }`, {}, { token: w.users.ADMIN.token });
    expect(future.data!.publicHolidays.length).toBeGreaterThan(8);
    // a year no date column can hold is refused as input, at both edges
    for (const year of [1899, 2201, 0, -1, 2147483647]) {
      const bad = await app.gql(
        `query($y: Int!) { publicHolidays(year: $y) { on } }`,
        { y: year },
        {
          token: w.users.ADMIN.token,
        },
      );
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const edge = await app.gql(
      `{ a: publicHolidays(year: 1900) { on } b: publicHolidays(year: 2200) { on } }`,
      {},
      {
        token: w.users.ADMIN.token,
      },
    );
    expect(edge.errors).toBeUndefined();
  });

  it('an ADMIN moves a day; every 30-working-day deadline follows; others may not; each change is audited', async () => {
    const w = await makeWorld(app.ds);
    // admitted Monday 2/6/2025, no ceremony yet: due on the 30th working day, 14/7/2025
    const m = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: '2025-06-02' });
    const due = async () =>
      (await app.gql(DUE, { id: m.id }, { token: w.users.COMMUNE_ADMIN.token })).data!.member.ceremonyDueOn;
    expect(await due()).toBe('2025-07-14');
    for (const role of ['DISTRICT_ADMIN', 'COMMUNE_ADMIN', 'DISTRICT_INSPECTOR'] as const) {
      const r = await app.gql(SET, { i: { on: '2025-07-01', name: 'Nghỉ' } }, { token: w.users[role].token });
      expect(codeOf(r)).toBe('FORBIDDEN');
    }
    const set = await app.gql(
      SET,
      { i: { on: '2025-07-01', name: 'Nghỉ bù theo thông báo' } },
      {
        token: w.users.ADMIN.token,
      },
    );
    expect(set.data!.setPublicHoliday).toEqual({
      on: '2025-07-01',
      name: 'Nghỉ bù theo thông báo',
      dayOff: true,
      generated: false,
    });
    expect(await due()).toBe('2025-07-15');
    // a Saturday worked in exchange counts again
    await app.gql(SET, { i: { on: '2025-07-05', name: 'Làm bù', dayOff: false } }, { token: w.users.ADMIN.token });
    expect(await due()).toBe('2025-07-14');
    expect(await app.gql(REMOVE, { on: '2025-07-05' }, { token: w.users.ADMIN.token })).toMatchObject({
      data: { removePublicHoliday: true },
    });
    await app.gql(REMOVE, { on: '2025-07-01' }, { token: w.users.ADMIN.token });
    expect(await due()).toBe('2025-07-14');
    const actions = await app.ds.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'PublicHoliday' AND user_id = $1 ORDER BY at`,
      [w.users.ADMIN.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'setPublicHoliday',
      'setPublicHoliday',
      'removePublicHoliday',
      'removePublicHoliday',
    ]);
  });

  it('refuses an empty name and answers NOT_FOUND for a day not in the calendar, changing nothing', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.ADMIN.token };
    expect(codeOf(await app.gql(SET, { i: { on: '2025-08-04', name: '  ' } }, t))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(REMOVE, { on: '2025-08-05' }, t))).toBe('NOT_FOUND');
    const rows = await app.ds.query(`SELECT 1 FROM public_holiday WHERE day BETWEEN '2025-08-04' AND '2025-08-05'`);
    expect(rows).toHaveLength(0);
  });
});
