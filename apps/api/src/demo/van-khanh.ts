import { cellOf, district, type GrassrootsSpec, grassrootsOrgs, type PlaceShares, province } from './article-places.js';
import type { LeafPlan } from './lao-cai.js';
import { type AdmissionDraw, dayOf } from './lao-cai-members.js';
import type { DemoOrg } from './organizations.js';
import { rng } from './random.js';

/**
 * Seed 004, Xã Vân Khánh (Huyện An Minh, Tỉnh Kiên Giang), November 2023:
 * 12 subordinate cells, 6 hamlet (ấp) cells and 6 of agencies and units, 235
 * members; in 2023 5 admitted and 5 probationary members recognised official.
 */
export const VAN_KHANH = {
  code: 'KG-AM-01',
  members: 235,
  cells: 12,
  hamletCells: 6,
  admitted2023: 5,
  recognised2023: 5,
};

const CELLS = [
  ...['Ấp Xẻo Quao', 'Ấp Kim Quy', 'Ấp Rọ Ghe', 'Ấp Xẻo Nhàu', 'Ấp Thuận Hòa', 'Ấp Vân Tiến'].map((n) =>
    cellOf(n, 'VILLAGE', 1.3),
  ),
  cellOf('Cơ quan Đảng - Đoàn thể xã', 'AGENCY', 0.8),
  cellOf('Cơ quan Chính quyền xã', 'AGENCY', 1),
  cellOf('Quân sự xã', 'MILITARY', 0.6),
  cellOf('Công an xã', 'POLICE', 0.6),
  cellOf('Trạm Y tế xã', 'HEALTH', 0.35),
  cellOf('Trường học xã', 'SCHOOL', 0.9),
];

const VAN_KHANH_SPEC: GrassrootsSpec = {
  name: 'Đảng bộ xã Vân Khánh',
  sector: 'COMMUNE',
  cells: CELLS,
  members: VAN_KHANH.members,
  establishedOn: '1979-01-01',
};
/** Mostly Kinh; a few Khmer members. */
const VAN_KHANH_SHARES: PlaceShares = { villageMinorities: 0.06, otherMinorities: 0.04, mix: [['Khmer', 1]] };

/** Tỉnh Kiên Giang, Huyện An Minh and Xã Vân Khánh with its cells and their members; the same on every machine. */
export function vanKhanhPlan(): { tree: DemoOrg; leaves: LeafPlan[] } {
  const r = rng(20231112);
  const leaves: LeafPlan[] = [];
  const communes = grassrootsOrgs(r, 'KG-AM', [VAN_KHANH_SPEC], VAN_KHANH_SHARES, leaves);
  const tree = province('KG', 'Đảng bộ tỉnh Kiên Giang', '1976-01-01', [
    district('KG-AM', 'Đảng bộ huyện An Minh', '1986-01-01', communes),
  ]);
  return { tree, leaves };
}

/**
 * Vân Khánh's admissions: of its members, 5 (spread over the roll) admitted
 * in 2022 and so recognised official in 2023, 5 admitted in 2023 (official in
 * 2024); the others admitted by November 2021 (official, with the decision's
 * event, within 2022) or since 2024, so that 2023 holds those ten only.
 */
export function vanKhanhAdmissions(today: string): AdmissionDraw {
  const n = VAN_KHANH.members;
  const special = new Map<number, number>();
  for (let j = 0; j < VAN_KHANH.admitted2023 + VAN_KHANH.recognised2023; j++)
    special.set(Math.floor(((j + 0.5) * n) / 10), j % 2 ? 2023 : 2022);
  const periods = [
    [[dayOf('1975-01-01'), dayOf('1990-12-31')], 15],
    [[dayOf('1991-01-01'), dayOf('2005-12-31')], 30],
    [[dayOf('2006-01-01'), dayOf('2021-11-30')], 50],
    [[dayOf('2024-01-01'), Math.max(dayOf('2024-01-01'), dayOf(today))], 5],
  ] as const;
  return (r, i) => {
    const year = special.get(i);
    if (year === 2022) return r.int(dayOf('2022-01-10'), dayOf('2022-11-10'));
    if (year === 2023) return r.int(dayOf('2023-01-10'), dayOf('2023-10-31'));
    const [from, to] = r.weighted(periods);
    return r.int(from, to);
  };
}
