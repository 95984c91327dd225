import { describe, expect, it } from 'vitest';
import { addMonths } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { codeOf, makeMember, makeOrg, makeWorld, startTestApp, uniq } from '../../test/harness.js';

const app = await startTestApp();

const ADMIT = `mutation($i: AdmitMemberInput!) { admitMember(input: $i) {
  id status admittedOn officialOn probationEndsOn partyYears organization { id } events { kind on decisionNumber toOrganization { id } recordedBy { id } } version } }`;
const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'Hoàng Thị Hoa',
  gender: 'FEMALE',
  dateOfBirth: '1998-04-02',
  ethnicity: 'Tày',
  ...over,
});

describe('admitMember', () => {
  it('admits a probationary member into a cell with an ADMITTED event and an audit entry', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1a.id, admittedOn: '2025-05-19', decisionNumber: '45-QĐ/ĐU', person: person() } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.admitMember).toMatchObject({
      status: 'PROBATIONARY',
      officialOn: null,
      probationEndsOn: '2026-05-19',
      organization: { id: w.C1a.id },
      events: [
        {
          kind: 'ADMITTED',
          on: '2025-05-19',
          decisionNumber: '45-QĐ/ĐU',
          toOrganization: { id: w.C1a.id },
          recordedBy: { id: w.users.COMMUNE_ADMIN.id },
        },
      ],
    });
    const [entry] = await app.ds.query(`SELECT changes FROM audit_entry WHERE entity_id = $1`, [
      r.data!.admitMember.id,
    ]);
    expect(entry.changes.status).toEqual({ from: null, to: 'PROBATIONARY' });
  });

  it('refuses under 18 and over 60, naming the rule and its source; admits at the edges', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const young = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1a.id, admittedOn: '2024-04-01', person: person({ dateOfBirth: '2006-04-02' }) } },
      t,
    );
    expect(young.errors![0].extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'UNDER_AGE',
      source: expect.stringMatching(/Điều lệ Đảng/),
    });
    expect(
      codeOf(
        await app.gql(
          ADMIT,
          { i: { organizationId: w.C1a.id, admittedOn: '2024-04-02', person: person({ dateOfBirth: '2006-04-02' }) } },
          t,
        ),
      ),
    ).toBe('OK');
    const old = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1a.id, admittedOn: '2024-05-02', person: person({ dateOfBirth: '1964-04-02' }) } },
      t,
    );
    expect(old.errors![0].extensions.rule).toBe('OVER_AGE');
    const approved = await app.gql(
      ADMIT,
      {
        i: {
          organizationId: w.C1a.id,
          admittedOn: '2024-05-02',
          overAgeDecision: '12-QĐ/TU',
          person: person({ dateOfBirth: '1964-04-02' }),
        },
      },
      t,
    );
    expect(codeOf(approved)).toBe('OK');
  });

  it('admits only into a cell (CELL_REQUIRED), and refuses a duplicate card number', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.ADMIN.token };
    const intoCommune = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1.id, admittedOn: '2024-01-01', person: person() } },
      t,
    );
    expect(intoCommune.errors![0].extensions.rule).toBe('CELL_REQUIRED');
    const card = uniq('09');
    await makeMember(app.ds, w.C1a, { cardNumber: card });
    const dup = await app.gql(
      ADMIT,
      { i: { organizationId: w.C1a.id, admittedOn: '2024-01-01', person: person({ cardNumber: card }) } },
      t,
    );
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(dup.errors![0].extensions.fields[0].path).toEqual(['input', 'person', 'cardNumber']);
  });
});

