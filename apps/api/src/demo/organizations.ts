import type { OrganizationKind, OrganizationSector } from '@dangvu/schema';

/** A demo organisation: code, name, kind, sector, founding date, and the organisations under it. */
export interface DemoOrg {
  code: string;
  name: string;
  kind: OrganizationKind;
  sector: OrganizationSector;
  establishedOn: string;
  children?: DemoOrg[];
}

const cell = (code: string, name: string, sector: OrganizationSector = 'VILLAGE', on = '1990-05-19'): DemoOrg => ({
  code,
  name,
  kind: 'SUBORDINATE_CELL',
  sector,
  establishedOn: on,
});

const commune = (
  code: string,
  name: string,
  sector: OrganizationSector,
  cells: DemoOrg[],
  on = '1976-02-03',
): DemoOrg => ({
  code,
  name,
  kind: 'GRASSROOTS_COMMITTEE',
  sector,
  establishedOn: on,
  children: cells,
});

const grassrootsCell = (code: string, name: string, sector: OrganizationSector, on = '2006-01-01'): DemoOrg => ({
  code,
  name,
  kind: 'GRASSROOTS_CELL',
  sector,
  establishedOn: on,
});

function villages(prefix: string, names: string[], extra: DemoOrg[] = []): DemoOrg[] {
  return [...names.map((n, i) => cell(`${prefix}-${String(i + 1).padStart(2, '0')}`, `Chi bộ ${n}`)), ...extra];
}

/** Seed 000's Thôn Nà Coóc, a village of xã Bình An (not of Lăng Can). */
export const NA_COOC = 'LB-BA-07';

/**
 * Tỉnh Tuyên Quang with Huyện Lâm Bình (seed 000: 27 grassroots
 * organisations; Lăng Can township with 16 cells, Nặm Đíp among them) and
 * Huyện Na Hang as it stood before 1 July 2025 (the seed then runs the 2025
 * reform on it through the API's operations: na-hang-reform.ts); and, since
 * the 2025 reform, a commune directly under the province.
 */
