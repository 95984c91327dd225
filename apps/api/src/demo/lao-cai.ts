import type { OrganizationSector } from '@dangvu/schema';
import { cellNames, type UnitKind } from './lao-cai-cells.js';
import { DISTRICTS, type District, type Mix } from './lao-cai-places.js';
import { DISTRICT_AGENCIES, PROVINCIAL_COMMITTEES, type UnitSpec } from './lao-cai-units.js';
import type { DemoOrg } from './organizations.js';
import { type Rng, rng } from './random.js';

/** Seed 001: 14 committees under the province, 615 grassroots organisations, a little over 51,000 members. */
export const LAO_CAI = { code: 'LC', committees: 14, grassroots: 615, members: 51_247, women: 0.392, minorities: 0.43 };

/** A cell (or grassroots cell) and the members it holds, with the shares its members are drawn with. */
export interface LeafPlan {
  code: string;
  members: number;
  women: number;
  minorities: number;
  mix: Mix;
  /** Agencies, schools, hospitals, forces and enterprises: more degrees and theory courses than villages. */
  educated: boolean;
}

export interface LaoCaiPlan {
  tree: DemoOrg;
  leaves: LeafPlan[];
}

interface Grassroots {
  code: string;
  name: string;
  sector: OrganizationSector;
  unit: UnitKind;
  size: number;
  women: number;
  minorities: number;
  mix: Mix;
  establishedOn: string;
  highland?: boolean;
}

const PROVINCE_MIX: Mix = [
  ['Tày', 40],
  ['Dao', 15],
  ['Mông', 15],
  ['Giáy', 10],
  ['Nùng', 10],
  ['Thái', 5],
  ['Hà Nhì', 5],
];
export const WOMEN_BY_SECTOR: Partial<Record<OrganizationSector, number>> = {
  SCHOOL: 0.72,
  HEALTH: 0.68,
  AGENCY: 0.45,
  POLICE: 0.14,
  MILITARY: 0.06,
  ENTERPRISE: 0.28,
};

