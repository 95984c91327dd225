import {
  agencyCells,
  cellOf,
  committees,
  DISTRICT_COMMITTEES,
  districtPlace,
  type GrassrootsSpec,
} from './article-places.js';
import { apportion, type LeafPlan } from './lao-cai.js';
import { type CellSpec, draw } from './lao-cai-cells.js';
import type { Mix } from './lao-cai-places.js';
import type { DemoOrg } from './organizations.js';
import { rng } from './random.js';

/**
 * Seed 002, Huyện Tuần Giáo (Tỉnh Điện Biên), August 2018: 59 grassroots
 * organisations and 323 cells under them: village (bản) cells, the
 * township's residential groups, school cells, 6 health-station cells (Trạm
 * Y tế xã Chiềng Sinh among them), the military cells of Quài Cang and Pú
 * Nhung; the communes' agency cells were dissolved. About 3,300 members (355
 * rated excellent and 2,860 good in 2017, under 1% not fulfilling).
 */
export const TUAN_GIAO = { code: 'DB-TG', grassroots: 59, cells: 323, members: 3300 };

/** The township and the communes (2018) with their number of bản (tổ dân phố in the township). */
const COMMUNES: [name: string, villages: number][] = [
  ['Quài Cang', 17],
  ['Quài Nưa', 16],
  ['Quài Tở', 18],
  ['Chiềng Sinh', 15],
  ['Chiềng Đông', 12],
  ['Tỏa Tình', 14],
  ['Tênh Phông', 10],
  ['Mường Thín', 15],
  ['Nà Sáy', 13],
  ['Mường Khong', 12],
  ['Mùn Chung', 16],
  ['Nà Tòng', 15],
  ['Phình Sáng', 13],
  ['Pú Nhung', 17],
  ['Rạng Đông', 11],
  ['Ta Ma', 12],
  ['Mường Mùn', 16],
  ['Pú Xi', 9],
];
const TOWNSHIP_GROUPS = 11;
const HEALTH_STATIONS = new Set(['Chiềng Sinh', 'Quài Cang', 'Quài Nưa', 'Mường Thín', 'Nà Sáy', 'Mùn Chung']);
const MILITARY_CELLS = new Set(['Quài Cang', 'Pú Nhung']);

const BAN = [
  'Hua Sát',
  'Pá Xa',
  'Thẩm Táng',
  'Nong Luông',
  'Phiêng Pi',
  'Co Muông',
  'Huổi Anh',
  'Nà Sáy',
  'Hua Ca',
  'Ta Pao',
  'Kép',
  'Chiềng Chung',
  'Lồng',
  'Món',
  'Chăn',
  'Có',
  'Cang',
  'Khá',
  'Sái',
  'Giáng',
  'Dửn',
  'Huổi Cáy',
  'Nậm Cá',
  'Pá Pao',
  'Hồng Lực',
  'Phiêng Vại',
  'Hua Nạ',
  'Trạng',
  'Bó',
  'Thin A',
  'Thin B',
  'Pú Piến',
  'Háng Chua',
  'Sáng Tớ',
  'Trung Dần',
  'Hua Mức',
  'Kể Cải',
  'Pom Khoảng',
  'Huổi Lóng',
  'Lúm',
  'Nà Cáy',
  'Xá Nhè',
];

const MIX: Mix = [
  ['Thái', 66],
  ['Mông', 24],
  ['Khơ Mú', 8],
  ['Tày', 2],
];

/** The cells of a commune: its bản, two schools, and where the article says so a health station and a military cell. */
function communeCells(r: ReturnType<typeof rng>, c: string, villages: number): CellSpec[] {
  return [
    ...draw(r, BAN, villages).map((b) => cellOf(`Bản ${b}`, 'VILLAGE')),
    cellOf(`Trường Mầm non ${c}`, 'SCHOOL', 0.6),
    cellOf(`Trường Tiểu học ${c}`, 'SCHOOL', 0.8),
    ...(HEALTH_STATIONS.has(c) ? [cellOf(`Trạm Y tế xã ${c}`, 'HEALTH', 0.5)] : []),
    ...(MILITARY_CELLS.has(c) ? [cellOf('Quân sự xã', 'MILITARY', 0.5)] : []),
  ];
}

/** Tỉnh Điện Biên with Huyện Tuần Giáo, and the members of each cell; the same on every machine. */
export function tuanGiaoPlan(): { tree: DemoOrg; leaves: LeafPlan[] } {
  const r = rng(20180824);
  const others: GrassrootsSpec[] = [
    ...committees(r, DISTRICT_COMMITTEES, '1992-01-01'),
    ...agencyCells(r, 'huyện Tuần Giáo', /^(Công an|Quân sự|Trung tâm Y tế|Văn phòng HĐND|Phòng [A-ZĐ])/u),
    ...COMMUNES.slice(0, 14).map(([c]) => ({
      name: `Chi bộ Trường PTDTBT THCS ${c}`,
      sector: 'SCHOOL' as const,
      cells: [],
      members: r.int(8, 16),
      establishedOn: '2010-09-05',
    })),
  ];
  const township: GrassrootsSpec = {
    name: 'Đảng bộ thị trấn Tuần Giáo',
    sector: 'TOWNSHIP',
    cells: [
      ...Array.from({ length: TOWNSHIP_GROUPS }, (_, i) => cellOf(`Tổ dân phố ${i + 1}`, 'RESIDENTIAL_GROUP')),
      cellOf('Trường Mầm non thị trấn', 'SCHOOL', 0.8),
      cellOf('Trường Tiểu học thị trấn', 'SCHOOL', 1),
    ],
    members: 0,
    establishedOn: '1992-01-01',
  };
  const communes: GrassrootsSpec[] = [
    township,
    ...COMMUNES.map(
      ([c, villages]): GrassrootsSpec => ({
        name: `Đảng bộ xã ${c}`,
        sector: 'COMMUNE',
        cells: communeCells(r, c, villages),
        members: 0,
        establishedOn: '1976-02-03',
      }),
    ),
  ];
  const rest = TUAN_GIAO.members - others.reduce((s, g) => s + g.members, 0);
  apportion(
    rest,
    communes.map((c) => c.cells.length + (c.sector === 'TOWNSHIP' ? 12 : 3)),
  ).forEach((n, i) => {
    communes[i].members = n;
  });
  return districtPlace(
    r,
    {
      province: ['DB', 'Đảng bộ tỉnh Điện Biên', '2004-01-01'],
      district: [TUAN_GIAO.code, 'Đảng bộ huyện Tuần Giáo', '1950-01-01'],
    },
    [...communes, ...others],
    { villageMinorities: 0.9, otherMinorities: 0.55, mix: MIX },
  );
}
