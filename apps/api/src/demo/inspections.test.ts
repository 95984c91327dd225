import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { today } from '../graphql/scalars.js';
import { startTestApp } from '../test/harness.js';
import { EXPULSION_CELL, REPRIMAND_CELL } from './discipline-cases.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';
import { VAN_KHANH } from './van-khanh.js';
import { VAN_KHANH_2023 } from './van-khanh-inspections.js';

const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
await seedDemo(app.ds);
const on = today();

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers
type Node = any;

async function login(username: string) {
  const r = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
    u: username,
    p: DEMO_PASSWORD,
  });
  return r.data!.login.token as string;
}

async function idOf(code: string, token: string): Promise<string> {
  const r = await app.gql(`query($c: String!) { organizationByCode(code: $c) { id } }`, { c: code }, { token });
  return r.data!.organizationByCode.id;
}

/** Every inspection the caller sees in the filter, page after page. */
async function allInspections(
  token: string,
  filter: Record<string, unknown>,
  fields: string,
  first = 200,
): Promise<Node[]> {
  const out: Node[] = [];
  let after: string | null = null;
  do {
    const r: Node = await app.gql(
      `query($f: InspectionFilter, $a: String, $n: Int) { inspections(filter: $f, first: $n, after: $a) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`,
      { f: filter, a: after, n: first },
      { token },
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data.inspections.edges.map((e: Node) => e.node));
    after = r.data.inspections.pageInfo.hasNextPage ? r.data.inspections.pageInfo.endCursor : null;
  } while (after);
  return out;
}

const DISCIPLINE = `disciplines { form decidedOn inForceUntil decisionNumber
  member { id status organization { code } events { kind on } disciplines { form inForceUntil } } }`;

