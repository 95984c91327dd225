import type { OrganizationSector } from '@dangvu/schema';
import { agencyName, type LeafPlan, spread, WOMEN_BY_SECTOR } from './lao-cai.js';
import type { CellSpec } from './lao-cai-cells.js';
import type { Mix } from './lao-cai-places.js';
import { DISTRICT_AGENCIES, type UnitSpec } from './lao-cai-units.js';
import type { DemoOrg } from './organizations.js';
import type { Rng } from './random.js';

/**
 * The places of seeds 002 to 004 (Tuần Giáo, Sốp Cộp, Vân Khánh), built the
 * way Lào Cai's are (lao-cai.ts): a grassroots organisation with cells is a
 * GRASSROOTS_COMMITTEE (a đảng bộ cơ sở), one without a GRASSROOTS_CELL; its
 * members are spread over its cells, each cell at least 3. Like Lâm Bình,
 * these show the districts as the articles describe them, before the 2025
 * reform wound districts up (Na Hang is the demo's reformed district).
 */
export interface GrassrootsSpec {
  name: string;
  sector: OrganizationSector;
  /** Its cells; none: a grassroots cell (chi bộ cơ sở). */
  cells: CellSpec[];
  members: number;
  establishedOn: string;
}

/** Who a place's members are: minorities in villages and elsewhere, and the groups they belong to. */
export interface PlaceShares {
  villageMinorities: number;
  otherMinorities: number;
  mix: Mix;
}

const VILLAGE_SECTORS: readonly OrganizationSector[] = ['VILLAGE', 'RESIDENTIAL_GROUP'];
const code2 = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(2, '0')}`;

/** A cell spec of weight 1 (a village, a school, a health station …). */
export const cellOf = (name: string, sector: OrganizationSector, weight = 1): CellSpec => ({ name, sector, weight });

/** The organisations under a committee, coded `<code>-NN` (their cells `<code>-NN-NN`), and their leaves. */
export function grassrootsOrgs(
  r: Rng,
  code: string,
  specs: readonly GrassrootsSpec[],
  shares: PlaceShares,
  leaves: LeafPlan[],
): DemoOrg[] {
  const leaf = (leafCode: string, members: number, sector: OrganizationSector): LeafPlan => {
    const village = VILLAGE_SECTORS.includes(sector);
    return {
      code: leafCode,
      members,
      women: village ? 0.34 : (WOMEN_BY_SECTOR[sector] ?? 0.42),
      minorities: village ? shares.villageMinorities : shares.otherMinorities,
      mix: shares.mix,
      educated: !village,
    };
  };
  return specs.map((g, i): DemoOrg => {
    const gCode = code2(code, i);
    const base = { code: gCode, name: g.name, sector: g.sector, establishedOn: g.establishedOn };
    if (g.cells.length === 0) {
      leaves.push(leaf(gCode, g.members, g.sector));
      return { ...base, kind: 'GRASSROOTS_CELL' };
    }
    const counts = spread(
      r,
      g.members,
      g.cells.map((c) => c.weight),
    );
    const children = g.cells.map((c, k): DemoOrg => {
      leaves.push(leaf(code2(gCode, k), counts[k], c.sector));
      const cellCode = code2(gCode, k);
      return {
        code: cellCode,
        name: `Chi bộ ${c.name}`,
        kind: 'SUBORDINATE_CELL',
        sector: c.sector,
        establishedOn: g.establishedOn,
      };
    });
    return { ...base, kind: 'GRASSROOTS_COMMITTEE', children };
  });
}

/**
 * A district's agencies that are grassroots cells of their own (DISTRICT_AGENCIES
 * less those `skip` matches: the ones the article's district holds as
 * committees), each under 30 members.
 */
export function agencyCells(r: Rng, place: string, skip: RegExp): GrassrootsSpec[] {
  return DISTRICT_AGENCIES.filter(([name]) => !skip.test(name)).map(([name, sector, min, max]: UnitSpec) => ({
    name: `Chi bộ ${agencyName(name, place)}`,
    sector,
    cells: [],
    members: r.int(Math.min(min, 20), Math.min(max, 28)),
    establishedOn: '1992-01-01',
  }));
}

/** A province's committee holding one district (or more), as seed 001 gives Lào Cai's. */
export function province(code: string, name: string, establishedOn: string, children: DemoOrg[]): DemoOrg {
  return { code, name, kind: 'PROVINCIAL_COMMITTEE', sector: 'OTHER', establishedOn, children };
}

/** A district committee. */
export function district(code: string, name: string, establishedOn: string, children: DemoOrg[]): DemoOrg {
  return { code, name, kind: 'DISTRICT_COMMITTEE', sector: 'OTHER', establishedOn, children };
}

/** A committee besides the communes: its name, its cells, and the range its members are drawn from. */
export type CommitteeSpec = readonly [name: string, cells: CellSpec[], min: number, max: number];

/** The committees of a district's agencies, forces and hospital, their members drawn within their ranges. */
export function committees(r: Rng, specs: readonly CommitteeSpec[], establishedOn: string): GrassrootsSpec[] {
  return specs.map(([name, cells, min, max]) => ({
    name,
    sector: cells[0].sector,
    cells,
    members: r.int(min, max),
    establishedOn,
  }));
}

/** Cells named from a list, all of one sector: a committee's departments, a commune's schools. */
export const cellsOf = (sector: OrganizationSector, names: readonly string[]): CellSpec[] =>
  names.map((n) => cellOf(n, sector));

/** A province holding one district of an article: the district, its grassroots organisations, their members. */
export function districtPlace(
  r: Rng,
  where: { province: [code: string, name: string, on: string]; district: [code: string, name: string, on: string] },
  specs: readonly GrassrootsSpec[],
  shares: PlaceShares,
): { tree: DemoOrg; leaves: LeafPlan[] } {
  const leaves: LeafPlan[] = [];
  const [code, name, on] = where.district;
  const children = grassrootsOrgs(r, code, specs, shares, leaves);
  return { tree: province(...where.province, [district(code, name, on, children)]), leaves };
}

/** The committees every district of the articles has besides its communes: police, military, hospital, government. */
export const DISTRICT_COMMITTEES: CommitteeSpec[] = [
  [
    'Đảng bộ Công an huyện',
    cellsOf('POLICE', ['Đội An ninh', 'Đội Cảnh sát hình sự', 'Đội Cảnh sát giao thông - Trật tự', 'Đội Tổng hợp']),
    130,
    165,
  ],
  ['Đảng bộ Quân sự huyện', cellsOf('MILITARY', ['Ban Tham mưu', 'Ban Chính trị', 'Ban Hậu cần - Kỹ thuật']), 55, 80],
  [
    'Đảng bộ Trung tâm Y tế huyện',
    cellsOf('HEALTH', ['Khoa Khám bệnh', 'Khoa Nội - Nhi', 'Khoa Ngoại - Sản', 'Khoa Y tế công cộng']),
    70,
    100,
  ],
  [
    'Đảng bộ Cơ quan Chính quyền huyện',
    cellsOf('AGENCY', [
      'Văn phòng HĐND và UBND',
      'Phòng Tài chính - Kế hoạch',
      'Phòng Nông nghiệp và PTNT',
      'Phòng Nội vụ',
    ]),
    80,
    105,
  ],
];
