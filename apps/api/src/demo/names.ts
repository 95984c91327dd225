import type { Rng } from './random.js';

/**
 * Names as the ethnic groups of Lào Cai give them: the surname says the
 * group (Giàng, Sùng, Thào → Mông; Tẩn, Chảo, Bàn → Dao; Hoàng, Nông, Ma →
 * mostly Tày …), Mông men often carry Seo or A as middle name, red Dao men
 * Láo, Hà Nhì names their own syllables. Invented people, not real officials.
 */
export const ETHNIC_GROUPS = [
  'Kinh',
  'Tày',
  'Mông',
  'Dao',
  'Giáy',
  'Nùng',
  'Hà Nhì',
  'Phù Lá',
  'Thái',
  'Bố Y',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

type Weighted = readonly (readonly [string, number])[];

/** Tày, Nùng, Giáy, Thái, Phù Lá and Bố Y given names: mostly Văn / Thị with a Vietnamese name. */
const VAN_MALE = [
  'Văn Thịnh',
  'Văn Pản',
  'Văn Quang',
  'Đức Hòa',
  'Văn Hưng',
  'Văn Tiến',
  'Kim Thành',
  'Văn Dụng',
  'Văn Sinh',
  'Văn Tuân',
  'Văn Khoa',
  'Văn Chiến',
  'Văn Hải',
  'Văn Lâm',
  'Văn Thắng',
  'Văn Cường',
  'Văn Phìn',
  'Văn Sơn',
];
const THI_FEMALE = [
  'Thị Lâm',
  'Thị Thơm',
  'Thị Mến',
  'Thị Hường',
  'Thị Lan',
  'Thị Nhàn',
  'Thị Bích',
  'Thị Hoa',
  'Thị Duyên',
  'Thị Thúy',
  'Thị Mai',
  'Thị Sen',
  'Thị Lìn',
  'Thị Nguyệt',
];

interface Naming {
  surnames: Weighted;
  male: readonly string[];
  female: readonly string[];
}

const NAMING: Record<EthnicGroup, Naming> = {
  Kinh: {
    surnames: [
      ['Nguyễn', 30],
      ['Trần', 10],
      ['Lê', 8],
      ['Phạm', 7],
      ['Vũ', 6],
      ['Hoàng', 4],
      ['Đỗ', 5],
      ['Bùi', 4],
      ['Đặng', 3],
      ['Ngô', 3],
      ['Đinh', 3],
      ['Dương', 3],
      ['Phan', 3],
      ['Trịnh', 3],
      ['Lương', 2],
      ['Mai', 2],
      ['Đào', 2],
      ['Tạ', 1],
      ['Lưu', 1],
    ],
    male: [
      'Văn Hùng',
      'Đức Thắng',
      'Mạnh Cường',
      'Quang Huy',
      'Minh Tuấn',
      'Văn Hải',
      'Xuân Trường',
      'Ngọc Sơn',
      'Hữu Nghĩa',
      'Thanh Tùng',
      'Trọng Hiếu',
      'Đình Phong',
      'Anh Tuấn',
      'Tiến Dũng',
      'Công Thành',
      'Hồng Quân',
      'Văn Bình',
      'Duy Khánh',
    ],
    female: [
      'Thị Hoa',
      'Thị Thu Hương',
      'Thị Lan',
      'Thu Hà',
      'Thị Hằng',
      'Thị Nga',
      'Ngọc Anh',
      'Thị Thanh Huyền',
      'Thị Mai',
      'Phương Thảo',
      'Thị Minh Nguyệt',
      'Thị Hải Yến',
      'Thị Dung',
      'Thị Thủy',
      'Thùy Linh',
      'Thị Hạnh',
      'Thị Phượng',
    ],
  },
  Tày: {
    surnames: [
      ['Hoàng', 25],
      ['Nông', 15],
      ['Ma', 10],
      ['Hà', 8],
      ['La', 8],
      ['Lục', 6],
      ['Lương', 6],
      ['Đàm', 5],
      ['Vi', 4],
      ['Bế', 3],
      ['Triệu', 3],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
  Mông: {
    surnames: [
      ['Giàng', 22],
      ['Sùng', 18],
      ['Vàng', 15],
      ['Lý', 12],
      ['Thào', 12],
      ['Hầu', 6],
      ['Mua', 6],
      ['Lầu', 3],
      ['Tráng', 3],
    ],
    male: [
      'Seo Phử',
      'Seo Sử',
      'A Chư',
      'Seo Lử',
      'A Sáng',
      'Seo Dìn',
      'A Páo',
      'Seo Chứ',
      'A Lềnh',
      'Văn Chư',
      'Seo Vư',
      'A Dũng',
      'Văn Pao',
      'Seo Pao',
      'A Tủa',
    ],
    female: [
      'Thị Mỷ',
      'Thị Dợ',
      'Thị Sua',
      'Thị Chở',
      'Thị Mai',
      'Thị Dế',
      'Thị Sính',
      'Thị Pàng',
      'Thị Ca',
      'Thị Chi',
    ],
  },
  Dao: {
    surnames: [
      ['Bàn', 18],
      ['Triệu', 18],
      ['Đặng', 15],
      ['Tẩn', 15],
      ['Chảo', 12],
      ['Phàn', 10],
      ['Lý', 7],
    ],
    male: [
      'Láo San',
      'Láo Lở',
      'Văn Chàn',
      'Văn Kiêm',
      'Láo Tả',
      'Văn Phin',
      'Láo Quẩy',
      'Tiến Vinh',
      'Văn Sinh',
      'Láo Lử',
      'Văn Quyết',
      'Kim Phúc',
    ],
    female: ['Thị Mẩy', 'Tả Mẩy', 'Thị Xuân', 'Thị Nhất', 'Thị Kiều', 'Thị Dín', 'Sử Mẩy', 'Thị Liên', 'Thị Chiêu'],
  },
  Giáy: {
    surnames: [
      ['Lù', 25],
      ['Vương', 15],
      ['Sần', 15],
      ['Hoàng', 15],
      ['Lò', 10],
      ['Lồ', 8],
      ['Vàng', 7],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
  Nùng: {
    surnames: [
      ['Hoàng', 20],
      ['Nông', 15],
      ['Lù', 15],
      ['Vi', 10],
      ['Lục', 10],
      ['Vù', 8],
      ['Lương', 7],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
  'Hà Nhì': {
    surnames: [
      ['Chu', 30],
      ['Lý', 30],
      ['Pờ', 15],
      ['Ly', 10],
      ['Phu', 8],
    ],
    male: ['A Xá', 'Lả Chừ', 'Chừ Xá', 'Mỳ Giờ', 'Go Chừ', 'A Dơ', 'Văn Lùng', 'Xá Hờ'],
    female: ['Mỳ Mé', 'Lỳ Giá', 'Thị Hờ', 'Mỳ Xá', 'Thị Chà', 'Lỳ Pờ'],
  },
  'Phù Lá': {
    surnames: [
      ['Vàng', 25],
      ['Lò', 20],
      ['Lý', 15],
      ['Sần', 10],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
  Thái: {
    surnames: [
      ['Lò', 30],
      ['Lường', 20],
      ['Cầm', 15],
      ['Điêu', 10],
      ['Vì', 10],
      ['Quàng', 5],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
  'Bố Y': {
    surnames: [
      ['Sần', 30],
      ['Lù', 25],
      ['Vương', 20],
    ],
    male: VAN_MALE,
    female: THI_FEMALE,
  },
};

/** The surnames a group uses (for checks). */
export function surnamesOf(group: EthnicGroup): string[] {
  return NAMING[group].surnames.map(([s]) => s);
}

/** A full name for a member of the group. */
export function ethnicName(r: Rng, group: EthnicGroup, gender: 'MALE' | 'FEMALE'): string {
  const n = NAMING[group];
  return `${r.weighted(n.surnames)} ${r.pick(gender === 'MALE' ? n.male : n.female)}`;
}
