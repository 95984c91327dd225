import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { startTestApp } from '../test/harness.js';
import { LAO_CAI } from './lao-cai.js';
import { surnamesOf } from './names.js';
import { DEMO_PASSWORD, NA_COOC } from './organizations.js';
import { seedDemo } from './seed.js';
import { SOP_COP } from './sop-cop.js';
import { TUAN_GIAO } from './tuan-giao.js';
import { VAN_KHANH } from './van-khanh.js';

const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
const loaded = await seedDemo(app.ds);

async function login(username: string) {
  const r = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
    u: username,
    p: DEMO_PASSWORD,
  });
  return r.data!.login.token as string;
}

describe('the demo province reproduces the seed articles', () => {
  it('loads once, and not again on a database that has data', async () => {
    expect(loaded).toBe(true);
    expect(await seedDemo(app.ds)).toBe(false);
  });

  it('leaves the planner statistics of what it loaded fresh (a fresh database had none)', async () => {
    const rows: { relname: string; analyzed: boolean }[] = await app.ds.query(
      `SELECT relname, last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL AS analyzed FROM pg_stat_user_tables
        WHERE relname = ANY($1::text[]) ORDER BY relname`,
      [['member', 'member_rollup', 'organization', 'meeting', 'rating']],
    );
    expect(rows).toEqual(
      ['meeting', 'member', 'member_rollup', 'organization', 'rating'].map((relname) => ({ relname, analyzed: true })),
    );
  });

  it('Lâm Bình: 27 grassroots organisations and 3,685 members; 318 admitted in the term against 159 (200%)', async () => {
    const token = await login('lambinh.tochuc');
    const r = await app.gql(`{ roots { code memberCount grassroots: children { kind } } }`, {}, { token });
    expect(r.data!.roots[0].code).toBe('LB');
    expect(r.data!.roots[0].memberCount).toBe(3685);
    expect(r.data!.roots[0].grassroots.filter((c: { kind: string }) => c.kind.startsWith('GRASSROOTS'))).toHaveLength(
      27,
    );
    const t = await app.gql(`{ roots { id } }`, {}, { token });
    const targets = await app.gql(
      `query($o: ID!) { targets(organizationId: $o) { metric targetValue achievedValue ratio term { name } } }`,
      { o: t.data!.roots[0].id },
      { token },
    );
    expect(targets.data!.targets).toContainEqual({
      metric: 'NEW_MEMBERS',
      targetValue: 159,
      achievedValue: 318,
      ratio: 2,
      term: { name: 'Nhiệm kỳ 2020–2025' },
    });
  });

  it('Lăng Can township: 447 members in 16 cells; 37 of 50 admitted (74%); about 40% minorities and 35–40% women; probationary members, one overdue', async () => {
    const token = await login('langcan.vanphong');
    const r = await app.gql(
      `{ roots { id code memberCount children { id } probationary: memberCount(statuses: [PROBATIONARY]) } }`,
      {},
      { token },
    );
    const lc = r.data!.roots[0];
    expect(lc).toMatchObject({ code: 'LB-LC', memberCount: 447 });
    expect(lc.children).toHaveLength(16);
    expect(lc.probationary).toBeGreaterThan(0);
    const targets = await app.gql(
      `query($o: ID!) { targets(organizationId: $o) { metric targetValue achievedValue ratio term { name } } }`,
      { o: lc.id },
      { token },
    );
    expect(targets.data!.targets).toContainEqual({
      metric: 'NEW_MEMBERS',
      targetValue: 50,
      achievedValue: 37,
      ratio: 0.74,
      term: { name: 'Nhiệm kỳ 2020–2025' },
    });
    const shares = await app.gql(
      `{ all: members { totalCount } women: members(filter: { genders: [FEMALE] }) { totalCount } kinh: members(filter: { ethnicities: ["Kinh"] }) { totalCount }
         overdue: members(filter: { statuses: [PROBATIONARY], admittedTo: "2025-09-30" }) { totalCount edges { node { probationEndsOn } } } }`,
      {},
      { token },
    );
    const d = shares.data!;
    expect(d.all.totalCount).toBe(447);
    expect(d.women.totalCount / 447).toBeGreaterThan(0.3);
    expect(d.women.totalCount / 447).toBeLessThan(0.45);
    expect(1 - d.kinh.totalCount / 447).toBeGreaterThan(0.33);
    expect(1 - d.kinh.totalCount / 447).toBeLessThan(0.47);
    expect(d.overdue.totalCount).toBe(1);
  });

  it('Nà Coóc is a village of xã Bình An, as seed 000 places it, not of Lăng Can', async () => {
    const token = await login('lambinh.tochuc');
    const r = await app.gql(
      `{ organizations(filter: { search: "na cooc" }) { edges { node { code name kind sector parent { code name } } } } }`,
      {},
      { token },
    );
    expect(r.data!.organizations.edges).toEqual([
      {
        node: {
          code: NA_COOC,
          name: 'Chi bộ Thôn Nà Coóc',
          kind: 'SUBORDINATE_CELL',
          sector: 'VILLAGE',
          parent: { code: 'LB-BA', name: 'Đảng bộ xã Bình An' },
        },
      },
    ]);
  });

  it('Thượng Lâm: 28 admitted against 25 (112%); candidates at every stage; transfers waiting', async () => {
    const token = await login('lambinh.tochuc');
    const tl = await app.gql(`{ organizationByCode(code: "LB-TL") { id } }`, {}, { token });
    const targets = await app.gql(
      `query($o: ID!) { targets(organizationId: $o) { achievedValue ratio } }`,
      { o: tl.data!.organizationByCode.id },
      { token },
    );
    expect(targets.data!.targets[0]).toEqual({ achievedValue: 28, ratio: 1.12 });
    const stages = await app.gql(
      `{ candidates(first: 200) { edges { node { stage } } } transfers(statuses: [PENDING]) { id } }`,
      {},
      { token },
    );
    const seen = new Set(stages.data!.candidates.edges.map((e: { node: { stage: string } }) => e.node.stage));
    expect([...seen].sort()).toEqual(['APPLIED', 'REJECTED', 'SOURCED', 'TRAINED', 'VERIFIED']);
    expect(stages.data!.transfers.length).toBeGreaterThanOrEqual(2);
  });

  it('Lào Cai (seed 001): 14 committees under the province, 615 grassroots organisations, over 51,000 members, nearly 40% women, over 40% minorities', async () => {
    const token = await login('laocai.tochuc');
    const r = await app.gql(
      `{ roots { code memberCount children { kind } }
         grassroots: organizations(filter: { kinds: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL] }) { totalCount }
         all: members { totalCount }
         women: members(filter: { genders: [FEMALE] }) { totalCount }
         kinh: members(filter: { ethnicities: ["Kinh"] }) { totalCount }
         probationary: members(filter: { statuses: [PROBATIONARY] }) { totalCount } }`,
      {},
      { token },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.roots).toHaveLength(1); // the province, not Tuyên Quang
    expect(d.roots[0].code).toBe(LAO_CAI.code);
    expect(d.roots[0].children).toHaveLength(14);
    expect(d.grassroots.totalCount).toBe(615);
    expect(d.roots[0].memberCount).toBeGreaterThan(51_000);
    expect(d.roots[0].memberCount).toBeLessThan(52_000);
    expect(d.all.totalCount).toBe(d.roots[0].memberCount);
    const n = d.all.totalCount;
    expect(d.women.totalCount / n).toBeGreaterThan(0.38);
    expect(d.women.totalCount / n).toBeLessThan(0.4);
    expect(1 - d.kinh.totalCount / n).toBeGreaterThan(0.4);
    // mostly official: those admitted in the last 12 months are probationary (about 2,000 a year)
    expect(d.probationary.totalCount / n).toBeGreaterThan(0.02);
    expect(d.probationary.totalCount / n).toBeLessThan(0.08);
  });

  it('statistics (the statistics query) reproduce seed 000 and 001: Lâm Bình, Lăng Can, Thượng Lâm and Lào Cai', async () => {
    const STATS = `query($w: ID!, $t: ID, $on: LocalDate) { statistics(withinId: $w, termId: $t, asOf: $on) {
      grassrootsOrganizations subordinateCells members probationaryMembers femaleShare ethnicMinorityShare admittedInTerm
      membersByAgeBand { count } membersByTheoryLevel { count } } }`;
    const token = await login('lambinh.tochuc');
    const terms = await app.gql(`{ terms { id name } }`, {}, { token });
    const term = terms.data!.terms.find((x: { name: string }) => x.name === 'Nhiệm kỳ 2020–2025').id;
    const stats = async (tok: string, code: string, on?: string) => {
      const o = await app.gql(
        `query($c: String!) { organizationByCode(code: $c) { id } }`,
        { c: code },
        { token: tok },
      );
      const r = await app.gql(STATS, { w: o.data!.organizationByCode.id, t: term, on }, { token: tok });
      expect(r.errors).toBeUndefined();
      const s = r.data!.statistics;
      const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
      expect([sum(s.membersByAgeBand), sum(s.membersByTheoryLevel)]).toEqual([s.members, s.members]);
      return s;
    };
    expect(await stats(token, 'LB')).toMatchObject({ grassrootsOrganizations: 27, members: 3685, admittedInTerm: 318 });
    expect(await stats(token, 'LB-TL')).toMatchObject({ grassrootsOrganizations: 1, admittedInTerm: 28 });
    const lc = await stats(await login('langcan.vanphong'), 'LB-LC');
    expect(lc).toMatchObject({ grassrootsOrganizations: 1, subordinateCells: 16, members: 447, admittedInTerm: 37 });
    expect(lc.probationaryMembers).toBeGreaterThan(0);
    expect(lc.femaleShare).toBeGreaterThan(0.3);
    expect(lc.femaleShare).toBeLessThan(0.45);
    expect(lc.ethnicMinorityShare).toBeGreaterThan(0.33);
    expect(lc.ethnicMinorityShare).toBeLessThan(0.47);
    // Lào Cai: the shares equal the members list's counts
    const laoCai = await login('laocai.tochuc');
    const p = await stats(laoCai, LAO_CAI.code);
    const r = await app.gql(
      `{ all: members { totalCount } women: members(filter: { genders: [FEMALE] }) { totalCount }
         kinh: members(filter: { ethnicities: ["Kinh"] }) { totalCount } probationary: members(filter: { statuses: [PROBATIONARY] }) { totalCount } }`,
      {},
      { token: laoCai },
    );
    const d = r.data!;
    expect(p).toMatchObject({
      grassrootsOrganizations: 615,
      members: d.all.totalCount,
      probationaryMembers: d.probationary.totalCount,
      femaleShare: d.women.totalCount / d.all.totalCount,
      ethnicMinorityShare: 1 - d.kinh.totalCount / d.all.totalCount,
    });
    expect(p.femaleShare).toBeGreaterThan(0.38);
    expect(p.femaleShare).toBeLessThan(0.4);
    expect(p.ethnicMinorityShare).toBeGreaterThan(0.4);
    // a past day, from the rows: fewer members than today (admissions since), the shares still the article's
    const before = await stats(laoCai, LAO_CAI.code, '2025-12-31');
    expect(before.members).toBeLessThan(p.members);
    expect(before.members).toBeGreaterThan(0.9 * p.members); // about 2,000 admitted a year
    expect(before.ethnicMinorityShare).toBeGreaterThan(0.4);
  });

  it('Lào Cai: names follow the ethnic group; members carry a card once official and their admission in their history', async () => {
    const token = await login('laocai.tochuc');
    const groups = ['Mông', 'Dao', 'Tày', 'Hà Nhì', 'Kinh'] as const;
    const r = await app.gql(
      `{ ${groups.map((g, i) => `g${i}: members(first: 100, orderBy: { field: ADMITTED_ON }, filter: { ethnicities: ["${g}"] }) { edges { node { fullName } } }`).join(' ')}
         some: members(first: 50) { edges { node { status cardNumber admittedOn events { kind on } } } } }`,
      {},
      { token },
    );
    expect(r.errors).toBeUndefined();
    const surnames = (i: number) =>
      new Set<string>(r.data![`g${i}`].edges.map((e: { node: { fullName: string } }) => e.node.fullName.split(' ')[0]));
    groups.forEach((group, i) => {
      expect(surnames(i).size).toBeGreaterThan(1);
      if (group !== 'Kinh') for (const s of surnames(i)) expect(surnamesOf(group)).toContain(s);
    });
    for (const s of surnames(4)) expect(['Giàng', 'Sùng', 'Thào', 'Tẩn', 'Chảo', 'Bàn', 'Nông', 'Ma']).not.toContain(s);
    for (const { node } of r.data!.some.edges) {
      expect(node.cardNumber === null).toBe(node.status === 'PROBATIONARY');
      expect(node.events).toContainEqual({ kind: 'ADMITTED', on: node.admittedOn });
    }
  });
});

