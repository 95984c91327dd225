import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { codeOf, makeMember, makeOrg, makeWorld, type OrgRow, startTestApp } from '../../test/harness.js';
import { makeInspection } from '../../test/inspections.js';

const app = await startTestApp();

const FIGURES = `organization { id } asOf grassrootsOrganizations subordinateCells members probationaryMembers
  femaleShare ethnicMinorityShare membersByTheoryLevel { key count } membersByAgeBand { key count }
  admittedInTerm inspectedOrganizations inspectedMembers disciplinedMembers`;
const Q = `query($w: ID!, $on: LocalDate, $t: ID) { statistics(withinId: $w, asOf: $on, termId: $t) { ${FIGURES} } }`;

async function stats(token: string, w: string, on?: string, t?: string) {
  const r = await app.gql(Q, { w, on, t }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.statistics;
}

const bands = (counts: number[]) =>
  ['UP_TO_30', 'FROM_31_TO_40', 'FROM_41_TO_50', 'FROM_51_TO_60', 'OVER_60'].map((key, i) => ({
    key,
    count: counts[i],
  }));
const levels = (counts: number[]) =>
  ['NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR'].map((key, i) => ({ key, count: counts[i] }));

async function makeTerm(startsOn: string, endsOn: string): Promise<string> {
  const [{ id }] = await app.ds.query(`INSERT INTO term (name, starts_on, ends_on) VALUES ($1, $2, $3) RETURNING id`, [
    `Nhiệm kỳ ${startsOn} ${Math.random()}`,
    startsOn,
    endsOn,
  ]);
  return id;
}

async function discipline(memberId: string, by: OrgRow, decidedOn: string) {
  await app.ds.query(
    `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, org_path)
     VALUES ('REPRIMAND', $1, 'Vi phạm', $2, $3, '')`,
    [memberId, decidedOn, by.id],
  );
}

describe('statistics', () => {
  it('members, shares, theory levels and age bands on the birthdays, from the subtree counts and from the rows alike', async () => {
    const w = await makeWorld(app.ds);
    const on = today();
    const born = (years: number, days = 0) => addDays(addYears(on, -years), days);
    // C1a: 30 (turns 31 tomorrow), 31 today, 40; C2a: 41 today, 60, 61 today
    await makeMember(app.ds, w.C1a, {
      status: 'PROBATIONARY',
      admittedOn: addDays(on, -100),
      gender: 'FEMALE',
      ethnicity: 'Tày',
      dateOfBirth: born(31, 1),
    });
    await makeMember(app.ds, w.C1a, { dateOfBirth: born(31), theoryLevel: 'ELEMENTARY' });
    await makeMember(app.ds, w.C1a, {
      gender: 'FEMALE',
      ethnicity: ' kinh ',
      dateOfBirth: born(41, 1),
      theoryLevel: 'INTERMEDIATE',
    });
    await makeMember(app.ds, w.C2a, { ethnicity: 'Dao', dateOfBirth: born(41) });
    await makeMember(app.ds, w.C2a, { dateOfBirth: born(61, 1), theoryLevel: 'ADVANCED' });
    await makeMember(app.ds, w.C2a, { ethnicity: 'Mông', dateOfBirth: born(61), theoryLevel: 'BACHELOR' });
    // not counted: a member removed, one outside the district
    const gone = await makeMember(app.ds, w.C1b, { gender: 'FEMALE', ethnicity: 'Dao' });
    await app.ds.query(`UPDATE member SET status = 'REMOVED', left_on = '2020-01-01' WHERE id = $1`, [gone.id]);
    await makeMember(app.ds, w.C3a, { gender: 'FEMALE', ethnicity: 'Dao' });

    const token = w.users.DISTRICT_ADMIN.token;
    const d1 = await stats(token, w.D1.id);
    expect(d1).toEqual({
      organization: { id: w.D1.id },
      asOf: on,
      grassrootsOrganizations: 2,
      subordinateCells: 3,
      members: 6,
      probationaryMembers: 1,
      femaleShare: 2 / 6,
      ethnicMinorityShare: 3 / 6,
      membersByTheoryLevel: levels([2, 1, 1, 1, 1]),
      membersByAgeBand: bands([1, 2, 1, 1, 1]),
      admittedInTerm: 0,
      inspectedOrganizations: 0,
      inspectedMembers: 0,
      disciplinedMembers: 0,
    });
    // a cell (counted from its rows): the same figures for its part
    expect(await stats(token, w.C1a.id)).toMatchObject({
      members: 3,
      probationaryMembers: 1,
      femaleShare: 2 / 3,
      ethnicMinorityShare: 1 / 3,
      membersByTheoryLevel: levels([1, 1, 1, 0, 0]),
      membersByAgeBand: bands([1, 2, 0, 0, 0]),
      grassrootsOrganizations: 0,
      subordinateCells: 1,
    });
    // yesterday (from the rows): the three whose birthday is today were a year younger
    const yesterday = await stats(token, w.D1.id, addDays(on, -1));
    expect(yesterday).toMatchObject({ members: 6, membersByAgeBand: bands([2, 2, 0, 2, 0]), probationaryMembers: 1 });
    // before the probationary member's admission
    expect(await stats(token, w.D1.id, addDays(on, -101))).toMatchObject({ members: 5, probationaryMembers: 0 });

    // the subtree counts follow the writes: a member moves to D2, another leaves
    await app.ds.query(`UPDATE member SET organization_id = $1 WHERE organization_id = $2 AND ethnicity = 'Dao'`, [
      w.C3a.id,
      w.C2a.id,
    ]);
    await app.ds.query(
      `UPDATE member SET status = 'DECEASED', left_on = $1 WHERE theory_level = 'BACHELOR' AND organization_id = $2`,
      [on, w.C2a.id],
    );
    expect(await stats(token, w.D1.id)).toMatchObject({
      members: 4,
      ethnicMinorityShare: 1 / 4,
      membersByAgeBand: bands([1, 2, 0, 1, 0]),
      membersByTheoryLevel: levels([1, 1, 1, 1, 0]),
    });
    expect(await stats(w.users.ADMIN.token, w.D2.id)).toMatchObject({ members: 2, ethnicMinorityShare: 1 });
    expect(await stats(w.users.ADMIN.token, w.P.id)).toMatchObject({ members: 6 });
  });

  it('a past day: admitted by then, not yet left, probationary until official', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C2, 'SUBORDINATE_CELL');
    const a = await makeMember(app.ds, cell, { admittedOn: '2019-03-01' }); // official 2020-03-01
    const b = await makeMember(app.ds, cell, { admittedOn: '2021-05-01' });
    await app.ds.query(`UPDATE member SET status = 'REMOVED', left_on = '2023-06-30' WHERE id = $1`, [b.id]);
    await makeMember(app.ds, cell, { status: 'PROBATIONARY', admittedOn: '2024-01-10' });
    const x = await makeMember(app.ds, cell, { status: 'PROBATIONARY', admittedOn: '2024-02-01' });
    await app.ds.query(`UPDATE member SET status = 'EXPELLED', left_on = '2024-05-01' WHERE id = $1`, [x.id]);
    const token = w.users.DISTRICT_INSPECTOR.token;
    const at = async (on: string) => {
      const s = await stats(token, w.D1.id, on);
      return [s.members, s.probationaryMembers];
    };
    expect(await at('2019-02-28')).toEqual([0, 0]);
    expect(await at('2019-03-01')).toEqual([1, 1]);
    expect(await at('2020-02-29')).toEqual([1, 1]);
    expect(await at('2020-03-01')).toEqual([1, 0]);
    expect(await at('2023-06-29')).toEqual([2, 0]);
    expect(await at('2023-06-30')).toEqual([1, 0]);
    expect(await at('2024-02-01')).toEqual([3, 2]);
    expect(await at('2024-05-01')).toEqual([2, 1]);
    expect(await at(today())).toEqual([2, 1]);
    expect(a.id).toBeTruthy();
    // organisations active on the day
    await app.ds.query(`UPDATE organization SET established_on = '2022-01-01' WHERE id = $1`, [cell.id]);
    await app.ds.query(`UPDATE organization SET closed_on = '2023-01-01', status = 'DISSOLVED' WHERE id = $1`, [
      w.C1b.id,
    ]);
    const orgs = async (on: string) => {
      const s = await stats(token, w.D1.id, on);
      return [s.grassrootsOrganizations, s.subordinateCells];
    };
    expect(await orgs('2021-12-31')).toEqual([2, 3]);
    expect(await orgs('2022-01-01')).toEqual([2, 4]);
    expect(await orgs('2023-01-01')).toEqual([2, 3]);
  });

  it('admissions, inspections and discipline within the term, up to the day', async () => {
    const w = await makeWorld(app.ds);
    const t1 = await makeTerm('2020-10-01', '2025-09-30');
    const t2 = await makeTerm('2025-10-01', '2030-09-30');
    for (const admittedOn of ['2020-09-30', '2020-10-01', '2025-09-30', '2025-10-01'])
      await makeMember(app.ds, w.C1a, { admittedOn, status: 'PROBATIONARY' });
    await makeMember(app.ds, w.C3a, { admittedOn: '2022-01-01' });
    const x = await makeMember(app.ds, w.C1a);
    const y = await makeMember(app.ds, w.C3a);
    const z = await makeMember(app.ds, w.C2a);
    const concluded = (concludedOn: string, organizations: OrgRow[], memberIds: string[], by = w.D1) =>
      makeInspection(app.ds, by, { status: 'CONCLUDED', concludedOn, organizations, memberIds });
    await concluded('2021-04-01', [w.C1a], [x.id, y.id], w.P);
    await concluded('2020-09-30', [w.C2], [z.id]);
    await concluded('2025-09-30', [w.C1a, w.C2a], [x.id]);
    const open = await makeInspection(app.ds, w.D1, {
      status: 'IN_PROGRESS',
      organizations: [w.C2],
      memberIds: [z.id],
    });
    await discipline(x.id, w.C1, '2022-01-01');
    await discipline(x.id, w.D1, '2023-01-01');
    await discipline(y.id, w.C3, '2022-01-01');
    await discipline(z.id, w.C2, '2025-10-01');
    const token = w.users.DISTRICT_INSPECTOR.token;
    const window = async (on?: string, term?: string) => {
      const s = await stats(token, w.D1.id, on, term);
      return [s.admittedInTerm, s.inspectedOrganizations, s.inspectedMembers, s.disciplinedMembers];
    };
    expect(await window('2025-09-30')).toEqual([2, 2, 1, 1]);
    expect(await window('2025-09-29')).toEqual([1, 1, 1, 1]);
    expect(await window('2021-12-31')).toEqual([1, 1, 1, 0]);
    expect(await window('2025-10-01')).toEqual([1, 0, 0, 1]);
    expect(await window('2026-06-01', t1)).toEqual([2, 2, 1, 1]);
    expect(await window(undefined, t2)).toEqual([1, 0, 0, 1]);
    // concluded later: its subjects count from its conclusion day
    await app.ds.query(`UPDATE inspection SET status = 'CONCLUDED', concluded_on = '2025-09-01' WHERE id = $1`, [
      open.id,
    ]);
    expect(await window('2025-09-30')).toEqual([2, 3, 2, 1]);
    expect(await window('2025-08-31')).toEqual([1, 1, 1, 1]);
    // before any term: nothing is within one
    expect(await window('2019-01-01')).toEqual([0, 0, 0, 0]);
    // the commune sees its part
    const c1 = await stats(w.users.COMMUNE_INSPECTOR.token, w.C1.id, '2025-09-30');
    expect([c1.admittedInTerm, c1.inspectedOrganizations, c1.inspectedMembers, c1.disciplinedMembers]).toEqual([
      2, 1, 1, 1,
    ]);
    for (const t of ['abc', '6f1c0a52-8a53-4d8e-9d1e-1b8c1f7d0e11'])
      expect(codeOf(await app.gql(Q, { w: w.D1.id, t }, { token }))).toBe('NOT_FOUND');
  });

  it('only through the caller scope: outside it, or no such organisation, is NOT_FOUND', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C3a);
    const ask = (token: string | undefined, id: string) => app.gql(Q, { w: id }, { token });
    expect(codeOf(await ask(w.users.COMMUNE_ADMIN.token, w.D1.id))).toBe('NOT_FOUND');
    expect(codeOf(await ask(w.users.COMMUNE_ADMIN.token, w.C2.id))).toBe('NOT_FOUND');
    expect(codeOf(await ask(w.users.DISTRICT_ADMIN.token, w.D2.id))).toBe('NOT_FOUND');
    expect(codeOf(await ask(w.users.DISTRICT_ADMIN.token, w.C3a.id))).toBe('NOT_FOUND');
    expect(codeOf(await ask(w.users.DISTRICT_ADMIN.token, 'abc'))).toBe('NOT_FOUND');
    expect(codeOf(await ask(undefined, w.D1.id))).toBe('UNAUTHENTICATED');
    expect(codeOf(await ask(w.users.COMMUNE_ADMIN.token, w.C1.id))).toBe('OK');
    const empty = await stats(w.users.COMMUNE_ADMIN.token, w.C1.id);
    expect(empty).toMatchObject({
      members: 0,
      femaleShare: 0,
      ethnicMinorityShare: 0,
      membersByAgeBand: bands([0, 0, 0, 0, 0]),
    });
  });
});
