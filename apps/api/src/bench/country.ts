import { foldSearch } from '@dangvu/schema';

/**
 * The shape of the generated country at each scale, and the vocabulary its
 * names are drawn from. The tree follows the two-level model of 2025
 * (Hướng dẫn 31-HD/BTCTW): communes and wards (đảng bộ xã, phường) sit
 * directly under the province with their village and residential-group cells;
 * agencies, schools, enterprises, the army and the police sit in committees
 * directly under the province (đảng bộ trực thuộc, kind DISTRICT_COMMITTEE),
 * each with its grassroots organisations (chi bộ cơ sở, or đảng bộ cơ sở with
 * their cells).
 */
export interface ScaleSpec {
  scale: string;
  provinces: number;
  /** Communes and wards (GRASSROOTS_COMMITTEE) in all, shared out over the provinces. */
  communes: number;
  /** Village or residential-group cells per commune, on average. */
  villagesPerCommune: number;
  /** School, health, military and police cells per commune. */
  institutionCellsPerCommune: number;
  /** Committees directly under each province (DISTRICT_COMMITTEE). */
  committeesPerProvince: number;
  /** Grassroots organisations under those committees, in all. */
  otherGrassroots: number;
  /** The share of those that are grassroots committees with cells (the rest are grassroots cells). */
  grassrootsCommitteeShare: number;
  /** Cells of such a grassroots committee, on average. */
  cellsPerGrassrootsCommittee: number;
  members: number;
  /** The share of members in commune and ward cells. */
  communeShare: number;
  /** The size of the committee the benchmark's district admin is bound to. */
  districtMembers: number;
}

const SCALES: Record<string, ScaleSpec> = {
  district: {
    scale: 'district',
    provinces: 1,
    communes: 12,
    villagesPerCommune: 20,
    institutionCellsPerCommune: 4,
    committeesPerProvince: 4,
    otherGrassroots: 400,
    grassrootsCommitteeShare: 0.3,
    cellsPerGrassrootsCommittee: 6,
    members: 50_000,
    communeShare: 0.5,
    districtMembers: 5_000,
  },
  province: {
    scale: 'province',
    provinces: 1,
    communes: 126,
    villagesPerCommune: 40,
    institutionCellsPerCommune: 4,
    committeesPerProvince: 5,
    otherGrassroots: 4_874,
    grassrootsCommitteeShare: 0.5,
    cellsPerGrassrootsCommittee: 16,
    members: 500_000,
    communeShare: 0.5,
    districtMembers: 50_000,
  },
  nation: {
    scale: 'nation',
    provinces: 34,
    communes: 3_321,
    villagesPerCommune: 19.3,
    institutionCellsPerCommune: 4,
    committeesPerProvince: 14,
    otherGrassroots: 48_679,
    grassrootsCommitteeShare: 0.15,
    cellsPerGrassrootsCommittee: 5,
    members: 5_600_000,
    communeShare: 0.6,
    districtMembers: 3_700,
  },
};

/** The spec of a scale; `fraction` (0 < f ≤ 1) scales every count down, for a quick try of the same shape. */
export function scaleSpec(scale: string, fraction = 1): ScaleSpec {
  const base = SCALES[scale];
  if (!base) throw new Error(`SCALE must be one of ${Object.keys(SCALES).join(', ')}; got "${scale}"`);
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`the fraction must be in (0, 1]; got ${fraction}`);
  if (fraction === 1) return base;
  const f = (n: number) => Math.max(1, Math.round(n * fraction));
  return {
    ...base,
    scale: `${scale}×${fraction}`,
    provinces: f(base.provinces),
    communes: Math.max(f(base.communes), f(base.provinces)),
    otherGrassroots: f(base.otherGrassroots),
    members: f(base.members),
  };
}

/** A word list with its folded forms, as SQL array parameters. */
export interface Words {
  text: string[];
  folded: string[];
}

function words(list: readonly string[]): Words {
  return { text: [...list], folded: list.map(foldSearch) };
}

/** Repeats each value by its weight (a percentage), so that a uniform pick in SQL follows the weights. */
function weighted(table: readonly (readonly [string, number])[]): string[] {
  return table.flatMap(([v, w]) => Array.from({ length: w }, () => v));
}

/** The 34 provinces and cities since 1 July 2025. */
// biome-ignore format: a table
export const PROVINCES = words([
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh',
  'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình',
  'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai',
  'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
]);

/** Committees directly under a province, with their sector. */
export const COMMITTEES: readonly (readonly [string, string])[] = [
  ['Đảng bộ các cơ quan Đảng tỉnh', 'AGENCY'],
  ['Đảng bộ Ủy ban nhân dân tỉnh', 'AGENCY'],
  ['Đảng bộ Khối Doanh nghiệp tỉnh', 'ENTERPRISE'],
  ['Đảng bộ Quân sự tỉnh', 'MILITARY'],
  ['Đảng bộ Công an tỉnh', 'POLICE'],
  ['Đảng bộ Sở Giáo dục và Đào tạo', 'SCHOOL'],
  ['Đảng bộ Sở Y tế', 'HEALTH'],
  ['Đảng bộ Bộ đội Biên phòng tỉnh', 'MILITARY'],
  ['Đảng bộ Khối Mặt trận và các đoàn thể', 'AGENCY'],
  ['Đảng bộ Trường Đại học', 'SCHOOL'],
  ['Đảng bộ Hội đồng nhân dân tỉnh', 'AGENCY'],
  ['Đảng bộ Liên minh Hợp tác xã', 'COOPERATIVE'],
  ['Đảng bộ Tòa án và Viện Kiểm sát', 'AGENCY'],
  ['Đảng bộ Khối Sự nghiệp tỉnh', 'OTHER'],
];

