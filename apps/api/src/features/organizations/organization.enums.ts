import {
  MEMBER_STATUSES,
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
});
export const OrganizationSectorEnum = registerEnum('OrganizationSector', ORGANIZATION_SECTORS);
export const OrganizationStatusEnum = registerEnum('OrganizationStatus', ORGANIZATION_STATUSES);
export const MemberStatusEnum = registerEnum('MemberStatus', MEMBER_STATUSES, {
  PROBATIONARY: 'Đảng viên dự bị',
  OFFICIAL: 'Đảng viên chính thức',
  TRANSFERRED_OUT: 'Chuyển sinh hoạt đến một tổ chức đảng ngoài hệ thống này',
  REMOVED: 'Xóa tên',
  EXPELLED: 'Khai trừ',
});
export const SortDirectionEnum = registerEnum('SortDirection', SORT_DIRECTIONS);
