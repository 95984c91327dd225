import type { OrganizationSector } from '@dangvu/schema';
import type { Rng } from './random.js';

/** What a grassroots organisation is, for the cells it has. */
export type UnitKind = 'village' | 'ward' | 'school' | 'agency';

export interface CellSpec {
  name: string;
  sector: OrganizationSector;
  /** Relative number of members. */
  weight: number;
}

/** Village names for the cells of highland communes (Mông, Dao, Hà Nhì place names) and of the valleys. */
const HIGHLAND_VILLAGES = [
  'Sín Chải',
  'Tả Chải',
  'Lao Chải',
  'Sả Séng',
  'Hầu Thào',
  'Lủ Khấu',
  'Pờ Hồ',
  'Ngải Thầu',
  'Phìn Hồ',
  'Lùng Cẩu',
  'Séo Phìn Chư',
  'Mã Tuyển',
  'Lùng Sán',
  'Ý Lình Hồ',
  'Seo Mý Tỷ',
  'Cát Cát',
  'Bản Pho',
  'Nậm Sài',
  'Nậm Cang',
  'Phìn Páo',
  'Làng Mới',
  'Sín Chéng',
  'Mào Sao Phìn',
  'Sảng Chải',
  'Tả Thền',
  'Hồ Sáo Chải',
  'Kho Vàng',
  'Lao Táo',
  'Chu Lìn',
  'Pan Khèo',
  'Sừ Thàng',
  'Cốc Phương',
];
const VALLEY_VILLAGES = [
  'Làng Cóc',
  'Bản Mạc',
  'Nà Lốc',
  'Bản Vai',
  'Khe Chúc',
  'Làng Chưng',
  'Bản Lắc',
  'Bản Bông',
  'Nà Khương',
  'Khe Lếch',
  'Làng Bục',
  'Bản Cuông',
  'Nà Hin',
  'Khe Sâu',
  'Làng Mạ',
  'Bản Tát',
  'Nậm Cằm',
  'Làng Nhớn',
  'Tân Lập',
  'Đồng Tâm',
  'Hợp Xuân',
  'Tiến Lợi',
  'Bản Đao',
  'Khe Bá',
  'Làng Ẻn',
  'Mai Đào',
  'An Thành',
  'Phú Cường',
  'Bản Quỳnh',
  'Làng Khay',
];