/** Grassroots organisations under a committee: the head of their name and their sector. */
export const UNITS: readonly (readonly [string, string])[] = [
  ['Trường Tiểu học', 'SCHOOL'],
  ['Trường THCS', 'SCHOOL'],
  ['Trường THPT', 'SCHOOL'],
  ['Bệnh viện Đa khoa', 'HEALTH'],
  ['Trung tâm Y tế', 'HEALTH'],
  ['Công ty Cổ phần', 'ENTERPRISE'],
  ['Công ty TNHH', 'ENTERPRISE'],
  ['Hợp tác xã', 'COOPERATIVE'],
  ['Phòng', 'AGENCY'],
  ['Chi cục', 'AGENCY'],
  ['Ban Chỉ huy Quân sự', 'MILITARY'],
  ['Đồn Biên phòng', 'MILITARY'],
  ['Công an', 'POLICE'],
  ['Trung tâm', 'OTHER'],
];

/** Syllables of place names: two of them make a commune's or a village's name. */
export const PLACES = words(
  'Tân Phú Bình An Hòa Thạnh Long Mỹ Phước Thuận Đông Tây Nam Bắc Trung Hưng Thịnh Lộc Vĩnh Quang Minh Sơn Hải Thủy Lâm Nà Bản Khuổi Phiêng Nặm Lũng Cao Yên Thái Kim Ngọc Hồng Thanh Xuân Đức Phong Hiệp Lợi Thắng Lạc Tiến Hợp Đồng Lập Hà Giang Thượng Hạ Na Pác Tả Mường Ia Đắk Krông Chiềng'.split(
    ' ',
  ),
);

/** Family names, weighted roughly as in the population. */
// biome-ignore format: a table
export const FAMILY = words(
  weighted([
    ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 2], ['Phan', 4], ['Vũ', 3],
    ['Võ', 2], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 1], ['Ngô', 1], ['Dương', 1], ['Lý', 1], ['Ma', 1],
    ['Nông', 1], ['Triệu', 1], ['Lò', 1], ['Hà', 1], ['Giàng', 1], ['Đinh', 1], ['Lương', 1], ['Mai', 1],
    ['Trịnh', 1], ['Đào', 1],
  ]),
);

export const MALE_MIDDLE = words(
  weighted([
    ['Văn', 45],
    ['Đức', 10],
    ['Minh', 10],
    ['Quang', 8],
    ['Hữu', 8],
    ['Công', 7],
    ['Xuân', 6],
    ['Thanh', 6],
  ]),
);
export const FEMALE_MIDDLE = words(
  weighted([
    ['Thị', 70],
    ['Thu', 8],
    ['Ngọc', 7],
    ['Thanh', 6],
    ['Minh', 5],
    ['Hồng', 4],
  ]),
);
export const MALE_GIVEN = words(
  'Anh Bình Cường Dũng Đạt Đông Hải Hiếu Hòa Hùng Huy Khang Khánh Lâm Long Lợi Mạnh Minh Nam Nghĩa Phong Phúc Quân Quyết Sơn Tài Thái Thắng Thành Toàn Trung Tuấn Tùng Việt Vinh'.split(
    ' ',
  ),
);
export const FEMALE_GIVEN = words(
  'Anh Ánh Châu Chi Dung Duyên Giang Hà Hằng Hạnh Hiền Hoa Hồng Huệ Hương Huyền Lan Liên Linh Loan Mai Nga Ngọc Nhung Oanh Phương Quỳnh Thảo Thu Thủy Trang Vân Xuân Yến'.split(
    ' ',
  ),
);

/** Ethnicities of members, weighted (Kinh about 85% nationally). */
// biome-ignore format: a table
export const ETHNICITIES = weighted([
  ['Kinh', 85], ['Tày', 3], ['Thái', 2], ['Mường', 2], ['Khmer', 2], ['Nùng', 2], ['Mông', 1], ['Dao', 1],
  ['Hoa', 1], ['Gia Rai', 1],
]);

// biome-ignore format: a table
export const THEORY_LEVELS = weighted([
  ['NONE', 25], ['ELEMENTARY', 45], ['INTERMEDIATE', 22], ['ADVANCED', 3], ['BACHELOR', 5],
]);

// biome-ignore format: a table
export const QUALIFICATIONS = weighted([
  ['NONE', 30], ['VOCATIONAL', 10], ['INTERMEDIATE', 25], ['COLLEGE', 10], ['BACHELOR', 23], ['MASTER', 2],
]);
