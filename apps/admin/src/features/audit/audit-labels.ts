import {
  CANDIDATE_STAGE_LABELS,
  GENDER_LABELS,
  type Labels,
  type Lang,
  MEMBER_STATUS_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_SECTOR_LABELS,
  ORGANIZATION_STATUS_LABELS,
  PLACEMENT_MODE_LABELS,
  POSITION_KIND_LABELS,
  QUALIFICATION_LABELS,
  ROLE_LABELS,
  TARGET_METRIC_LABELS,
  TEMPORARY_TRANSFER_PURPOSE_LABELS,
  THEORY_LEVEL_LABELS,
  TRANSFER_STATUS_LABELS,
} from '@dangvu/schema';
import { formatDate, formatDateTime } from '../../shared/format';

/**
 * The audit log in the user's language: the api records actions by their
 * operation name (`admitMember`), record types by entity (`Member`) and
 * changes by field (`admittedOn`); these are their names for people.
 */
type Text = { vi: string; en: string };

export const AUDIT_ACTIONS: Record<string, Text> = {
  login: { vi: 'Đăng nhập', en: 'Signed in' },
  logout: { vi: 'Đăng xuất', en: 'Signed out' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Changed password' },
  createUser: { vi: 'Tạo tài khoản', en: 'Created user' },
  updateUser: { vi: 'Sửa tài khoản', en: 'Edited user' },
  resetPassword: { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  createOrganization: { vi: 'Thành lập tổ chức', en: 'Created organisation' },
  updateOrganization: { vi: 'Sửa tổ chức', en: 'Edited organisation' },
  dissolveOrganization: { vi: 'Giải thể tổ chức', en: 'Dissolved organisation' },
  endOrganization: { vi: 'Kết thúc hoạt động', en: 'Ended organisation' },
  mergeOrganizations: { vi: 'Sáp nhập tổ chức', en: 'Merged organisations' },
  moveOrganizations: { vi: 'Chuyển tổ chức trực thuộc', en: 'Moved organisations' },
  admitMember: { vi: 'Kết nạp đảng viên', en: 'Admitted member' },
  registerMember: { vi: 'Đăng ký đảng viên', en: 'Registered member' },
  readmitMember: { vi: 'Kết nạp lại', en: 'Re-admitted member' },
  updateMember: { vi: 'Sửa hồ sơ đảng viên', en: 'Edited member' },
  recordCeremony: { vi: 'Ghi nhận lễ kết nạp', en: 'Recorded ceremony' },
  recogniseOfficial: { vi: 'Công nhận đảng viên chính thức', en: 'Recognised as official' },
  setExemption: { vi: 'Miễn công tác và sinh hoạt đảng', en: 'Set exemption' },
  recordMemberExit: { vi: 'Ra khỏi danh sách', en: 'Left the roll' },
  transferMember: { vi: 'Chuyển sinh hoạt đảng', en: 'Transferred member' },
  acceptTransfer: { vi: 'Tiếp nhận chuyển sinh hoạt', en: 'Accepted transfer' },
  rejectTransfer: { vi: 'Từ chối chuyển sinh hoạt', en: 'Rejected transfer' },
  createCandidate: { vi: 'Tạo nguồn kết nạp', en: 'Added candidate' },
  advanceCandidate: { vi: 'Chuyển bước kết nạp', en: 'Moved candidate' },
  admitCandidate: { vi: 'Kết nạp quần chúng', en: 'Admitted candidate' },
  createCadre: { vi: 'Thêm cán bộ', en: 'Added cadre' },
  updateCadre: { vi: 'Sửa cán bộ', en: 'Edited cadre' },
  placeCadre: { vi: 'Bố trí cán bộ', en: 'Placed cadre' },
  endPlacement: { vi: 'Kết thúc bố trí', en: 'Ended placement' },
  createTerm: { vi: 'Tạo nhiệm kỳ', en: 'Created term' },
  setTarget: { vi: 'Đặt chỉ tiêu', en: 'Set target' },
  setPublicHoliday: { vi: 'Đặt ngày nghỉ lễ', en: 'Set public holiday' },
  removePublicHoliday: { vi: 'Bỏ ngày nghỉ lễ', en: 'Removed public holiday' },
};

export const AUDIT_ENTITY_TYPES: Record<string, Text> = {
  Organization: { vi: 'Tổ chức đảng', en: 'Organisation' },
  Member: { vi: 'Đảng viên', en: 'Member' },
  Transfer: { vi: 'Chuyển sinh hoạt', en: 'Transfer' },
  Candidate: { vi: 'Quần chúng (nguồn kết nạp)', en: 'Candidate' },
  Cadre: { vi: 'Cán bộ', en: 'Cadre' },
  Placement: { vi: 'Bố trí cán bộ', en: 'Placement' },
  Term: { vi: 'Nhiệm kỳ', en: 'Term' },
  Target: { vi: 'Chỉ tiêu', en: 'Target' },
  PublicHoliday: { vi: 'Ngày nghỉ lễ', en: 'Public holiday' },
  User: { vi: 'Tài khoản', en: 'User' },
  Session: { vi: 'Phiên đăng nhập', en: 'Session' },
};

const FIELDS: Record<string, Text> = {
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  kind: { vi: 'Loại', en: 'Kind' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  status: { vi: 'Trạng thái', en: 'Status' },
  parentId: { vi: 'Tổ chức cấp trên', en: 'Parent' },
  establishedOn: { vi: 'Ngày thành lập', en: 'Established on' },
  decisionNumber: { vi: 'Số quyết định', en: 'Decision number' },
  closedOn: { vi: 'Ngày giải thể / kết thúc', en: 'Closed on' },
  closingDecisionNumber: { vi: 'Số quyết định giải thể', en: 'Closing decision number' },
  mergedIntoId: { vi: 'Sáp nhập vào', en: 'Merged into' },
  username: { vi: 'Tên đăng nhập', en: 'User name' },
  displayName: { vi: 'Họ tên hiển thị', en: 'Display name' },
  role: { vi: 'Vai trò', en: 'Role' },
  scopeId: { vi: 'Phạm vi', en: 'Scope' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  cardNumber: { vi: 'Số thẻ đảng viên', en: 'Card number' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  hometown: { vi: 'Quê quán', en: 'Hometown' },
  generalEducation: { vi: 'Giáo dục phổ thông', en: 'General education' },
  qualification: { vi: 'Chuyên môn', en: 'Qualification' },
  theoryLevel: { vi: 'Lý luận chính trị', en: 'Political theory' },
  organizationId: { vi: 'Tổ chức đảng', en: 'Organisation' },
  admittedOn: { vi: 'Ngày vào Đảng', en: 'Admitted on' },
  cellVoteOn: { vi: 'Ngày chi bộ xét kết nạp', en: 'Cell vote on' },
  ceremonyOn: { vi: 'Ngày lễ kết nạp', en: 'Ceremony on' },
  ceremonyLateApproval: { vi: 'Ý kiến cấp ủy về lễ muộn', en: 'Late ceremony consent' },
  firstAdmittedOn: { vi: 'Ngày vào Đảng lần đầu', en: 'First admitted on' },
  officialOn: { vi: 'Ngày chính thức', en: 'Official on' },
  exempt: { vi: 'Miễn sinh hoạt', en: 'Exempt' },
  leftOn: { vi: 'Ngày ra khỏi danh sách', en: 'Left on' },
  memberId: { vi: 'Đảng viên', en: 'Member' },
  fromOrganizationId: { vi: 'Từ tổ chức', en: 'From' },
  toOrganizationId: { vi: 'Đến tổ chức', en: 'To' },
  requestedOn: { vi: 'Ngày chuyển', en: 'Requested on' },
  reason: { vi: 'Lý do', en: 'Reason' },
  decisionNote: { vi: 'Ghi chú quyết định', en: 'Decision note' },
  temporary: { vi: 'Tạm thời', en: 'Temporary' },
  until: { vi: 'Đến ngày', en: 'Until' },
  purpose: { vi: 'Mục đích', en: 'Purpose' },
  stage: { vi: 'Bước', en: 'Stage' },
  awarenessCourseOn: { vi: 'Ngày học lớp nhận thức', en: 'Awareness course on' },
  appliedOn: { vi: 'Ngày có đơn', en: 'Applied on' },
  note: { vi: 'Ghi chú', en: 'Note' },
  admittedMemberId: { vi: 'Đảng viên được kết nạp', en: 'Admitted as' },
  sponsors: { vi: 'Người giới thiệu', en: 'Sponsors' },
  ownerId: { vi: 'Đơn vị quản lý', en: 'Owner' },
  homeCommuneId: { vi: 'Xã quê quán', en: 'Home commune' },
  position: { vi: 'Chức vụ', en: 'Position' },
  mode: { vi: 'Hình thức', en: 'Mode' },
  cadreId: { vi: 'Cán bộ', en: 'Cadre' },
  endReason: { vi: 'Lý do kết thúc', en: 'End reason' },
  startsOn: { vi: 'Ngày bắt đầu', en: 'Starts on' },
  endsOn: { vi: 'Ngày kết thúc', en: 'Ends on' },
  termId: { vi: 'Nhiệm kỳ', en: 'Term' },
  metric: { vi: 'Chỉ tiêu', en: 'Metric' },
  targetValue: { vi: 'Giá trị', en: 'Value' },
  on: { vi: 'Ngày', en: 'Date' },
  dayOff: { vi: 'Ngày nghỉ', en: 'Day off' },
  generated: { vi: 'Tự sinh', en: 'Generated' },
};

/** Enum values by field; `status` depends on the record type. */
const VALUES: Record<string, Labels<string>> = {
  kind: ORGANIZATION_KIND_LABELS,
  sector: ORGANIZATION_SECTOR_LABELS,
  role: ROLE_LABELS,
  gender: GENDER_LABELS,
  theoryLevel: THEORY_LEVEL_LABELS,
  qualification: QUALIFICATION_LABELS,
  stage: CANDIDATE_STAGE_LABELS,
  metric: TARGET_METRIC_LABELS,
  position: POSITION_KIND_LABELS,
  mode: PLACEMENT_MODE_LABELS,
  purpose: TEMPORARY_TRANSFER_PURPOSE_LABELS,
};
const STATUS: Record<string, Labels<string>> = {
  Organization: ORGANIZATION_STATUS_LABELS,
  Member: MEMBER_STATUS_LABELS,
  Transfer: TRANSFER_STATUS_LABELS,
};

/** A known name, or the code itself for one the app does not know yet. */
export const named = (names: Record<string, Text>, code: string, lang: Lang): string => names[code]?.[lang] ?? code;

export const fieldLabel = (field: string, lang: Lang): string => named(FIELDS, field, lang);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;

export interface Words {
  none: string;
  yes: string;
  no: string;
}

/** A recorded value as people read it: labels for codes, dd/mm/yyyy for dates, Có/Không for yes/no. */
export function auditValue(field: string, entityType: string, value: unknown, lang: Lang, words: Words): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') {
    const labels = field === 'status' ? STATUS[entityType] : VALUES[field];
    if (labels?.[value]) return labels[value][lang];
    if (ISO_DAY.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value, null, 1);
}

/** The page of a record, where the app has one. */
export function recordHref(entityType: string, entityId: string): string | null {
  if (entityType === 'Member') return `/members/${entityId}`;
  if (entityType === 'Organization') return `/organizations/${entityId}`;
  if (entityType === 'Transfer') return '/transfers';
  if (entityType === 'Candidate') return '/candidates';
  if (entityType === 'User') return '/users';
  return null;
}