/** The one discipline of the form decided after an inspection of the cell or its members, as the user reads it. */
async function theDiscipline(user: string, cell: string, form: string): Promise<Node> {
  const token = await login(user);
  const list = await allInspections(
    token,
    { withinId: await idOf(cell, token), statuses: ['CONCLUDED'] },
    `code ${DISCIPLINE}`,
    10,
  );
  const found = list.flatMap((i) => i.disciplines).filter((d: Node) => d.form === form);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('the inspection committees of the demo', () => {
  it("Vân Khánh's 2023 (seed 004): concluded supervisions and inspections naming 6 organisations and 69 members", async () => {
    for (const user of ['vankhanh.kiemtra', 'vankhanh.vanphong']) {
      const token = await login(user);
      const list = await allInspections(
        token,
        { withinId: await idOf(VAN_KHANH.code, token), year: 2023 },
        'code kind status conductedBy { code } subjectOrganizations { id } subjectMembers { id } remedies { status }',
      );
      const orgs = new Set(list.flatMap((i) => i.subjectOrganizations.map((o: Node) => o.id)));
      const members = new Set(list.flatMap((i) => i.subjectMembers.map((mb: Node) => mb.id)));
      expect({ organizations: orgs.size, members: members.size }).toEqual(VAN_KHANH_2023);
      expect(new Set(list.map((i) => i.status))).toEqual(new Set(['CONCLUDED']));
      const kinds = new Set(list.map((i) => i.kind));
      expect(kinds).toContain('REGULAR_SUPERVISION');
      expect(kinds).toContain('SIGNS_OF_VIOLATION');
      // the Party committee and its inspection committee, and the cells
      expect(new Set(list.map((i) => i.conductedBy.code)).size).toBe(1 + VAN_KHANH.cells);
      expect(list.flatMap((i) => i.remedies.map((r: Node) => r.status))).toContain('DONE');
    }
  });

  it("statistics: Vân Khánh's term to the end of 2024 counts the 6 organisations and 69 members its 2023 inspections named", async () => {
    const token = await login('vankhanh.vanphong');
    const terms = await app.gql(`{ terms { id name } }`, {}, { token });
    const term = terms.data!.terms.find((x: Node) => x.name === 'Nhiệm kỳ 2020–2025').id;
    const r = await app.gql(
      `query($w: ID!, $t: ID) { statistics(withinId: $w, termId: $t, asOf: "2024-12-31") { inspectedOrganizations inspectedMembers } }`,
      { w: await idOf(VAN_KHANH.code, token), t: term },
      { token },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.statistics).toEqual({
      inspectedOrganizations: VAN_KHANH_2023.organizations,
      inspectedMembers: VAN_KHANH_2023.members,
    });
  });

  it('Lâm Bình and Lăng Can: every status and every kind from 2021 to this year, codes numbered per committee and year', async () => {
    const token = await login('lambinh.kiemtra');
    const lb = await idOf('LB', token);
    const list = await allInspections(
      token,
      { withinId: lb },
      'code kind status plannedStartOn conductedBy { code } findings { severity } remedies { status dueOn completedOn }',
    );
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(['PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CANCELLED']));
    const district = list.filter((i) => i.conductedBy.code === 'LB');
    expect(new Set(district.map((i) => i.kind)).size).toBe(7);
    for (const by of ['LB', 'LB-LC']) {
      const mine = list.filter((i) => i.conductedBy.code === by);
      const years = new Set(mine.map((i) => Number(i.plannedStartOn.slice(0, 4))));
      for (let y = 2021; y <= Number(on.slice(0, 4)); y++) expect(years).toContain(y);
      for (const i of mine) expect(i.code).toMatch(new RegExp(`^UBKT-${by}-${i.plannedStartOn.slice(0, 4)}-\\d{3}$`));
    }
    expect(list.some((i) => i.findings.length > 0)).toBe(true);
    const remedies = list.flatMap((i) => i.remedies);
    expect(remedies.filter((r: Node) => r.status === 'DONE').length).toBeGreaterThan(1);
    // the one remedy past its day and still open
    expect(remedies.filter((r: Node) => r.status === 'OPEN' && r.dueOn < on)).toHaveLength(1);

    // the counter follows the demo's codes: the next plan of the year takes the next number
    const year = on.slice(0, 4);
    const last = Math.max(
      ...district.filter((i) => i.code.startsWith(`UBKT-LB-${year}-`)).map((i) => Number(i.code.slice(-3))),
    );
    const planned = await app.gql(
      `mutation($i: PlanInspectionInput!) { planInspection(input: $i) { code } }`,
      {
        i: {
          kind: 'REGULAR_SUPERVISION',
          title: 'Giám sát bổ sung',
          conductedById: lb,
          subjectOrganizationIds: [await idOf('LB-KH', token)],
          plannedStartOn: on,
          plannedEndOn: on,
        },
      },
      { token },
    );
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planInspection.code).toBe(`UBKT-LB-${year}-${String(last + 1).padStart(3, '0')}`);
  });

  it("Lăng Can's reprimand is still in force and shows in the member's disciplines and history", async () => {
    const d = await theDiscipline('langcan.kiemtra', REPRIMAND_CELL, 'REPRIMAND');
    expect(d.inForceUntil > on).toBe(true);
    expect(d.member.organization.code).toBe(REPRIMAND_CELL);
    expect(d.member.status).toBe('OFFICIAL');
    expect(d.member.disciplines).toContainEqual({ form: 'REPRIMAND', inForceUntil: d.inForceUntil });
    expect(d.member.events).toContainEqual({ kind: 'DISCIPLINED', on: d.decidedOn });
  });

  it("REMEDY_OVERDUE is among Lâm Bình's alerts (the cell of the reprimand), and only there", async () => {
    const token = await login('lambinh.kiemtra');
    const r = await app.gql(
      `query($w: ID!) { alerts(withinId: $w) { kind dueOn organization { code } } }`,
      { w: await idOf('LB', token) },
      { token },
    );
    expect(r.errors).toBeUndefined();
    const overdue = r.data!.alerts.filter((a: Node) => a.kind === 'REMEDY_OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].organization.code).toBe(REPRIMAND_CELL);
    expect(overdue[0].dueOn < on).toBe(true);
  });

  it('the member Lâm Bình expelled is EXPELLED, with the event, and the counts of seed 000 kept', async () => {
    const d = await theDiscipline('lambinh.kiemtra', EXPULSION_CELL, 'EXPULSION');
    expect(d.inForceUntil).toBeNull();
    expect(d.member.status).toBe('EXPELLED');
    expect(d.member.events.at(-1)).toEqual({ kind: 'EXPELLED', on: d.decidedOn });
    const admin = await login('lambinh.tochuc');
    const cell = await idOf(EXPULSION_CELL, admin);
    const counts = await app.gql(
      `query($c: ID!) { roots { memberCount } organization(id: $c) { expelled: memberCount(statuses: [EXPELLED]) }
         members(filter: { withinId: $c, statuses: [EXPELLED] }) { totalCount } }`,
      { c: cell },
      { token: admin },
    );
    expect(counts.errors).toBeUndefined();
    expect(counts.data!.roots[0].memberCount).toBe(3685);
    expect(counts.data!.organization.expelled).toBe(1);
    expect(counts.data!.members.totalCount).toBe(1);
  });

  it("the member rollups equal a recount of the rows after the demo's expulsion (features/members/rollup.test.ts)", async () => {
    const stored = await app.ds.query(
      `SELECT organization_id::text AS o, status, dim, val, n FROM member_rollup WHERE n <> 0 ORDER BY 1, 2, 3, 4`,
    );
    const recount = await app.ds.query(
      `SELECT organization_id::text AS o, status, k.dim, k.val, count(*)::int AS n
         FROM member x CROSS JOIN LATERAL (VALUES ('all', ''), ('gender', x.gender), ('ethnicity', lower(btrim(x.ethnicity))),
              ('birth_year', extract(year FROM x.date_of_birth)::int::text), ('theory_level', x.theory_level)) AS k(dim, val)
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    );
    expect(stored.filter((r: Node) => r.status === 'EXPELLED').length).toBeGreaterThan(0);
    expect(stored).toEqual(recount);
  });

  it("Lào Cai's committees: inspections every year from 2021, the province's, its committees' and their grassroots committees', no remedy overdue", async () => {
    const token = await login('laocai.tochuc');
    const lc = await idOf('LC', token);
    const list = await allInspections(
      token,
      { withinId: lc },
      'status plannedStartOn conductedBy { kind } remedies { status dueOn }',
    );
    // a district admin reads the concluded ones only
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(['CONCLUDED']));
    for (let y = 2021; y < Number(on.slice(0, 4)); y++)
      expect(list.filter((i) => i.plannedStartOn.startsWith(String(y))).length).toBeGreaterThan(300);
    expect(new Set(list.map((i) => i.conductedBy.kind))).toEqual(
      new Set(['PROVINCIAL_COMMITTEE', 'DISTRICT_COMMITTEE', 'GRASSROOTS_COMMITTEE']),
    );
    const remedies = list.flatMap((i) => i.remedies);
    expect(remedies.filter((r: Node) => r.status === 'DONE').length).toBeGreaterThan(100);
    expect(remedies.filter((r: Node) => r.status === 'OPEN' && r.dueOn < on)).toEqual([]);
    // the province's inspection committee reads them all, whatever their status, and plans its own
    const inspector = await login('laocai.kiemtra');
    const all = await allInspections(
      inspector,
      { withinId: lc },
      'status plannedStartOn conductedBy { kind } remedies { status dueOn }',
    );
    expect(all.length).toBeGreaterThanOrEqual(list.length);
    expect(all.filter((i) => i.conductedBy.kind === 'PROVINCIAL_COMMITTEE').length).toBeGreaterThan(0);
  });
});