const code2 = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(2, '0')}`;

/** n split over weights, each part at least `min` (n ≥ min × parts), deterministic given r. */
export function spread(r: Rng, n: number, weights: readonly number[], min = 3): number[] {
  const w = weights.map((x) => x * (0.6 + r.next()));
  const total = w.reduce((a, b) => a + b, 0);
  const rest = n - min * w.length;
  const out = w.map((x) => min + Math.floor((rest * x) / total));
  let left = n - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % out.length, left--) out[i]++;
  return out;
}

/** A district agency's name (DISTRICT_AGENCIES) for the place ("huyện Sốp Cộp"): `{d}` the place, `{u}` its committee. */
export function agencyName(name: string, place: string): string {
  const committee = place
    .replace(/^thành phố /, 'Thành ủy ')
    .replace(/^thị xã /, 'Thị ủy ')
    .replace(/^huyện /, 'Huyện ủy ');
  return name.includes('{') ? name.replace('{d}', place).replace('{u}', committee) : `${name} ${place}`;
}

function districtGrassroots(r: Rng, d: District, quota: number): Grassroots[] {
  const place = d.name.replace('Đảng bộ ', '');
  const out: Grassroots[] = [];
  const add = (name: string, sector: OrganizationSector, unit: UnitKind, size: number, on: string, hl = false) =>
    out.push({
      code: code2(d.code, out.length),
      name,
      sector,
      unit,
      size,
      women: unit === 'village' ? 0.36 : (WOMEN_BY_SECTOR[sector] ?? 0.4),
      minorities: unit === 'village' ? d.minorities : d.minorities * 0.6,
      mix: d.mix,
      establishedOn: on,
      highland: hl,
    });
  for (const w of d.wards ?? []) add(`Đảng bộ phường ${w}`, 'WARD', 'ward', r.int(250, 450), '2004-01-01');
  for (const t of d.townships) add(`Đảng bộ thị trấn ${t}`, 'TOWNSHIP', 'ward', r.int(300, 550), '1992-01-01');
  for (const c of d.communes) {
    const size = d.highland ? r.int(110, 230) : r.int(150, 300);
    add(`Đảng bộ xã ${c}`, 'COMMUNE', 'village', size, '1976-02-03', d.highland);
  }
  const agencies = DISTRICT_AGENCIES.slice(0, quota);
  for (const [name, sector, min, max] of agencies) {
    add(agencyName(name, place), sector, sector === 'SCHOOL' ? 'school' : 'agency', r.int(min, max), '1992-01-01');
  }
  // the rest: the communes' schools, each a chi bộ cơ sở under the district
  const levels = d.highland
    ? ['Trường PTDTBT THCS', 'Trường PTDTBT Tiểu học', 'Trường Mầm non']
    : ['Trường THCS', 'Trường Tiểu học', 'Trường Mầm non'];
  for (let i = 0; out.length < d.communes.length + (d.wards?.length ?? 0) + d.townships.length + quota; i++) {
    const c = d.communes[i % d.communes.length];
    add(`${levels[Math.floor(i / d.communes.length) % 3]} ${c}`, 'SCHOOL', 'school', r.int(8, 18), '2000-09-05');
  }
  return out;
}

function provincialGrassroots(r: Rng, code: string, units: UnitSpec[], minorities: number): Grassroots[] {
  return units.map(([name, sector, min, max], i) => ({
    code: code2(code, i),
    name,
    sector,
    unit: sector === 'SCHOOL' ? 'school' : 'agency',
    size: r.int(min, max),
    women: WOMEN_BY_SECTOR[sector] ?? 0.4,
    minorities,
    mix: PROVINCE_MIX,
    establishedOn: '1992-01-01',
  }));
}

/** Integer parts of `total` in proportion to weights (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  const left = total - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) out[order[k][1]]++;
  return out;
}

/** Scales rates so that the member-weighted mean is `target` (each rate kept within [0, 0.97]). */
function calibrate(leaves: LeafPlan[], key: 'women' | 'minorities', target: number) {
  const n = leaves.reduce((s, l) => s + l.members, 0);
  for (let k = 0; k < 8; k++) {
    const mean = leaves.reduce((s, l) => s + l.members * l[key], 0) / n;
    for (const l of leaves) l[key] = Math.min(0.97, (l[key] * target) / mean);
  }
}

const DISTRICT_WEIGHTS: Record<string, number> = {
  'LC-TP': 44,
  'LC-SP': 34,
  'LC-BX': 36,
  'LC-MK': 32,
  'LC-SMC': 28,
  'LC-BH': 34,
  'LC-BT': 38,
  'LC-BY': 34,
  'LC-VB': 36,
};

/** The Lào Cai tree and the members each cell holds; the same on every machine. */
export function laoCaiPlan(): LaoCaiPlan {
  const r = rng(20211202);
  const provincialUnits = PROVINCIAL_COMMITTEES.reduce((s, c) => s + c.units.length, 0);
  const communes = DISTRICTS.reduce((s, d) => s + (d.wards?.length ?? 0) + d.townships.length + d.communes.length, 0);
  const quotas = apportion(
    LAO_CAI.grassroots - provincialUnits - communes,
    DISTRICTS.map((d) => DISTRICT_WEIGHTS[d.code]),
  );
  const groups: { org: DemoOrg; grassroots: Grassroots[] }[] = [
    ...DISTRICTS.map((d, i) => ({
      org: {
        code: d.code,
        name: d.name,
        kind: 'DISTRICT_COMMITTEE' as const,
        sector: 'OTHER' as const,
        establishedOn: '1991-10-01',
      },
      grassroots: districtGrassroots(r, d, quotas[i]),
    })),
    ...PROVINCIAL_COMMITTEES.map((c) => ({
      org: {
        code: c.code,
        name: c.name,
        kind: 'DISTRICT_COMMITTEE' as const,
        sector: c.sector,
        establishedOn: c.establishedOn,
      },
      grassroots: provincialGrassroots(
        r,
        c.code,
        c.units,
        c.code === 'LC-APT' ? 0.15 : c.sector === 'AGENCY' ? 0.3 : 0.4,
      ),
    })),
  ];
  const all = groups.flatMap((g) => g.grassroots);
  const sizes = apportion(
    LAO_CAI.members,
    all.map((g) => g.size),
  );
  all.forEach((g, i) => {
    g.size = sizes[i];
  });
  const leaves: LeafPlan[] = [];
  for (const group of groups) {
    group.org.children = group.grassroots.map((g) => grassrootsOrg(r, g, leaves));
  }
  calibrate(leaves, 'women', LAO_CAI.women);
  calibrate(leaves, 'minorities', LAO_CAI.minorities);
  const tree: DemoOrg = {
    code: LAO_CAI.code,
    name: 'Đảng bộ tỉnh Lào Cai',
    kind: 'PROVINCIAL_COMMITTEE',
    sector: 'OTHER',
    establishedOn: '1947-01-01',
    children: groups.map((g) => g.org),
  };
  return { tree, leaves };
}

/** A grassroots organisation: a chi bộ cơ sở under 30 members, else a đảng bộ cơ sở with its cells. */
function grassrootsOrg(r: Rng, g: Grassroots, leaves: LeafPlan[]): DemoOrg {
  const leaf = (code: string, members: number, sector: OrganizationSector): LeafPlan => ({
    code,
    members,
    women: sector === 'SCHOOL' || sector === 'HEALTH' ? (WOMEN_BY_SECTOR[sector] ?? g.women) : g.women,
    minorities: g.minorities,
    mix: g.mix,
    educated: g.unit !== 'village' && g.unit !== 'ward' ? true : sector !== 'VILLAGE' && sector !== 'RESIDENTIAL_GROUP',
  });
  const isCommune = g.unit === 'village' || g.unit === 'ward';
  if (!isCommune && g.size < 30) {
    leaves.push(leaf(g.code, g.size, g.sector));
    return {
      code: g.code,
      name: `Chi bộ ${g.name}`,
      kind: 'GRASSROOTS_CELL',
      sector: g.sector,
      establishedOn: g.establishedOn,
    };
  }
  const cells = cellNames(r, g.unit, g.sector, g.size, g.highland ?? false);
  const counts = spread(
    r,
    g.size,
    cells.map((c) => c.weight),
  );
  const children = cells.map((c, i): DemoOrg => {
    const code = code2(g.code, i);
    leaves.push(leaf(code, counts[i], c.sector));
    return {
      code,
      name: `Chi bộ ${c.name}`,
      kind: 'SUBORDINATE_CELL',
      sector: c.sector,
      establishedOn: g.establishedOn,
    };
  });
  const name = isCommune ? g.name : `Đảng bộ ${g.name}`;
  return {
    code: g.code,
    name,
    kind: 'GRASSROOTS_COMMITTEE',
    sector: g.sector,
    establishedOn: g.establishedOn,
    children,
  };
}
