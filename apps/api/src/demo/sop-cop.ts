import {
  agencyCells,
  type CommitteeSpec,
  cellOf,
  cellsOf,
  committees,
  DISTRICT_COMMITTEES,
  districtPlace,
  type GrassrootsSpec,
} from './article-places.js';
import type { LeafPlan } from './lao-cai.js';
import { apportion } from './lao-cai.js';
import type { CellSpec } from './lao-cai-cells.js';
import { draw } from './lao-cai-cells.js';
import type { Mix } from './lao-cai-places.js';
import type { DemoOrg } from './organizations.js';
import { rng } from './random.js';

/**
 * Seed 003, Huyện Sốp Cộp (Tỉnh Sơn La) at the end of 2023: 41 grassroots
 * organisations (13 đảng bộ cơ sở, 28 chi bộ cơ sở), 159 subordinate cells,
 * 101 of them village (bản) cells after 128 villages were merged into 101,
 * 4,014 members; in the 2020–2025 term 469 admitted against a target of 400
 * (117.3%); 86 of the 101 bản cells with a cell committee (chi ủy); in 99
 * villages the cell's secretary is also the village head, and 2 village heads
 * are not party members (sop-cop-cadres.ts).
 */
export const SOP_COP = {
  code: 'SL-SC',
  grassroots: 41,
  committees: 13,
  cells: 159,
  villageCells: 101,
  members: 4014,
  target: 400,
  admittedInTerm: 469,
  secretaryAlsoHead: 99,
  headsNotMembers: 2,
  /** Bản cells with a cell committee (chi ủy): 86 of 101 (the article rounds it to 85.2%). */
  cellCommittees: 86,
};

/** The communes (2023), how many bản each holds after the mergers, and their relative number of members. */
const COMMUNES: [name: string, villages: number, weight: number][] = [
  ['Sốp Cộp', 16, 520],
  ['Dồm Cang', 12, 320],
  ['Nậm Lạnh', 10, 260],
  ['Púng Bánh', 14, 360],
  ['Mường Lèo', 12, 300],
  ['Mường Và', 13, 340],
  ['Mường Lạn', 12, 300],
  ['Sam Kha', 12, 300],
];

/** Thái, Mông and Khơ Mú village names of the area; each commune draws its own. */
const BAN = [
  'Hua Mường',
  'Nà Khi',
  'Huổi Lạ',
  'Pá Khôm',
  'Co Líu',
  'Nà Vạc',
  'Phiêng Pằn',
  'Huổi Pá',
  'Nong Phụ',
  'Púng Pa',
  'Huổi Khăng',
  'Nà Dạ',
  'Hua Pàn',
  'Pá Lâu',
  'Nậm Lộc',
  'Tin Tốc',
  'Huổi Luông',
  'Lả Lâu',
  'Co Tòng',
  'Phá Thóng',
  'Ten Ư',
  'Huổi Sai',
  'Nà Sảy',
  'Nà Hậu',
  'Co Pục',
  'Pá Bông',
  'Nà Đứa',
  'Huổi Dương',
  'Hua Lạn',
  'Pa Cống',
  'Nậm Ngùa',
  'Mạy Hốc',
  'Nà Lốc',
  'Huổi Hịa',
  'Co Muông',
  'Pá Ban',
  'Phiêng Lán',
  'Huổi Ún',
  'Nà Pầu',
  'Tà Cọ',
  'Pha Khuông',
  'Huổi Me',
];

const MIX: Mix = [
  ['Thái', 62],
  ['Mông', 22],
  ['Khơ Mú', 12],
  ['Tày', 4],
];

/** The committees besides the communes: the district's four, and its upper-secondary school. */
const COMMITTEES: CommitteeSpec[] = [
  ...DISTRICT_COMMITTEES,
  ['Đảng bộ Trường THPT Sốp Cộp', cellsOf('SCHOOL', ['Tổ Tự nhiên', 'Tổ Xã hội', 'Tổ Văn phòng']), 36, 45],
];

/** The cells of a commune besides its villages. */
const communeCells = (c: string): CellSpec[] => [
  cellOf(`Trường Mầm non ${c}`, 'SCHOOL', 0.6),
  cellOf(`Trường Tiểu học ${c}`, 'SCHOOL', 0.8),
  cellOf('Trạm Y tế xã', 'HEALTH', 0.4),
  cellOf('Công an xã', 'POLICE', 0.4),
  cellOf('Cơ quan xã', 'AGENCY', 1.2),
];

/** Tỉnh Sơn La with Huyện Sốp Cộp, and the members of each cell; the same on every machine. */
export function sopCopPlan(): { tree: DemoOrg; leaves: LeafPlan[] } {
  const r = rng(20240123);
  const others: GrassrootsSpec[] = [
    ...committees(r, COMMITTEES, '2004-01-01'),
    // the district's agencies (less those the committees above hold), the communes' secondary schools, a cooperative
    ...agencyCells(r, 'huyện Sốp Cộp', /^(Công an|Quân sự|Trung tâm Y tế|Văn phòng HĐND|Phòng [A-ZĐ]|Trường THPT)/u),
    ...COMMUNES.map(([c]) => ({
      name: `Chi bộ Trường PTDT bán trú THCS ${c}`,
      sector: 'SCHOOL' as const,
      cells: [],
      members: r.int(9, 18),
      establishedOn: '2004-09-05',
    })),
    {
      name: 'Chi bộ Hợp tác xã Nông nghiệp Sốp Cộp',
      sector: 'COOPERATIVE',
      cells: [],
      members: 9,
      establishedOn: '2023-06-15',
    },
  ];
  const rest = SOP_COP.members - others.reduce((s, g) => s + g.members, 0);
  const sizes = apportion(
    rest,
    COMMUNES.map(([, , w]) => w),
  );
  const communes: GrassrootsSpec[] = COMMUNES.map(([c, villages], i) => ({
    name: `Đảng bộ xã ${c}`,
    sector: 'COMMUNE',
    cells: [...draw(r, BAN, villages).map((b) => cellOf(`Bản ${b}`, 'VILLAGE')), ...communeCells(c)],
    members: sizes[i],
    establishedOn: '2004-01-01',
  }));
  return districtPlace(
    r,
    {
      province: ['SL', 'Đảng bộ tỉnh Sơn La', '1947-01-01'],
      district: [SOP_COP.code, 'Đảng bộ huyện Sốp Cộp', '2004-02-01'],
    },
    [...communes, ...others],
    { villageMinorities: 0.92, otherMinorities: 0.62, mix: MIX },
  );
}