export const DEMO_TREE: DemoOrg = {
  code: 'TQ',
  name: 'Đảng bộ tỉnh Tuyên Quang',
  kind: 'PROVINCIAL_COMMITTEE',
  sector: 'OTHER',
  establishedOn: '1945-01-01',
  children: [
    {
      code: 'LB',
      name: 'Đảng bộ huyện Lâm Bình',
      kind: 'DISTRICT_COMMITTEE',
      sector: 'OTHER',
      establishedOn: '2011-04-01',
      children: [
        commune(
          'LB-LC',
          'Đảng bộ thị trấn Lăng Can',
          'TOWNSHIP',
          villages(
            'LB-LC',
            [
              'Tổ dân phố Nặm Đíp',
              'Thôn Khuổi Hỏi',
              'Thôn Bản Khiếng',
              'Thôn Nà Khà',
              'Thôn Khuổi Củng',
              'Thôn Phai Tre A',
              'Thôn Phai Tre B',
              'Thôn Nà Lầm',
              'Tổ dân phố Bản Chợ',
              'Thôn Nà Vài',
              'Thôn Pác Hóa',
            ],
            [
              cell('LB-LC-12', 'Chi bộ Trường THCS Lăng Can', 'SCHOOL'),
              cell('LB-LC-13', 'Chi bộ Trường Tiểu học Lăng Can', 'SCHOOL'),
              cell('LB-LC-14', 'Chi bộ Trạm Y tế thị trấn', 'HEALTH'),
              cell('LB-LC-15', 'Chi bộ Quân sự thị trấn', 'MILITARY'),
              cell('LB-LC-16', 'Chi bộ Công an thị trấn', 'POLICE'),
            ],
          ),
        ),
        commune(
          'LB-TL',
          'Đảng bộ xã Thượng Lâm',
          'COMMUNE',
          villages(
            'LB-TL',
            [
              'Thôn Nà Thuôn',
              'Thôn Bản Bó',
              'Thôn Khuổi Ổ',
              'Thôn Nà Liềm',
              'Thôn Nặm Chá',
              'Thôn Phiêng Luông',
              'Thôn Nà Va',
              'Thôn Bản Chợ',
            ],
            [
              cell('LB-TL-09', 'Chi bộ Trường PTDTBT THCS Thượng Lâm', 'SCHOOL'),
              cell('LB-TL-10', 'Chi bộ Quân sự xã', 'MILITARY'),
            ],
          ),
        ),
        commune(
          'LB-BA',
          'Đảng bộ xã Bình An',
          'COMMUNE',
          villages(
            'LB-BA',
            ['Thôn Bản Khán', 'Thôn Nà Tông', 'Thôn Khuổi Hóp', 'Thôn Bản Tháng', 'Thôn Nặm Đường'],
            [
              cell('LB-BA-06', 'Chi bộ Trường Tiểu học Bình An', 'SCHOOL'),
              // seed 000: "chi bộ thôn Nà Coóc, xã Bình An"
              cell(NA_COOC, 'Chi bộ Thôn Nà Coóc'),
            ],
          ),
        ),
        commune(
          'LB-KH',
          'Đảng bộ xã Khuôn Hà',
          'COMMUNE',
          villages('LB-KH', ['Thôn Nà Muông', 'Thôn Nặm Hát', 'Thôn Bản Din', 'Thôn Lũng Giang', 'Thôn Khuổi Nhừ']),
        ),
        commune(
          'LB-PY',
          'Đảng bộ xã Phúc Yên',
          'COMMUNE',
          villages('LB-PY', ['Thôn Khuổi Trang', 'Thôn Nà Thài', 'Thôn Phiêng Mơ', 'Thôn Bản Phiêng']),
        ),
        commune(
          'LB-XL',
          'Đảng bộ xã Xuân Lập',
          'COMMUNE',
          villages('LB-XL', ['Thôn Nà Lằn', 'Thôn Bản Luông', 'Thôn Khuổi Khít', 'Thôn Phai Khằn']),
        ),
        commune(
          'LB-TB',
          'Đảng bộ xã Thổ Bình',
          'COMMUNE',
          villages('LB-TB', ['Thôn Nà Ngoãng', 'Thôn Nặm Đíp', 'Thôn Bản Piát', 'Thôn Khuổi Củng', 'Thôn Nà Mỵ']),
        ),
        commune(
          'LB-HQ',
          'Đảng bộ xã Hồng Quang',
          'COMMUNE',
          villages('LB-HQ', ['Thôn Bản Khiển', 'Thôn Phiêng Ngàm', 'Thôn Nà Chang', 'Thôn Lung Giang']),
        ),
        commune(
          'LB-QS',
          'Đảng bộ Quân sự huyện',
          'MILITARY',
          villages('LB-QS', ['Ban Chỉ huy', 'Đại đội bộ binh']),
          '2011-04-01',
        ),
        commune(
          'LB-CA',
          'Đảng bộ Công an huyện',
          'POLICE',
          villages('LB-CA', ['Đội An ninh', 'Đội Cảnh sát']),
          '2011-04-01',
        ),
        ...[
          ['LB-CQ-HU', 'Chi bộ Cơ quan Huyện ủy', 'AGENCY'],
          ['LB-CQ-UB', 'Chi bộ Văn phòng HĐND và UBND huyện', 'AGENCY'],
          ['LB-CQ-MT', 'Chi bộ Cơ quan Mặt trận và các đoàn thể', 'AGENCY'],
          ['LB-CQ-TC', 'Chi bộ Phòng Tài chính - Kế hoạch', 'AGENCY'],
          ['LB-CQ-NN', 'Chi bộ Phòng Nông nghiệp', 'AGENCY'],
          ['LB-CQ-GD', 'Chi bộ Phòng Giáo dục và Đào tạo', 'AGENCY'],
          ['LB-TH-LB', 'Chi bộ Trường THPT Lâm Bình', 'SCHOOL'],
          ['LB-TH-DT', 'Chi bộ Trường PTDT Nội trú huyện', 'SCHOOL'],
          ['LB-YT', 'Chi bộ Trung tâm Y tế huyện', 'HEALTH'],
          ['LB-TA', 'Chi bộ Tòa án nhân dân huyện', 'AGENCY'],
          ['LB-VKS', 'Chi bộ Viện Kiểm sát nhân dân huyện', 'AGENCY'],
          ['LB-THA', 'Chi bộ Chi cục Thi hành án dân sự', 'AGENCY'],
          ['LB-KB', 'Chi bộ Kho bạc Nhà nước huyện', 'AGENCY'],
          ['LB-BH', 'Chi bộ Bảo hiểm xã hội huyện', 'AGENCY'],
          ['LB-DL', 'Chi bộ Điện lực Lâm Bình', 'ENTERPRISE'],
          ['LB-HTX', 'Chi bộ Hợp tác xã Chè Lâm Bình', 'COOPERATIVE'],
          ['LB-TT', 'Chi bộ Trung tâm Văn hóa - Truyền thông', 'AGENCY'],
        ].map(([code, name, sector]) => grassrootsCell(code, name, sector as OrganizationSector)),
      ],
    },
    {
      code: 'NH',
      name: 'Đảng bộ huyện Na Hang',
      kind: 'DISTRICT_COMMITTEE',
      sector: 'OTHER',
      establishedOn: '1945-01-01',
      children: [
        commune(
          'NH-NH',
          'Đảng bộ thị trấn Na Hang',
          'TOWNSHIP',
          villages('NH-NH', ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4']),
        ),
        commune(
          'NH-TH',
          'Đảng bộ xã Thanh Tương',
          'COMMUNE',
          villages('NH-TH', ['Thôn Nà Mỏ', 'Thôn Bản Lằn', 'Thôn Nà Khá']),
        ),
        commune(
          'NH-SN',
          'Đảng bộ xã Sơn Phú',
          'COMMUNE',
          villages('NH-SN', ['Thôn Nà Mụ', 'Thôn Khau Phiêng', 'Thôn Nặm Đíp']),
        ),
        commune(
          'NH-NK',
          'Đảng bộ xã Năng Khả',
          'COMMUNE',
          villages('NH-NK', ['Thôn Nà Khà', 'Thôn Khuổi Phầy', 'Thôn Nà Lá']),
        ),
        grassrootsCell('NH-CQ-HU', 'Chi bộ Cơ quan Huyện ủy Na Hang', 'AGENCY'),
      ],
    },
    commune(
      'TQ-MH',
      'Đảng bộ xã Minh Hương (mô hình hai cấp, 2025)',
      'COMMUNE',
      villages('TQ-MH', ['Thôn Làng Vai', 'Thôn Nà Thấu']),
      '2025-07-01',
    ),
  ],
};

export { DEMO_PASSWORD, DEMO_USERS } from './accounts.js';
