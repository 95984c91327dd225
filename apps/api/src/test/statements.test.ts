import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCadre, makePlacement } from './cadres.js';
import { codeOf, makeMember, makeOrg, makeWorld, startTestApp, type World } from './harness.js';
import { makeInspection, makeRemedy } from './inspections.js';

const app = await startTestApp();

/** Statements a request runs, without the transaction's own. */
async function statementsOf(query: string, variables: Record<string, unknown>, token: string) {
  app.statements.length = 0;
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return { data: r.data!, sql: app.statements.filter((s) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(s)) };
}

/** A district cell with `n` members, candidates with sponsors, transfers and audit entries. */
async function populated(n: number) {
  const w = await makeWorld(app.ds);
  const cell = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await makeMember(app.ds, cell, { fullName: `Lê Văn ${i}` })).id);
  for (let i = 0; i < n; i++) {
    const [{ id }] = await app.ds.query(
      `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage)
       VALUES ($1, $2, 'MALE', '1995-01-01', 'Kinh', $3, 'APPLIED') RETURNING id`,
      [`Ứng viên ${i}`, `ung vien ${i}`, cell.id],
    );
    await app.ds.query(
      `INSERT INTO candidate_sponsor (candidate_id, member_id, known_since) VALUES ($1, $2, '2020-01-01'), ($1, $3, '2020-01-01')`,
      [id, ids[i], ids[(i + 1) % n]],
    );
    await app.ds.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status)
       VALUES ($1, $2, $3, '2025-01-01', 'PENDING')`,
      [ids[i], w.C3a.id, cell.id],
    );
    await app.ds.query(
      `INSERT INTO audit_entry (user_id, action, entity_type, entity_id, scope_path) VALUES ($1, 'updateMember', 'Member', $2, $3)`,
      [w.users.DISTRICT_ADMIN.id, ids[i], cell.path],
    );
  }
  // a cadre for every member, placed in the cell and at a commune, with its home commune outside the district
  for (const id of ids) {
    const cadre = await makeCadre(app.ds, { memberId: id }, w.C3);
    await makePlacement(app.ds, cadre, cell, 'COMMITTEE_MEMBER', '2021-01-01');
    await makePlacement(app.ds, cadre, w.C2, 'INSPECTION_MEMBER', '2022-01-01');
  }
  // a history for every organisation of the district, naming organisations inside and outside it
  await app.ds.query(
    `INSERT INTO organization_event (organization_id, kind, "on", from_parent_id, to_parent_id, other_id)
     SELECT id, 'MOVED', '2025-07-01', $2, $3, $2 FROM organization WHERE path LIKE $1 || '%'`,
    [w.D1.path, w.D2.id, w.C1.id],
  );
  return { w, cell };
}

const LISTS: {
  name: string;
  query: string;
  vars: (w: World, cellId: string, first: number) => Record<string, unknown>;
}[] = [
  {
    name: 'members',
    query: `query($f: MemberFilter, $first: Int) { members(filter: $f, first: $first) { totalCount edges { node {
      id partyYears nextBadge { years } organization { id name memberCount } events { kind toOrganization { id } recordedBy { id } } } } } }`,
    vars: (_w, cellId, first) => ({ f: { withinId: cellId }, first }),
  },
  {
    name: 'organizations',
    query: `query($f: OrganizationFilter, $first: Int) { organizations(filter: $f, first: $first) { totalCount edges { node {
      id memberCount parent { id } children { id } ancestors { id } mergedInto { id }
      events { kind fromParent { id code } toParent { id } other { id } } } } } }`,
    vars: (w, _c, first) => ({ f: { withinId: w.D1.id }, first }),
  },
  {
    name: 'candidates',
    query: `query($f: CandidateFilter, $first: Int) { candidates(filter: $f, first: $first) { totalCount edges { node {
      id organization { id } sponsors { id organization { id } } sponsorships { kind knownSince member { id } } admittedAs { id } } } } }`,
    vars: (_w, cellId, first) => ({ f: { withinId: cellId }, first }),
  },
  {
    name: 'auditLog',
    query: `query($first: Int) { auditLog(first: $first) { totalCount edges { node { id user { id scope { id } } } } } }`,
    vars: (_w, _c, first) => ({ first }),
  },
  {
    name: 'cadres',
    query: `query($f: CadreFilter, $first: Int) { cadres(filter: $f, first: $first) { totalCount edges { node {
      id fullName member { id fullName } homeCommune { id name memberCount }
      placements { id concurrent local organization { id name } cadre { id } } } } } }`,
    vars: (w, _c, first) => ({ f: { withinId: w.D1.id, search: 'le van' }, first }),
  },
  {
    name: 'cadres by post on a day',
    query: `query($f: CadreFilter, $first: Int) { cadres(filter: $f, first: $first) { totalCount edges { node {
      id placements(activeOnly: true) { id organization { id } } } } } }`,
    vars: (w, _c, first) => ({
      f: { withinId: w.D1.id, positions: ['COMMITTEE_MEMBER'], activeOn: '2024-01-01' },
      first,
    }),
  },
  {
    name: 'users',
    query: `query($first: Int) { users(first: $first) { id scope { id memberCount } } }`,
    vars: (_w, _c, first) => ({ first }),
  },
];

describe('a fixed number of statements per request', () => {
  it.each(LISTS)('$name: a page of 2 and a page of many run the same statements', async ({ query, vars }) => {
    const { w, cell } = await populated(12);
    const token = w.users.DISTRICT_ADMIN.token;
    const small = await statementsOf(query, vars(w, cell.id, 2), token);
    const large = await statementsOf(query, vars(w, cell.id, 50), token);
    expect(large.sql.length).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(12);
  });

  it('transfers with their member and both ends run the same statements for 2 and 12 transfers', async () => {
    const a = await populated(2);
    const b = await populated(12);
    const q = `{ transfers { id member { id } fromOrganization { id name } toOrganization { id memberCount } } }`;
    const small = await statementsOf(q, {}, a.w.users.DISTRICT_ADMIN.token);
    const large = await statementsOf(q, {}, b.w.users.DISTRICT_ADMIN.token);
    expect(small.data.transfers).toHaveLength(2);
    expect(large.data.transfers).toHaveLength(12);
    expect(large.sql.length).toBe(small.sql.length);
  });

  it('cadreIndicators and Organization.placements run the same statements for 2 and 12 cadres', async () => {
    const a = await populated(2);
    const b = await populated(12);
    const q = `query($w: ID!, $c: ID!) { cadreIndicators(withinId: $w) { secretariesPlaced vacantSecretarySeats villageCells }
      organization(id: $c) { placements { id concurrent local cadre { id fullName } organization { id } } } }`;
    const small = await statementsOf(q, { w: a.w.D1.id, c: a.cell.id }, a.w.users.DISTRICT_ADMIN.token);
    const large = await statementsOf(q, { w: b.w.D1.id, c: b.cell.id }, b.w.users.DISTRICT_ADMIN.token);
    expect(small.data.organization.placements).toHaveLength(2);
    expect(large.data.organization.placements).toHaveLength(12);
    expect(large.sql.length).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(6);
  });

  it('statistics: a district (subtree counts), a cell and a past day (member rows) run the same statements for 2 and 12 members', async () => {
    const a = await populated(2);
    const b = await populated(12);
    const q = `query($w: ID!, $c: ID!, $past: LocalDate) {
      d: statistics(withinId: $w) { organization { id name } members membersByAgeBand { key count } admittedInTerm inspectedMembers }
      c: statistics(withinId: $c) { members membersByTheoryLevel { key count } disciplinedMembers }
      p: statistics(withinId: $w, asOf: $past) { members femaleShare grassrootsOrganizations } }`;
    const vars = (p: Awaited<ReturnType<typeof populated>>) => ({ w: p.w.D1.id, c: p.cell.id, past: '2024-01-01' });
    const small = await statementsOf(q, vars(a), a.w.users.DISTRICT_ADMIN.token);
    const large = await statementsOf(q, vars(b), b.w.users.DISTRICT_ADMIN.token);
    expect([small.data.d.members, large.data.d.members, large.data.c.members, large.data.p.members]).toEqual([
      2, 12, 12, 12,
    ]);
    expect(large.sql.length).toBe(small.sql.length);
    // each organisation once, then three statements for each statistics (term, figures, members)
    expect(large.sql.length).toBeLessThanOrEqual(11);
  });

  it('inspections: a page of 2 and of many, and one inspection with 2 or 12 of each part, run the same statements', async () => {
    const w = await makeWorld(app.ds);
    const ids: string[] = [];
    for (let k = 0; k < 12; k++) {
      const m = await makeMember(app.ds, w.C1a);
      const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', organizations: [w.C1a], memberIds: [m.id] });
      ids.push(i.id);
      await inspectionParts(i.id, k === 0 ? 12 : 2, m.id, w);
    }
    const token = w.users.DISTRICT_INSPECTOR.token;
    const list = `query($first: Int) { inspections(filter: { withinId: "${w.C1.id}" }, first: $first) { totalCount edges { node {
      ${DEEP} } } } }`;
    const small = await statementsOf(list, { first: 2 }, token);
    const large = await statementsOf(list, { first: 50 }, token);
    expect(large.data.inspections.edges).toHaveLength(12);
    expect(large.sql.length).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(14);
    const one = `query($id: ID!) { inspection(id: $id) { ${DEEP} } }`;
    const few = await statementsOf(one, { id: ids[1] }, token);
    const many = await statementsOf(one, { id: ids[0] }, token);
    expect(many.data.inspection.findings).toHaveLength(12);
    expect(many.sql.length).toBe(few.sql.length);
  });

  it("alerts with each one's member and organisation run the same statements for 2 and 12; ids alone read neither", async () => {
    const a = await populated(2);
    const b = await populated(12);
    const named = `query($w: ID!) { alerts(withinId: $w, asOf: "2025-06-30") {
      kind member { id fullName organization { id } } organization { id name memberCount } } }`;
    const small = await statementsOf(named, { w: a.w.D1.id }, a.w.users.DISTRICT_ADMIN.token);
    const large = await statementsOf(named, { w: b.w.D1.id }, b.w.users.DISTRICT_ADMIN.token);
    const waiting = (alerts: { kind: string; member: { fullName: string } | null }[]) =>
      alerts.filter((x) => x.kind === 'TRANSFER_WAITING' && x.member?.fullName.startsWith('Lê Văn'));
    expect(waiting(small.data.alerts)).toHaveLength(2);
    expect(waiting(large.data.alerts)).toHaveLength(12);
    expect(large.sql.length).toBe(small.sql.length);
    const ids = `query($w: ID!) { alerts(withinId: $w, asOf: "2025-06-30") { kind member { id } organization { id } } }`;
    const bare = `query($w: ID!) { alerts(withinId: $w, asOf: "2025-06-30") { kind } }`;
    const byId = await statementsOf(ids, { w: b.w.D1.id }, b.w.users.DISTRICT_ADMIN.token);
    const none = await statementsOf(bare, { w: b.w.D1.id }, b.w.users.DISTRICT_ADMIN.token);
    // the transfers' members are read to learn whether they are in the scope; nothing else is
    expect(byId.sql.length).toBeLessThan(large.sql.length);
    expect(byId.sql.length).toBeLessThanOrEqual(none.sql.length + 2);
  });

  it('meetings and meetingCompliance run the same statements for 2 and 12 meetings, absences and cells', async () => {
    const run = async (n: number) => {
      const w = await makeWorld(app.ds);
      const cadre = await makeCadre(app.ds, { owner: w.C1 });
      const cells = [];
      for (let k = 0; k < n; k++) cells.push(await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL'));
      const members = [];
      for (let k = 0; k < n; k++) members.push((await makeMember(app.ds, cells[0])).id);
      for (let k = 0; k < n; k++) {
        const [{ id }] = await app.ds.query(
          `INSERT INTO meeting (organization_id, kind, held_on, attendees, absentees, supervising_cadre_id, org_path)
           VALUES ($1, 'REGULAR', $2, 5, $3, $4, '') RETURNING id`,
          [cells[0].id, `2025-0${1 + (k % 3)}-${String(1 + k).padStart(2, '0')}`, n, cadre],
        );
        await app.ds.query(
          `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path)
           SELECT $1, m, false, '', '1900-01-01', '' FROM unnest($2::uuid[]) m`,
          [id, members],
        );
        await app.ds.query(
          `INSERT INTO meeting (organization_id, kind, held_on, attendees, absentees, org_path) VALUES ($1, 'THEMATIC', '2025-02-02', 5, 0, '')`,
          [cells[k].id],
        );
      }
      const q = `query($o: ID!, $w: ID!) {
        meetings(organizationId: $o, from: "2025-01-01", to: "2025-03-31") {
          id organization { id name } supervisingCadre { id fullName } absences { excused member { id fullName organization { id } } } }
        meetingCompliance(withinId: $w, year: 2025, quarter: 1) { organization { id name memberCount } regularMeetings compliant } }`;
      return statementsOf(q, { o: cells[0].id, w: w.C1.id }, w.users.COMMUNE_ADMIN.token);
    };
    const small = await run(2);
    const large = await run(12);
    expect(small.data.meetings).toHaveLength(3); // and cells[0]'s thematic one
    expect(large.data.meetings).toHaveLength(13);
    expect(large.data.meetings[0].absences).toHaveLength(12);
    expect(large.data.meetingCompliance).toHaveLength(14);
    expect(large.sql.length).toBe(small.sql.length);
    expect(large.sql.length).toBeLessThanOrEqual(10);
  });

  it('ratingSummary and the members list with their ratings run the same statements for 2 and 12 rated members', async () => {
    const a = await populated(2);
    const b = await populated(12);
    for (const p of [a, b]) {
      await app.ds.query(
        `INSERT INTO rating (year, grade, member_id, org_path)
         SELECT y, 'GOOD', m.id, '' FROM member m, generate_series(2023, 2024) y WHERE m.organization_id = $1`,
        [p.cell.id],
      );
      await app.ds.query(
        `INSERT INTO rating (year, grade, organization_id, org_path) VALUES (2024, 'EXCELLENT', $1, '')`,
        [p.cell.id],
      );
    }
    const q = `query($w: ID!) { ratingSummary(withinId: $w, year: 2024) {
        organizations { excellent excellentQuotaExceeded } members { good unrated goodOrBetterShare excellentQuotaExceeded } }
      members(filter: { withinId: $w }, first: 50) { edges { node { id ratings { year grade member { id } } } } } }`;
    const small = await statementsOf(q, { w: a.w.C1.id }, a.w.users.COMMUNE_ADMIN.token);
    const large = await statementsOf(q, { w: b.w.C1.id }, b.w.users.COMMUNE_ADMIN.token);
    expect(large.data.ratingSummary.members.good).toBe(12);
    expect(large.data.ratingSummary.organizations).toEqual({ excellent: 1, excellentQuotaExceeded: true });
    expect(large.data.members.edges[0].node.ratings).toHaveLength(2);
    expect(large.sql.length).toBe(small.sql.length);
    const summary = `query($w: ID!) { ratingSummary(withinId: $w, year: 2024) { members { good } } }`;
    // the session, the subtree, the tallies, the unrated
    const alone = await statementsOf(summary, { w: b.w.C1.id }, b.w.users.COMMUNE_ADMIN.token);
    expect(alone.sql.length).toBeLessThanOrEqual(4);
  });

  it('counts only when totalCount is asked, and from the rollups when the filter allows', async () => {
    const { w, cell } = await populated(3);
    const token = w.users.DISTRICT_ADMIN.token;
    const without = await statementsOf(`{ members(first: 2) { edges { node { id } } } }`, {}, token);
    expect(without.sql.some((s) => /count\(|member_rollup/i.test(s))).toBe(false);
    const rolled = await statementsOf(`{ members(first: 2) { totalCount } }`, {}, token);
    expect(rolled.data.members.totalCount).toBe(3);
    expect(rolled.sql.some((s) => /member_rollup/.test(s))).toBe(true);
    const counted = await statementsOf(
      `query($f: MemberFilter) { members(filter: $f, first: 2) { totalCount } }`,
      { f: { withinId: cell.id, search: 'le van' } },
      token,
    );
    expect(counted.data.members.totalCount).toBe(3);
    expect(counted.sql.some((s) => /count\(\*\)/.test(s) && !/DISTINCT/i.test(s))).toBe(true);
  });
});

describe('ids compare as uuid', () => {
  it('answers NOT_FOUND for ids that are not uuids, and BAD_USER_INPUT for a forged cursor', async () => {
    const w = await makeWorld(app.ds);
    const t = { token: w.users.ADMIN.token };
    for (const q of [
      `{ member(id: "abc") { id } }`,
      `{ organization(id: "1 OR 1=1") { id } }`,
      `{ candidate(id: "x") { id } }`,
      `{ members(filter: { withinId: "abc" }) { totalCount } }`,
      `{ targets(organizationId: "abc") { id } }`,
      `{ cadre(id: "abc") { id } }`,
      `{ cadres(filter: { withinId: "abc" }) { totalCount } }`,
      `{ cadreIndicators(withinId: "abc") { secretariesPlaced } }`,
      `{ inspection(id: "abc") { id } }`,
      `{ inspections(filter: { withinId: "abc" }) { totalCount } }`,
      `{ statistics(withinId: "abc") { members } }`,
    ]) {
      const r = await app.gql(q, {}, t);
      expect(
        r.data?.member ?? r.data?.organization ?? r.data?.candidate ?? r.data?.cadre ?? r.data?.inspection ?? null,
      ).toBeNull();
      if (r.errors) expect(codeOf(r)).toBe('NOT_FOUND');
    }
    // a required subtree named by an empty id names nothing: NOT_FOUND, for ADMIN (the whole tree) as for others
    for (const token of [w.users.ADMIN.token, w.users.COMMUNE_ADMIN.token])
      for (const q of [
        `{ alerts(withinId: "") { kind } }`,
        `{ alertSummary(withinId: "") { total } }`,
        `{ cadreIndicators(withinId: "") { secretariesPlaced } }`,
        `{ ratingSummary(withinId: "", year: 2024) { year } }`,
        `{ meetingCompliance(withinId: "", year: 2025, quarter: 1) { compliant } }`,
        `{ statistics(withinId: "") { members } }`,
      ])
        expect(codeOf(await app.gql(q, {}, { token }))).toBe('NOT_FOUND');
    const upd = await app.gql(
      `mutation { updateMember(input: { id: "abc", version: 1, fullName: "X" }) { id } }`,
      {},
      t,
    );
    expect(codeOf(upd)).toBe('NOT_FOUND');
    const forged = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
    for (const orderBy of [null, { field: 'ADMITTED_ON', direction: 'ASC' }]) {
      const r = await app.gql(
        `query($a: String, $o: MemberOrder) { members(after: $a, orderBy: $o) { totalCount } }`,
        { a: forged, o: orderBy },
        t,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
  });

  it('no SQL in the API casts an id column to text', () => {
    const root = resolve(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
      }
    };
    walk(root);
    const casts = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${f}:${i + 1}`, line }))
        .filter(({ line }) => /\b(?:id|\w+_id)\s*::\s*text\b/i.test(line)),
    );
    expect(casts).toEqual([]);
  });
});

const DEEP = `id code conductedBy { id name } subjectOrganizations { id name } subjectMembers { id fullName }
  findings { id member { id } organization { id } } remedies { id responsible { id name } }
  disciplines { id member { id } decidedBy { id } inspection { id } } createdBy { id }`;

/** `n` findings, remedies and disciplines (a reprimand of the member) on an inspection. */
async function inspectionParts(inspectionId: string, n: number, memberId: string, w: World) {
  for (let k = 0; k < n; k++) {
    await app.ds.query(
      `INSERT INTO finding (inspection_id, text, severity, member_id) VALUES ($1, 'Phát hiện', 'MINOR', $2)`,
      [inspectionId, memberId],
    );
    await makeRemedy(app.ds, inspectionId, w.C1a, '2030-01-01');
    await app.ds.query(
      `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, inspection_id, in_force_until, org_path)
       VALUES ('REPRIMAND', $1, 'Vi phạm', '2024-05-01', $2, $3, '2025-05-01', '')`,
      [memberId, w.D1.id, inspectionId],
    );
  }
}
