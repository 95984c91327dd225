import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { startTestApp } from '../test/harness.js';
import { VAN_KHANH_THEMATIC } from './meetings.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';
import { SOP_COP } from './sop-cop.js';
import { NON_MEMBER_HEAD_CELLS } from './sop-cop-cadres.js';
import { TUAN_GIAO } from './tuan-giao.js';
import { VAN_KHANH } from './van-khanh.js';

/** Seeds 002 to 004 through the API, each read by the accounts of its place. */
const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
await seedDemo(app.ds);

async function login(username: string) {
  const r = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
    u: username,
    p: DEMO_PASSWORD,
  });
  expect(r.errors).toBeUndefined();
  return r.data!.login.token as string;
}

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data!;
}

/** The scope's root and its organisations counted by kind (and village sector). */
const SHAPE = `{
  me { role }
  roots { id code kind status memberCount }
  members { totalCount }
  committees: organizations(filter: { kinds: [GRASSROOTS_COMMITTEE] }) { totalCount }
  grassroots: organizations(filter: { kinds: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL] }) { totalCount }
  cells: organizations(filter: { kinds: [SUBORDINATE_CELL] }) { totalCount }
  villages: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [VILLAGE] }) { totalCount }
  schools: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [SCHOOL] }) { totalCount }
  health: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [HEALTH] }) { totalCount }
  military: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [MILITARY] }) { totalCount }
}`;

const COMPLIANCE = `query($w: ID!, $y: Int!, $q: Int!) { meetingCompliance(withinId: $w, year: $y, quarter: $q) {
  organization { code } regularMeetings thematicMeetings monthsMissed compliant } }`;
type Compliance = {
  organization: { code: string };
  thematicMeetings: number;
  monthsMissed: number;
  compliant: boolean;
};

const TARGETS = `query($o: ID!) { targets(organizationId: $o) { metric targetValue achievedValue ratio term { name } } }`;

describe('the places of seeds 002 to 004', () => {
  it('hang under their provinces, districts as the articles describe them (as Lâm Bình, before the 2025 reform)', async () => {
    const admin = await app.gql(`mutation { login(username: "admin", password: "admin12345") { token } }`);
    const token = admin.data!.login.token as string;
    const d = await ask(
      token,
      `{ roots { code } ${['SL-SC', 'DB-TG', 'KG-AM-01']
        .map((c, i) => `o${i}: organizationByCode(code: "${c}") { name status ancestors { code kind } }`)
        .join(' ')} }`,
    );
    expect(d.roots.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['TQ', 'LC', 'SL', 'DB', 'KG']),
    );
    const chain = (i: number) => d[`o${i}`].ancestors.map((a: { code: string; kind: string }) => `${a.kind} ${a.code}`);
    expect(chain(0)).toEqual(['PROVINCIAL_COMMITTEE SL']);
    expect(chain(1)).toEqual(['PROVINCIAL_COMMITTEE DB']);
    expect(chain(2)).toEqual(['PROVINCIAL_COMMITTEE KG', 'DISTRICT_COMMITTEE KG-AM']);
    expect([0, 1, 2].map((i) => d[`o${i}`].name)).toEqual([
      'Đảng bộ huyện Sốp Cộp',
      'Đảng bộ huyện Tuần Giáo',
      'Đảng bộ xã Vân Khánh',
    ]);
  });
});