describe('recogniseOfficial', () => {
  const RECOGNISE = `mutation($i: RecogniseOfficialInput!) { recogniseOfficial(input: $i) { status officialOn version events { kind on } } }`;

  it('refuses before the 12 months, then makes the member official from the end of them even when decided late', async () => {
    const w = await makeWorld(app.ds);
    const admitted = addMonths(today(), -14);
    const m = await makeMember(app.ds, w.C1a, { status: 'PROBATIONARY', admittedOn: admitted });
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const early = await app.gql(
      RECOGNISE,
      {
        i: {
          memberId: m.id,
          version: 1,
          on: addMonths(admitted, 12).replace(/-(\d\d)$/, (_, d) => `-${String(Number(d) - 1).padStart(2, '0')}`),
        },
      },
      t,
    );
    expect(early.errors![0].extensions.rule).toBe('PROBATION_NOT_COMPLETE');
    const late = await app.gql(
      RECOGNISE,
      { i: { memberId: m.id, version: 1, on: today(), decisionNumber: '7-QĐ/ĐU' } },
      t,
    );
    expect(late.data!.recogniseOfficial).toMatchObject({
      status: 'OFFICIAL',
      officialOn: addMonths(admitted, 12),
      version: 2,
    });
    expect(late.data!.recogniseOfficial.events.map((e: { kind: string }) => e.kind)).toEqual([
      'ADMITTED',
      'RECOGNISED_OFFICIAL',
    ]);
    const again = await app.gql(RECOGNISE, { i: { memberId: m.id, version: 2, on: today() } }, t);
    expect(again.errors![0].extensions.rule).toBe('NOT_PROBATIONARY');
  });
});

describe('exemption and exit', () => {
  it('records exemption with events, and an exit takes the member off the current list', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const t = { token: w.users.COMMUNE_ADMIN.token };
    const ex = await app.gql(
      `mutation($i: SetExemptionInput!) { setExemption(input: $i) { exempt version } }`,
      { i: { memberId: m.id, version: 1, exempt: true, on: '2025-01-10' } },
      t,
    );
    expect(ex.data!.setExemption).toEqual({ exempt: true, version: 2 });
    const same = await app.gql(
      `mutation($i: SetExemptionInput!) { setExemption(input: $i) { exempt } }`,
      { i: { memberId: m.id, version: 2, exempt: true, on: '2025-01-10' } },
      t,
    );
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    const exit = await app.gql(
      `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { status events { kind } } }`,
      { i: { memberId: m.id, version: 2, kind: 'DECEASED', on: '2025-02-01' } },
      t,
    );
    expect(exit.data!.recordMemberExit.status).toBe('DECEASED');
    expect(exit.data!.recordMemberExit.events.map((e: { kind: string }) => e.kind)).toEqual([
      'ADMITTED',
      'EXEMPTED',
      'DECEASED',
    ]);
    const list = await app.gql(
      `query($w: ID) { members(filter: { withinId: $w }) { totalCount } all: members(filter: { withinId: $w, statuses: [DECEASED] }) { totalCount } }`,
      { w: w.C1a.id },
      t,
    );
    expect(list.data).toEqual({ members: { totalCount: 0 }, all: { totalCount: 1 } });
  });
});