describe('the ratings the articles report (ratingSummary)', () => {
  const SUMMARY = `query($w: ID!, $y: Int!) { ratingSummary(withinId: $w, year: $y) {
    organizations { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded }
    members { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded } } }`;
  const ask = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await app.gql(query, variables, { token });
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const summary = async (user: string, code: string, y: number) => {
    const token = await login(user);
    const { organizationByCode } = await ask(token, `{ organizationByCode(code: "${code}") { id } }`);
    return {
      token,
      id: organizationByCode.id as string,
      ...(await ask(token, SUMMARY, { w: organizationByCode.id, y })).ratingSummary,
    };
  };
  type Counts = { excellent: number; good: number; completed: number; notCompleted: number };
  const pct = (c: Counts) => {
    const rated = c.excellent + c.good + c.completed + c.notCompleted;
    return [c.excellent, c.good, c.completed, c.notCompleted].map((n) => Math.round((n / rated) * 1000) / 10);
  };

  it('Sốp Cộp 2023: 6 / 32 / 3 of 41 organisations; members 15.2% / 75.3% / 8.5% / 1%, over the EXCELLENT quota', async () => {
    const s = await summary('sopcop.tochuc', SOP_COP.code, 2023);
    expect(s.organizations).toMatchObject({ excellent: 6, good: 32, completed: 3, notCompleted: 0 });
    expect(Math.round(s.organizations.goodOrBetterShare * 1000) / 10).toBe(92.7);
    expect(s.organizations.excellentQuotaExceeded).toBe(false);
    expect(pct(s.members)).toEqual([15.2, 75.3, 8.5, 1]);
    expect(s.members).toMatchObject({ unrated: 0, excellentQuotaExceeded: true });
    const { alerts } = await ask(s.token, `query($w: ID!) { alerts(withinId: $w, asOf: "2024-01-15") { kind } }`, {
      w: s.id,
    });
    expect(alerts.filter((a: { kind: string }) => a.kind === 'RATING_QUOTA_EXCEEDED').length).toBeGreaterThan(0);
  });

  it('Tuần Giáo 2017: 34 and 21 of 59 organisations; members in the shares of 355 and 2,860 of 3,300, 0.94% not completed', async () => {
    const s = await summary('tuangiao.tochuc', TUAN_GIAO.code, 2017);
    expect(s.organizations).toMatchObject({ excellent: 34, good: 21, completed: 4 });
    expect(s.members.unrated).toBe(0);
    const [excellent, good, , notCompleted] = pct(s.members);
    // 355 / 3,300 = 10.76%, 2,860 / 3,300 = 86.67%
    expect(Math.abs(excellent - 10.76)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(good - 86.67)).toBeLessThanOrEqual(0.1);
    expect(notCompleted).toBe(0.9);
  });

  it('Vân Khánh 2022: 11 cells good; 185 members good, 96.35%', async () => {
    const s = await summary('vankhanh.vanphong', VAN_KHANH.code, 2022);
    expect(s.organizations).toMatchObject({ good: 11, completed: 1, excellent: 0 });
    expect(s.members.good).toBe(185);
    expect(Math.round(s.members.goodOrBetterShare * 10000) / 100).toBe(96.35);
  });

  it('Lâm Bình 2021 to 2024: above 96% of organisations and 95% of members good or better, within the quota; its targets reached', async () => {
    for (const y of [2021, 2022, 2023, 2024]) {
      const s = await summary('lambinh.tochuc', 'LB', y);
      expect(s.organizations.goodOrBetterShare).toBeGreaterThan(0.96);
      expect(s.members.goodOrBetterShare).toBeGreaterThanOrEqual(0.95);
      expect([s.organizations.excellentQuotaExceeded, s.members.excellentQuotaExceeded]).toEqual([false, false]);
    }
    // the resolution's targets read the term's latest rated year (2024)
    const s = await summary('lambinh.tochuc', 'LB', 2024);
    const { targets } = await ask(
      s.token,
      `query($o: ID!) { targets(organizationId: $o) { metric achievedValue ratio } }`,
      {
        o: s.id,
      },
    );
    const byMetric = new Map(targets.map((t: { metric: string }) => [t.metric, t]));
    expect(byMetric.get('ORGANIZATIONS_GOOD_OR_BETTER_PERCENT')).toMatchObject({
      achievedValue: Math.round(s.organizations.goodOrBetterShare * 1000) / 10,
    });
    expect(byMetric.get('MEMBERS_GOOD_OR_BETTER_PERCENT')).toMatchObject({
      achievedValue: Math.round(s.members.goodOrBetterShare * 1000) / 10,
    });
    for (const t of byMetric.values()) expect((t as { ratio: number }).ratio).toBeGreaterThanOrEqual(1);
  });
});