describe('seed 003: Huyện Sốp Cộp (Tỉnh Sơn La)', () => {
  it('41 grassroots organisations (13 committees), 159 cells of which 101 bản, 4,014 members; 469 admitted of 400 (117.3%)', async () => {
    for (const user of ['sopcop.tochuc', 'sopcop.kiemtra']) {
      const token = await login(user);
      const d = await ask(token, SHAPE);
      expect(d.me.role).toBe(user.endsWith('tochuc') ? 'DISTRICT_ADMIN' : 'DISTRICT_INSPECTOR');
      expect(d.roots).toEqual([
        expect.objectContaining({
          code: SOP_COP.code,
          kind: 'DISTRICT_COMMITTEE',
          status: 'ACTIVE',
          memberCount: 4014,
        }),
      ]);
      expect(d.members.totalCount).toBe(4014);
      expect(d.grassroots.totalCount).toBe(41);
      expect(d.committees.totalCount).toBe(13);
      expect(d.cells.totalCount).toBe(159);
      expect(d.villages.totalCount).toBe(101);
      const t = await ask(token, TARGETS, { o: d.roots[0].id });
      expect(t.targets).toEqual([
        {
          metric: 'NEW_MEMBERS',
          targetValue: 400,
          achievedValue: 469,
          ratio: 1.1725,
          term: { name: 'Nhiệm kỳ 2020–2025' },
        },
      ]);
      expect(Math.round(t.targets[0].ratio * 1000) / 10).toBe(117.3);
    }
  });

  it('cadreIndicators: 101 village cells, 99 whose secretary is also the village head, 2 heads not members; 86 cells with a chi ủy', async () => {
    const token = await login('sopcop.kiemtra');
    const { roots } = await ask(token, SHAPE);
    const d = await ask(
      token,
      `query($w: ID!) { cadreIndicators(withinId: $w) { grassrootsOrganizations villageCells cellSecretaryAlsoVillageHead villageHeadsNotMembers } }`,
      { w: roots[0].id },
    );
    expect(d.cadreIndicators).toEqual({
      grassrootsOrganizations: 41,
      villageCells: 101,
      cellSecretaryAlsoVillageHead: 99,
      villageHeadsNotMembers: 2,
    });
    // the placements behind them: the two bản whose head is not a member, their secretary heading the Front's committee
    for (const code of NON_MEMBER_HEAD_CELLS) {
      const o = await ask(
        token,
        `query($c: String!) { organizationByCode(code: $c) { placements { position concurrent local cadre { member { status } } } } }`,
        { c: code },
      );
      const byPosition = Object.fromEntries(
        o.organizationByCode.placements.map((p: { position: string }) => [p.position, p]),
      );
      expect(Object.keys(byPosition)).toEqual(expect.arrayContaining(['FRONT_CHAIR', 'SECRETARY', 'VILLAGE_HEAD']));
      expect(byPosition.VILLAGE_HEAD).toMatchObject({ concurrent: false, cadre: { member: null } });
      expect(byPosition.SECRETARY).toMatchObject({
        concurrent: true,
        local: true,
        cadre: { member: { status: 'OFFICIAL' } },
      });
    }
    // 101 village heads; 86 of the 101 bản cells with a chi ủy (the article: 85.2%), its deputy secretary placed
    const posts = await ask(
      token,
      `query($w: ID!) { heads: cadres(filter: { withinId: $w, positions: [VILLAGE_HEAD] }) { totalCount }
         deputies: cadres(filter: { withinId: $w, positions: [DEPUTY_SECRETARY] }, first: 200) {
           totalCount edges { node { placements { position organization { kind sector } } } } } }`,
      { w: roots[0].id },
    );
    expect(posts.heads.totalCount).toBe(101);
    expect(posts.deputies.totalCount).toBe(SOP_COP.cellCommittees);
    type Post = { position: string; organization: { kind: string; sector: string } };
    const deputyCells = posts.deputies.edges.flatMap((e: { node: { placements: Post[] } }) =>
      e.node.placements.filter((p) => p.position === 'DEPUTY_SECRETARY').map((p) => p.organization.sector),
    );
    expect(deputyCells).toEqual(Array(86).fill('VILLAGE'));
  });
});

