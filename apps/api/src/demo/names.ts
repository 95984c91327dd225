import type { Rng } from './random.js';

/**
 * Names as the ethnic groups of the demo provinces give them: the surname
 * says the group (Giàng, Sùng, Thào → Mông; Tẩn, Chảo, Bàn → Dao; Hoàng, Nông,
 * Ma → mostly Tày …), Mông men often carry Seo or A as middle name, red Dao
 * men Láo, Hà Nhì names their own syllables. Invented people: a draw that
 * names an official of the seed articles is drawn again (SEED_OFFICIALS).
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
  'Pà Thẻn',
  'Cao Lan',
  'Khơ Mú',
  'Khmer',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

type Weighted = readonly (readonly [string, number])[];

/** Words separated by spaces, for compact lists of syllables. */
const w = (words: string) => words.split(' ');

interface Naming {
  surnames: Weighted;
  /** Middle names and given names, drawn apart: Giàng + Seo + Phử. */
  male: readonly [middle: string[], given: string[]];
  female: readonly [middle: string[], given: string[]];
}

/** Tày, Nùng, Giáy, Thái, Phù Lá and Bố Y: Văn / Thị with a Vietnamese or local given name. */
const NORTHERN = {
  male: [
    w('Văn Văn Văn Đức Kim Xuân Thanh'),
    w('Thịnh Pản Quang Hòa Hưng Tiến Thành Dụng Sinh Tuân Khoa Chiến Hải Lâm Thắng Cường Phìn Sơn Dân Kiên'),
  ],
  female: [
    w('Thị Thị Thị Thu Kim'),
    w('Lâm Thơm Mến Hường Lan Nhàn Bích Hoa Duyên Thúy Mai Sen Lìn Nguyệt Dung Hằng Liên'),
  ],
} as const;

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
      w('Văn Văn Đức Mạnh Quang Minh Xuân Ngọc Hữu Thanh Trọng Đình Anh Tiến Công Hồng Duy Việt'),
      w(
        'Hùng Thắng Cường Huy Tuấn Hải Trường Sơn Nghĩa Tùng Hiếu Phong Dũng Thành Quân Bình Khánh Long Nam Hoàng Đạt Kiên',
      ),
    ],
    female: [
      w('Thị Thị Thị Thu Ngọc Thanh Minh Hải Phương Thùy Hồng Kim'),
      w('Hoa Hương Lan Hà Hằng Nga Anh Huyền Mai Thảo Nguyệt Yến Dung Thủy Linh Hạnh Phượng Trang Loan Nhung'),
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
      ['Chẩu', 3],
      ['Quan', 3],
      ['Lộc', 2],
    ],
    ...NORTHERN,
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
    male: [w('Seo Seo A A Văn'), w('Phử Sử Chư Lử Sáng Dìn Páo Chứ Lềnh Vư Pao Tủa Sình Súng Lồng Dũng Chính')],
    female: [w('Thị'), w('Mỷ Dợ Sua Chở Mai Dế Sính Pàng Ca Chi Súa Dua Xoa')],
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
      w('Láo Láo Văn Văn Kim Tiến'),
      w('San Lở Chàn Kiêm Tả Phin Quẩy Vinh Sinh Lử Quyết Phúc Chài Lùng Phù Kiều'),
    ],
    female: [w('Thị Thị Tả Sử'), w('Mẩy Xuân Nhất Kiều Dín Liên Chiêu Phấy Lai Mùi Phương')],
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
    ...NORTHERN,
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
    ...NORTHERN,
  },
  'Hà Nhì': {
    surnames: [
      ['Chu', 30],
      ['Lý', 30],
      ['Pờ', 15],
      ['Ly', 10],
      ['Phu', 8],
    ],
    male: [w('A Lả Chừ Go Xá Mỳ'), w('Xá Chừ Giờ Dơ Lùng Hờ Phạ Gia')],
    female: [w('Mỳ Lỳ Thị'), w('Mé Giá Hờ Xá Chà Pờ Gó')],
  },
  'Phù Lá': {
    surnames: [
      ['Vàng', 25],
      ['Lò', 20],
      ['Lý', 15],
      ['Sần', 10],
    ],
    ...NORTHERN,
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
    ...NORTHERN,
  },
  'Bố Y': {
    surnames: [
      ['Sần', 30],
      ['Lù', 25],
      ['Vương', 20],
    ],
    ...NORTHERN,
  },
  'Pà Thẻn': {
    surnames: [
      ['Lý', 35],
      ['Hoàng', 20],
      ['Phù', 15],
      ['Sìn', 10],
    ],
    ...NORTHERN,
  },
  'Cao Lan': {
    surnames: [
      ['Hoàng', 25],
      ['Lâm', 20],
      ['La', 15],
      ['Trần', 10],
      ['Lưu', 10],
      ['Trương', 10],
      ['Đàm', 5],
    ],
    ...NORTHERN,
  },
  /** Sơn La and Điện Biên (seeds 002, 003): Khơ Mú families took Thái surnames. */
  'Khơ Mú': {
    surnames: [
      ['Lò', 30],
      ['Vì', 20],
      ['Quàng', 15],
      ['Cà', 15],
      ['Lường', 10],
    ],
    ...NORTHERN,
  },
  /** Kiên Giang (seed 004): Danh, Thạch, Sơn, Kim, Lâm; Thị for women. */
  Khmer: {
    surnames: [
      ['Danh', 40],
      ['Thạch', 20],
      ['Sơn', 15],
      ['Kim', 10],
      ['Lâm', 10],
      ['Châu', 5],
    ],
    male: [w('Văn Minh Hoàng Thanh'), w('Rết Sóc Phol Thum Chanh Hên Sang Út Đông Nghiệp')],
    female: [w('Thị Thị Sa Mỹ'), w('Rinh Nang Phách Ly Hoa Chanh Sóc Lài Thươl')],
  },
};

/**
 * Officials the seed articles name (seed 000: Lâm Bình; seed 001: Lào Cai;
 * seed 003: Sốp Cộp): real people, never drawn as a demo member or candidate.
 */
export const SEED_OFFICIALS: readonly string[] = [
  'Nguyễn Thành Trung',
  'Trần Công Nguyên',
  'Ma Công Khâm',
  'Đặng Xuân Phong',
  'Vũ Xuân Cường',
  'Trịnh Xuân Trường',
  'Hoàng Giang',
  'Phạm Toàn Thắng',
  'Nguyễn Văn Tùng',
  'Dương Tú Anh',
];
const OFFICIALS = new Set(SEED_OFFICIALS);

/** The surnames a group uses (for checks). */
export function surnamesOf(group: EthnicGroup): string[] {
  return NAMING[group].surnames.map(([s]) => s);
}

/** A full name for a member of the group; never one of SEED_OFFICIALS (drawn again). */
export function ethnicName(r: Rng, group: EthnicGroup, gender: 'MALE' | 'FEMALE'): string {
  const n = NAMING[group];
  const [middle, given] = gender === 'MALE' ? n.male : n.female;
  for (;;) {
    const name = `${r.weighted(n.surnames)} ${r.pick(middle)} ${r.pick(given)}`;
    if (!OFFICIALS.has(name)) return name;
  }
}