describe('members list', () => {
  const LIST = `query($f: MemberFilter, $o: MemberOrder, $first: Int, $after: String) { members(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount edges { node { id fullName } } pageInfo { hasNextPage endCursor } } }`;

  it('filters by every field, searches without diacritics and sorts', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    const a = await makeMember(app.ds, cell, {
      fullName: 'Đặng Văn Ánh',
      gender: 'MALE',
      ethnicity: 'Dao',
      admittedOn: '2021-02-03',
      dateOfBirth: '1990-01-01',
      theoryLevel: 'ELEMENTARY',
    });
    const b = await makeMember(app.ds, cell, {
      fullName: 'Bàn Thị Liên',
      gender: 'FEMALE',
      ethnicity: 'Dao',
      admittedOn: '2015-02-03',
      dateOfBirth: '1970-01-01',
      theoryLevel: 'INTERMEDIATE',
      status: 'PROBATIONARY',
    });
    const c = await makeMember(app.ds, cell, {
      fullName: 'Ma Văn Cường',
      gender: 'MALE',
      ethnicity: 'Tày',
      admittedOn: '2000-02-03',
      dateOfBirth: '1960-01-01',
    });
    const t = { token: w.users.COMMUNE_INSPECTOR.token };
    const ids = async (f: Record<string, unknown>, o?: Record<string, unknown>) =>
      (await app.gql(LIST, { f: { withinId: cell.id, ...f }, o }, t)).data!.members.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await ids({ search: 'dang van anh' })).toEqual([a.id]);
    expect(await ids({ genders: ['FEMALE'] })).toEqual([b.id]);
    expect(await ids({ ethnicities: ['dao'] }, { field: 'FULL_NAME', direction: 'ASC' })).toEqual([b.id, a.id]);
    expect(
      await ids({ theoryLevels: ['ELEMENTARY', 'INTERMEDIATE'] }, { field: 'ADMITTED_ON', direction: 'DESC' }),
    ).toEqual([a.id, b.id]);
    expect(await ids({ admittedFrom: '2010-01-01', admittedTo: '2020-12-31' })).toEqual([b.id]);
    expect(await ids({ bornTo: '1965-12-31' })).toEqual([c.id]);
    expect(await ids({ statuses: ['PROBATIONARY'] })).toEqual([b.id]);
    expect(await ids({}, { field: 'DATE_OF_BIRTH', direction: 'ASC' })).toEqual([c.id, b.id, a.id]);
  });

  it('pages through every member once, in order, with totalCount', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    for (let i = 0; i < 7; i++)
      await makeMember(app.ds, cell, { fullName: `Nguyễn Văn ${String.fromCharCode(65 + i)}` });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: any = await app.gql(
        LIST,
        { f: { withinId: cell.id }, o: { field: 'FULL_NAME', direction: 'DESC' }, first: 3, after },
        { token: w.users.DISTRICT_ADMIN.token },
      );
      expect(r.data.members.totalCount).toBe(7);
      seen.push(...r.data.members.edges.map((e: { node: { fullName: string } }) => e.node.fullName));
      after = r.data.members.pageInfo.hasNextPage ? r.data.members.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['G', 'F', 'E', 'D', 'C', 'B', 'A'].map((x) => `Nguyễn Văn ${x}`));
  });

  it('counts members by subtree and status (memberCount)', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a);
    await makeMember(app.ds, w.C1b, { status: 'PROBATIONARY' });
    await makeMember(app.ds, w.C1b, { status: 'REMOVED' });
    const r = await app.gql(
      `query($id: ID!) { organization(id: $id) { memberCount prob: memberCount(statuses: [PROBATIONARY]) gone: memberCount(statuses: [REMOVED]) children { memberCount } } }`,
      { id: w.C1.id },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.organization).toEqual({
      memberCount: 2,
      prob: 1,
      gone: 1,
      children: [{ memberCount: 1 }, { memberCount: 1 }],
    });
  });

  it('runs a fixed number of SQL statements for a page, whatever its size (no N+1)', async () => {
    const w = await makeWorld(app.ds);
    const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
    for (let i = 0; i < 30; i++) await makeMember(app.ds, cell);
    const q = `query($f: MemberFilter, $first: Int) { members(filter: $f, first: $first) { totalCount edges { node { id fullName partyYears organization { id name } nextBadge { years dueOn ceremonyOn } } } } }`;
    const count = async (first: number) => {
      app.statements.length = 0;
      const r = await app.gql(q, { f: { withinId: cell.id }, first }, { token: w.users.COMMUNE_ADMIN.token });
      expect(r.data!.members.edges).toHaveLength(first);
      return app.statements.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(s)).length;
    };
    const small = await count(2);
    const large = await count(30);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });
});

describe('merging cells moves their members', () => {
  it('moves the current members of a merged cell to the target cell, with a MOVED event', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1b);
    const r = await app.gql(
      `mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { memberCount } }`,
      { i: { sourceIds: [w.C1b.id], targetId: w.C1a.id, on: '2025-07-01' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(r.data!.mergeOrganizations.memberCount).toBe(1);
    const me = await app.gql(
      `query($id: ID!) { member(id: $id) { organization { id } events { kind fromOrganization { id } } } }`,
      { id: m.id },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(me.data!.member.organization.id).toBe(w.C1a.id);
    expect(me.data!.member.events.at(-1)).toEqual({ kind: 'MOVED', fromOrganization: { id: w.C1b.id } });
  });

  it('refuses to dissolve a cell that still has members (MEMBERS_REMAIN)', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1b);
    const r = await app.gql(
      `mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { id } }`,
      { i: { id: w.C1b.id, version: 1, on: '2025-07-01' } },
      { token: w.users.ADMIN.token },
    );
    expect(r.errors![0].extensions.rule).toBe('MEMBERS_REMAIN');
  });
});