describe('seed 002: Huyện Tuần Giáo (Tỉnh Điện Biên)', () => {
  it('59 grassroots organisations, 323 cells (village, school, health-station and military cells), about 3,300 members', async () => {
    for (const user of ['tuangiao.tochuc', 'tuangiao.kiemtra']) {
      const token = await login(user);
      const d = await ask(token, SHAPE);
      expect(d.roots).toEqual([
        expect.objectContaining({ code: TUAN_GIAO.code, kind: 'DISTRICT_COMMITTEE', status: 'ACTIVE' }),
      ]);
      expect(d.grassroots.totalCount).toBe(59);
      expect(d.cells.totalCount).toBe(323);
      expect(d.villages.totalCount).toBeGreaterThan(200);
      expect(d.schools.totalCount).toBeGreaterThan(0);
      expect(d.health.totalCount).toBeGreaterThanOrEqual(6);
      expect(d.military.totalCount).toBeGreaterThanOrEqual(2);
      // the article's 6 health-station cells and the military cells of Quài Cang and Pú Nhung
      const units = await ask(
        token,
        `{ stations: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [HEALTH], search: "tram y te xa" }) { totalCount }
           military: organizations(filter: { kinds: [SUBORDINATE_CELL], sectors: [MILITARY], search: "quan su xa" }, first: 10) {
             edges { node { parent { name } } } } }`,
      );
      expect(units.stations.totalCount).toBe(6);
      expect(
        units.military.edges.map((e: { node: { parent: { name: string } } }) => e.node.parent.name).sort(),
      ).toEqual(['Đảng bộ xã Pú Nhung', 'Đảng bộ xã Quài Cang']);
      expect(d.roots[0].memberCount).toBe(3300);
      expect(d.members.totalCount).toBe(3300);
    }
    const token = await login('tuangiao.tochuc');
    const chiengSinh = await ask(
      token,
      `{ organizations(filter: { search: "tram y te xa chieng sinh" }) { edges { node { kind sector parent { name } } } } }`,
    );
    expect(chiengSinh.organizations.edges).toEqual([
      { node: { kind: 'SUBORDINATE_CELL', sector: 'HEALTH', parent: { name: 'Đảng bộ xã Chiềng Sinh' } } },
    ]);
  });
  it('every cell keeps the meeting rule: a regular meeting every month and one thematic meeting each quarter of 2017', async () => {
    const token = await login('tuangiao.kiemtra');
    const d = await ask(
      token,
      `{ o: organizationByCode(code: "${TUAN_GIAO.code}") { id }
         cells: organizations(filter: { kinds: [SUBORDINATE_CELL, GRASSROOTS_CELL] }) { totalCount } }`,
    );
    expect(d.cells.totalCount).toBeGreaterThanOrEqual(TUAN_GIAO.cells);
    for (const q of [1, 2, 3, 4]) {
      const rows: Compliance[] = (await ask(token, COMPLIANCE, { w: d.o.id, y: 2017, q })).meetingCompliance;
      expect(rows).toHaveLength(d.cells.totalCount);
      expect(rows.every((r) => r.compliant && r.thematicMeetings === 1 && r.monthsMissed === 0)).toBe(true);
    }
  });
});

