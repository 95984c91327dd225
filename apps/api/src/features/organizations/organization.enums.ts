import {
  MEMBER_STATUSES,
  ORGANIZATION_EVENT_KINDS,
  ORGANIZATION_KINDS,
  ORGANIZATION_SECTORS,
  ORGANIZATION_STATUSES,
  SORT_DIRECTIONS,
} from '@dangvu/schema';
import { registerEnum } from '../../graphql/enums.js';

export const OrganizationKindEnum = registerEnum('OrganizationKind', ORGANIZATION_KINDS, {
  PROVINCIAL_COMMITTEE: 'Đảng bộ tỉnh',
  DISTRICT_COMMITTEE: 'Đảng bộ huyện, thị xã, thành phố',
  GRASSROOTS_COMMITTEE: 'Đảng bộ cơ sở (xã, phường, thị trấn, cơ quan, doanh nghiệp)',
  GRASSROOTS_CELL: 'Chi bộ cơ sở: a grassroots organisation with no cells under it',
  SUBORDINATE_CELL: 'Chi bộ trực thuộc đảng bộ cơ sở',
  COMMUNE_LEVEL_COMMITTEE:
    'Đảng bộ xã, phường, đặc khu được giao quyền cấp trên cơ sở (since 1 July\n2025): sits directly under a province and holds grassroots organisations.\nA commune committee that is itself a grassroots organisation stays a\nGRASSROOTS_COMMITTEE; both shapes exist.',
});
export const OrganizationSectorEnum = registerEnum('OrganizationSector', ORGANIZATION_SECTORS, {
  SPECIAL_ZONE: 'Đặc khu (since 2025)',
});
export const OrganizationStatusEnum = registerEnum('OrganizationStatus', ORGANIZATION_STATUSES, {
  ENDED: 'Kết thúc hoạt động: e.g. the district committees on 1 July 2025, their organisations moved first',
});
export const OrganizationEventKindEnum = registerEnum('OrganizationEventKind', ORGANIZATION_EVENT_KINDS, {
  MOVED: 'Moved under another parent (chuyển tổ chức đảng trực thuộc)',
  ABSORBED: 'Other organisations merged into this one',
});
export const MemberStatusEnum = registerEnum('MemberStatus', MEMBER_STATUSES, {
  PROBATIONARY: 'Đảng viên dự bị',
  OFFICIAL: 'Đảng viên chính thức',
  TRANSFERRED_OUT: 'Chuyển sinh hoạt đến một tổ chức đảng ngoài hệ thống này',
  REMOVED: 'Xóa tên',
  EXPELLED: 'Khai trừ',
});
export const SortDirectionEnum = registerEnum('SortDirection', SORT_DIRECTIONS);
