import type {
  Gender,
  MemberStatus,
  OrganizationKind,
  OrganizationSector,
  OrganizationStatus,
  Qualification,
  Role,
  TheoryLevel,
} from './enums.js';

export type Lang = 'vi' | 'en';
export type Labels<T extends string> = Record<T, { vi: string; en: string }>;

export const ROLE_LABELS: Labels<Role> = {
  ADMIN: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  DISTRICT_ADMIN: { vi: 'Ban Tổ chức Huyện ủy', en: 'District organisation board' },
  DISTRICT_INSPECTOR: { vi: 'Ủy ban Kiểm tra Huyện ủy', en: 'District inspection committee' },
  COMMUNE_ADMIN: { vi: 'Văn phòng Đảng ủy xã', en: 'Commune party office' },
  COMMUNE_INSPECTOR: { vi: 'Ủy ban Kiểm tra Đảng ủy xã', en: 'Commune inspection committee' },
};

export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = {
  PROVINCIAL_COMMITTEE: { vi: 'Đảng bộ tỉnh', en: 'Provincial committee' },
  DISTRICT_COMMITTEE: { vi: 'Đảng bộ huyện', en: 'District committee' },
  GRASSROOTS_COMMITTEE: { vi: 'Đảng bộ cơ sở', en: 'Grassroots committee' },
  GRASSROOTS_CELL: { vi: 'Chi bộ cơ sở', en: 'Grassroots cell' },
  SUBORDINATE_CELL: { vi: 'Chi bộ trực thuộc', en: 'Subordinate cell' },
};

export const ORGANIZATION_SECTOR_LABELS: Labels<OrganizationSector> = {
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  WARD: { vi: 'Phường', en: 'Ward' },
  TOWNSHIP: { vi: 'Thị trấn', en: 'Township' },
  VILLAGE: { vi: 'Thôn, bản', en: 'Village' },
  RESIDENTIAL_GROUP: { vi: 'Tổ dân phố', en: 'Residential group' },
  AGENCY: { vi: 'Cơ quan', en: 'Agency' },
  SCHOOL: { vi: 'Trường học', en: 'School' },
  HEALTH: { vi: 'Y tế', en: 'Health' },
  MILITARY: { vi: 'Quân sự', en: 'Military' },
  POLICE: { vi: 'Công an', en: 'Police' },
  ENTERPRISE: { vi: 'Doanh nghiệp', en: 'Enterprise' },
  COOPERATIVE: { vi: 'Hợp tác xã', en: 'Cooperative' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

export const ORGANIZATION_STATUS_LABELS: Labels<OrganizationStatus> = {
  ACTIVE: { vi: 'Đang hoạt động', en: 'Active' },
  DISSOLVED: { vi: 'Đã giải thể', en: 'Dissolved' },
  MERGED: { vi: 'Đã sáp nhập', en: 'Merged' },
};

export const MEMBER_STATUS_LABELS: Labels<MemberStatus> = {
  PROBATIONARY: { vi: 'Đảng viên dự bị', en: 'Probationary' },
  OFFICIAL: { vi: 'Đảng viên chính thức', en: 'Official' },
  TRANSFERRED_OUT: { vi: 'Đã chuyển sinh hoạt đi', en: 'Transferred out' },
  REMOVED: { vi: 'Xóa tên', en: 'Removed' },
  EXPELLED: { vi: 'Khai trừ', en: 'Expelled' },
  DECEASED: { vi: 'Từ trần', en: 'Deceased' },
};

export const GENDER_LABELS: Labels<Gender> = {
  MALE: { vi: 'Nam', en: 'Male' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
};

export const THEORY_LEVEL_LABELS: Labels<TheoryLevel> = {
  NONE: { vi: 'Chưa qua đào tạo', en: 'None' },
  ELEMENTARY: { vi: 'Sơ cấp', en: 'Elementary' },
  INTERMEDIATE: { vi: 'Trung cấp', en: 'Intermediate' },
  ADVANCED: { vi: 'Cao cấp', en: 'Advanced' },
  BACHELOR: { vi: 'Cử nhân', en: 'Bachelor' },
};

export const QUALIFICATION_LABELS: Labels<Qualification> = {
  NONE: { vi: 'Chưa qua đào tạo', en: 'None' },
  VOCATIONAL: { vi: 'Sơ cấp nghề', en: 'Vocational' },
  INTERMEDIATE: { vi: 'Trung cấp', en: 'Intermediate' },
  COLLEGE: { vi: 'Cao đẳng', en: 'College' },
  BACHELOR: { vi: 'Đại học', en: 'Bachelor' },
  MASTER: { vi: 'Thạc sĩ', en: 'Master' },
  DOCTORATE: { vi: 'Tiến sĩ', en: 'Doctorate' },
};

/** The label of an enum value in a language, or the value itself when unknown. */
export function label<T extends string>(labels: Labels<T>, value: T, lang: Lang): string {
  return labels[value]?.[lang] ?? value;
}