describe('seed 004: Xã Vân Khánh (Huyện An Minh, Tỉnh Kiên Giang)', () => {
  it('12 cells, 6 of hamlets (ấp) and 6 of agencies and units, 235 members; 5 admitted and 5 recognised official in 2023', async () => {
    for (const user of ['vankhanh.vanphong', 'vankhanh.kiemtra']) {
      const token = await login(user);
      const d = await ask(token, SHAPE);
      expect(d.me.role).toBe(user.endsWith('vanphong') ? 'COMMUNE_ADMIN' : 'COMMUNE_INSPECTOR');
      expect(d.roots).toEqual([
        expect.objectContaining({
          code: VAN_KHANH.code,
          kind: 'GRASSROOTS_COMMITTEE',
          memberCount: 235,
        }),
      ]);
      expect(d.cells.totalCount).toBe(12);
      expect(d.villages.totalCount).toBe(6);
      const c = await ask(token, `{ roots { children { name sector } } }`);
      const hamlets = c.roots[0].children.filter((x: { sector: string }) => x.sector === 'VILLAGE');
      expect(hamlets.every((x: { name: string }) => x.name.startsWith('Chi bộ Ấp '))).toBe(true);
      const y = await ask(
        token,
        `{ admitted: members(filter: { admittedFrom: "2023-01-01", admittedTo: "2023-12-31" }) { totalCount }
           recent: members(filter: { admittedFrom: "2021-01-01" }, first: 200) { edges { node { officialOn events { kind on } } } } }`,
      );
      expect(y.admitted.totalCount).toBe(5);
      type Node = { officialOn: string | null; events: { kind: string; on: string }[] };
      const nodes: Node[] = y.recent.edges.map((e: { node: Node }) => e.node);
      expect(nodes.filter((n) => n.officialOn?.startsWith('2023-'))).toHaveLength(5);
      const recognitions = nodes.flatMap((n) => n.events).filter((e) => e.kind === 'RECOGNISED_OFFICIAL');
      expect(recognitions.filter((e) => e.on.startsWith('2023-'))).toHaveLength(5);
    }
  });

  it('the cells held 81 thematic meetings from 2022 to the article (12/11/2023), besides a regular meeting every month', async () => {
    const token = await login('vankhanh.vanphong');
    const { o } = await ask(token, `{ o: organizationByCode(code: "${VAN_KHANH.code}") { id } }`);
    const quarters = [1, 2, 3, 4, 1, 2, 3, 4].map((q, k) => ({ y: k < 4 ? 2022 : 2023, q }));
    let thematic = 0;
    let notCompliant = 0;
    for (const { y, q } of quarters) {
      const rows: Compliance[] = (await ask(token, COMPLIANCE, { w: o.id, y, q })).meetingCompliance;
      expect(rows).toHaveLength(VAN_KHANH.cells);
      expect(rows.every((r) => r.monthsMissed === 0)).toBe(true);
      if (y === 2023 && q === 4) {
        // the fourth quarter's thematic meetings came after the article, in December
        const { m } = await ask(
          token,
          `query($c: ID!) { m: meetings(organizationId: $c, from: "2023-10-01", to: "${VAN_KHANH_THEMATIC.to}") { kind } }`,
          {
            c: (await ask(token, `{ organizationByCode(code: "${rows[0].organization.code}") { id } }`))
              .organizationByCode.id,
          },
        );
        expect(m.map((x: { kind: string }) => x.kind)).toEqual(['REGULAR', 'REGULAR']); // 10 October, 10 November
        continue;
      }
      thematic += rows.reduce((n, r) => n + r.thematicMeetings, 0);
      notCompliant += rows.filter((r) => !r.compliant).length;
    }
    expect(thematic).toBe(VAN_KHANH_THEMATIC.count);
    expect(notCompliant).toBe(7 * VAN_KHANH.cells - VAN_KHANH_THEMATIC.count);
  });

  it('statistics (the statistics query) reproduce seeds 002 to 004', async () => {
    const STATS = `query($w: ID!, $t: ID) { statistics(withinId: $w, termId: $t) {
      grassrootsOrganizations subordinateCells members admittedInTerm } }`;
    const figures = async (user: string) => {
      const token = await login(user);
      const d = await ask(token, `{ roots { id } terms { id name } }`);
      const term = d.terms.find((x: { name: string }) => x.name === 'Nhiệm kỳ 2020–2025').id;
      return (await ask(token, STATS, { w: d.roots[0].id, t: term })).statistics;
    };
    expect(await figures('sopcop.kiemtra')).toEqual({
      grassrootsOrganizations: SOP_COP.grassroots,
      subordinateCells: SOP_COP.cells,
      members: SOP_COP.members,
      admittedInTerm: SOP_COP.admittedInTerm,
    });
    expect(await figures('tuangiao.tochuc')).toMatchObject({
      grassrootsOrganizations: TUAN_GIAO.grassroots,
      subordinateCells: TUAN_GIAO.cells,
      members: TUAN_GIAO.members,
    });
    expect(await figures('vankhanh.vanphong')).toMatchObject({
      grassrootsOrganizations: 1,
      subordinateCells: VAN_KHANH.cells,
      members: VAN_KHANH.members,
    });
  });

  it('each place stays out of the other districts’ scope', async () => {
    const token = await login('vankhanh.vanphong');
    const d = await ask(
      token,
      `{ sc: organizationByCode(code: "SL-SC") { id } lb: organizationByCode(code: "LB") { id } }`,
    );
    expect(d).toEqual({ sc: null, lb: null });
  });
});

describe('the ratings the articles report (ratingSummary)', () => {
  const SUMMARY = `query($w: ID!, $y: Int!) { ratingSummary(withinId: $w, year: $y) {
    organizations { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded }
    members { excellent good completed notCompleted unrated goodOrBetterShare excellentQuotaExceeded } } }`;
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

  it('Lâm Bình 2021 to 2024: above 96% of organisations and 95% of members good or better, within the quota', async () => {
    for (const y of [2021, 2022, 2023, 2024]) {
      const s = await summary('lambinh.tochuc', 'LB', y);
      expect(s.organizations.goodOrBetterShare).toBeGreaterThan(0.96);
      expect(s.members.goodOrBetterShare).toBeGreaterThanOrEqual(0.95);
      expect([s.organizations.excellentQuotaExceeded, s.members.excellentQuotaExceeded]).toEqual([false, false]);
    }
  });
});