const POOLS: Partial<Record<OrganizationSector, string[]>> = {
  POLICE: [
    'Đội Tổng hợp',
    'Đội An ninh',
    'Đội Cảnh sát hình sự',
    'Đội Cảnh sát giao thông - Trật tự',
    'Đội Cảnh sát điều tra tội phạm về ma túy',
    'Đội Cảnh sát kinh tế',
    'Đội Cảnh sát quản lý hành chính',
    'Đội Điều tra tổng hợp',
    'Đội Cảnh sát thi hành án hình sự và hỗ trợ tư pháp',
    'Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    'Đội Xây dựng phong trào',
    'Đội Hậu cần',
  ],
  MILITARY: [
    'Ban Tham mưu',
    'Ban Chính trị',
    'Ban Hậu cần - Kỹ thuật',
    'Đội Vũ trang',
    'Đội Vận động quần chúng',
    'Đội Trinh sát',
    'Đại đội 1',
    'Đại đội 2',
    'Đại đội 3',
    'Đại đội 4',
    'Trung đội Dân quân cơ động',
    'Đội Kiểm soát hành chính',
  ],
  HEALTH: [
    'Khoa Khám bệnh',
    'Khoa Nội',
    'Khoa Ngoại',
    'Khoa Sản',
    'Khoa Nhi',
    'Khoa Hồi sức cấp cứu',
    'Khoa Dược',
    'Khoa Xét nghiệm',
    'Khoa Chẩn đoán hình ảnh',
    'Khoa Truyền nhiễm',
    'Khoa Y học cổ truyền',
    'Phòng Kế hoạch tổng hợp',
  ],
  SCHOOL: [
    'Tổ Toán - Tin',
    'Tổ Ngữ văn',
    'Tổ Khoa học tự nhiên',
    'Tổ Khoa học xã hội',
    'Tổ Ngoại ngữ',
    'Tổ Thể dục - Quốc phòng',
    'Tổ Văn phòng',
    'Khoa Cơ bản',
    'Khoa Kỹ thuật',
    'Khoa Kinh tế',
    'Phòng Đào tạo',
    'Phòng Hành chính - Quản trị',
  ],
  ENTERPRISE: [
    'Văn phòng',
    'Phòng Kỹ thuật',
    'Phòng Kinh doanh',
    'Phòng Tài chính - Kế toán',
    'Phân xưởng 1',
    'Phân xưởng 2',
    'Đội Quản lý vận hành 1',
    'Đội Quản lý vận hành 2',
    'Phân xưởng Sửa chữa',
    'Đội Xe',
    'Phân xưởng 3',
    'Phòng An toàn',
  ],
  AGENCY: [
    'Văn phòng',
    'Phòng Tổ chức - Hành chính',
    'Phòng Kế hoạch - Tài chính',
    'Phòng Nghiệp vụ 1',
    'Phòng Nghiệp vụ 2',
    'Thanh tra',
    'Phòng Nghiệp vụ 3',
    'Phòng Pháp chế',
    'Phòng Tổng hợp',
    'Trung tâm trực thuộc',
    'Chi cục trực thuộc',
    'Đơn vị sự nghiệp',
  ],
};

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** k distinct names from a pool, in a shuffled order (numbered when the pool runs out). */
export function draw(r: Rng, pool: readonly string[], k: number): string[] {
  const p = [...pool];
  for (let i = p.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return Array.from({ length: k }, (_, i) =>
    i < p.length ? p[i] : `${p[i % p.length]} ${Math.floor(i / p.length) + 1}`,
  );
}

/**
 * The cells of a đảng bộ cơ sở of `size` members: a commune's villages (thôn)
 * with its health station, military and police; a ward's or township's
 * residential groups (tổ dân phố) likewise; an agency's, school's, hospital's,
 * unit's or enterprise's departments.
 */
export function cellNames(
  r: Rng,
  unit: UnitKind,
  sector: OrganizationSector,
  size: number,
  highland: boolean,
): CellSpec[] {
  if (unit === 'village' || unit === 'ward') {
    const place = unit === 'ward' ? (sector === 'WARD' ? 'phường' : 'thị trấn') : 'xã';
    const extras: CellSpec[] = [
      { name: `Trạm Y tế ${place}`, sector: 'HEALTH', weight: 0.35 },
      { name: `Quân sự ${place}`, sector: 'MILITARY', weight: 0.4 },
      { name: `Công an ${place}`, sector: 'POLICE', weight: 0.4 },
    ];
    if (unit === 'ward') {
      const n = clamp(Math.round(size / 28), 6, 16);
      const groups = Array.from({ length: n }, (_, i) => ({
        name: `Tổ dân phố số ${i + 1}`,
        sector: 'RESIDENTIAL_GROUP' as const,
        weight: 1,
      }));
      return [...groups, ...extras];
    }
    const n = clamp(Math.round(size / (highland ? 14 : 18)), 5, 16);
    const villages = draw(r, highland ? HIGHLAND_VILLAGES : VALLEY_VILLAGES, n).map((v) => ({
      name: `Thôn ${v}`,
      sector: 'VILLAGE' as const,
      weight: 1,
    }));
    return [...villages, ...extras];
  }
  const n = clamp(Math.round(size / 14), 3, 12);
  const pool = POOLS[unit === 'school' ? 'SCHOOL' : sector] ?? POOLS.AGENCY!;
  return draw(r, pool, n).map((name) => ({ name, sector: unit === 'school' ? 'SCHOOL' : sector, weight: 1 }));
}
