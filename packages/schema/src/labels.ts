import type {
  AgeBand,
  AlertKind,
  CandidateStage,
  DisciplineForm,
  ExemptionGround,
  FindingSeverity,
  Gender,
  InspectionKind,
  InspectionOutcome,
  InspectionStatus,
  MeetingKind,
  MemberEventKind,
  MemberExitKind,
  MemberStatus,
  OrganizationEventKind,
  OrganizationKind,
  OrganizationSector,
  OrganizationStatus,
  PlacementMode,
  PositionKind,
  Qualification,
  RatingGrade,
  RemedyStatus,
  RemovalGround,
  Role,
  SponsorKind,
  TargetMetric,
  TemporaryTransferPurpose,
  TheoryLevel,
  TransferStatus,
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
  COMMUNE_LEVEL_COMMITTEE: {
    vi: 'Đảng bộ xã, phường, đặc khu (được giao quyền cấp trên cơ sở)',
    en: 'Commune-level committee (with the powers of the level above grassroots)',
  },
};

export const ORGANIZATION_SECTOR_LABELS: Labels<OrganizationSector> = {
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  WARD: { vi: 'Phường', en: 'Ward' },
  TOWNSHIP: { vi: 'Thị trấn', en: 'Township' },
  SPECIAL_ZONE: { vi: 'Đặc khu', en: 'Special zone' },
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
  ENDED: { vi: 'Đã kết thúc hoạt động', en: 'Ended' },
};

export const ORGANIZATION_EVENT_KIND_LABELS: Labels<OrganizationEventKind> = {
  FOUNDED: { vi: 'Thành lập', en: 'Founded' },
  RENAMED: { vi: 'Đổi tên', en: 'Renamed' },
  MOVED: { vi: 'Chuyển tổ chức đảng trực thuộc', en: 'Moved under another parent' },
  ABSORBED: { vi: 'Tiếp nhận tổ chức sáp nhập', en: 'Absorbed merged organisations' },
  MERGED: { vi: 'Sáp nhập', en: 'Merged' },
  DISSOLVED: { vi: 'Giải thể', en: 'Dissolved' },
  ENDED: { vi: 'Kết thúc hoạt động', en: 'Ended operations' },
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
export const AGE_BAND_LABELS: Labels<AgeBand> = {
  UP_TO_30: { vi: 'Từ 30 tuổi trở xuống', en: '30 or younger' },
  FROM_31_TO_40: { vi: 'Từ 31 đến 40 tuổi', en: '31 to 40' },
  FROM_41_TO_50: { vi: 'Từ 41 đến 50 tuổi', en: '41 to 50' },
  FROM_51_TO_60: { vi: 'Từ 51 đến 60 tuổi', en: '51 to 60' },
  OVER_60: { vi: 'Trên 60 tuổi', en: 'Over 60' },
};

export function label<T extends string>(labels: Labels<T>, value: T, lang: Lang): string {
  return labels[value]?.[lang] ?? value;
}

export const MEMBER_EVENT_KIND_LABELS: Labels<MemberEventKind> = {
  ADMITTED: { vi: 'Kết nạp', en: 'Admitted' },
  RECOGNISED_OFFICIAL: { vi: 'Công nhận chính thức', en: 'Recognised official' },
  TRANSFERRED_IN: { vi: 'Chuyển sinh hoạt đến', en: 'Transferred in' },
  TRANSFERRED_OUT: { vi: 'Chuyển sinh hoạt đi', en: 'Transferred out' },
  MOVED: { vi: 'Chuyển chi bộ', en: 'Moved to another cell' },
  EXEMPTED: { vi: 'Miễn công tác và sinh hoạt', en: 'Exempted' },
  EXEMPTION_ENDED: { vi: 'Thôi miễn sinh hoạt', en: 'Exemption ended' },
  REMOVED: { vi: 'Xóa tên', en: 'Removed' },
  EXPELLED: { vi: 'Khai trừ', en: 'Expelled' },
  DECEASED: { vi: 'Từ trần', en: 'Deceased' },
  DISCIPLINED: { vi: 'Kỷ luật', en: 'Disciplined' },
  CEREMONY_HELD: { vi: 'Lễ kết nạp', en: 'Admission ceremony' },
  NOT_RECOGNISED: {
    vi: 'Không công nhận chính thức, xóa tên khỏi danh sách dự bị',
    en: 'Not recognised, struck from the probationary list',
  },
  READMITTED: { vi: 'Kết nạp lại', en: 'Re-admitted' },
};

export const TRANSFER_STATUS_LABELS: Labels<TransferStatus> = {
  PENDING: { vi: 'Chờ tiếp nhận', en: 'Pending' },
  ACCEPTED: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  REJECTED: { vi: 'Từ chối', en: 'Rejected' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const MEMBER_EXIT_KIND_LABELS: Labels<MemberExitKind> = {
  REMOVED: { vi: 'Xóa tên', en: 'Removed' },
  DECEASED: { vi: 'Từ trần', en: 'Deceased' },
  TRANSFERRED_OUT: { vi: 'Chuyển ra ngoài hệ thống', en: 'Transferred out of the system' },
  NOT_RECOGNISED: { vi: 'Không công nhận chính thức', en: 'Not recognised as official' },
};

export const REMOVAL_GROUND_LABELS: Labels<RemovalGround> = {
  ABSENT_OR_DUES_UNPAID: {
    vi: 'Bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng',
    en: 'Absent from meetings or dues unpaid in 3 months of a year without good reason',
  },
  NOT_FULFILLING_DUTIES: {
    vi: 'Không làm nhiệm vụ đảng viên, đã được giáo dục nhưng không tiến bộ',
    en: "Not fulfilling a member's duties after being educated",
  },
  OTHER: { vi: 'Lý do khác', en: 'Other' },
};

export const EXEMPTION_GROUND_LABELS: Labels<ExemptionGround> = {
  OLD_AGE: { vi: 'Tuổi cao', en: 'Old age' },
  POOR_HEALTH: { vi: 'Sức khỏe yếu', en: 'Poor health' },
  OTHER: { vi: 'Lý do khác', en: 'Other' },
};

export const TEMPORARY_TRANSFER_PURPOSE_LABELS: Labels<TemporaryTransferPurpose> = {
  WORK: { vi: 'Công tác', en: 'Work' },
  STUDY: { vi: 'Học tập', en: 'Study' },
  OTHER: { vi: 'Lý do khác', en: 'Other' },
};

export const SPONSOR_KIND_LABELS: Labels<SponsorKind> = {
  MEMBER: { vi: 'Đảng viên chính thức', en: 'Official member' },
  YOUTH_UNION: { vi: 'Ban Chấp hành Đoàn cơ sở', en: 'Youth Union committee' },
  TRADE_UNION: { vi: 'Ban Chấp hành Công đoàn cơ sở', en: 'Trade union committee' },
};

export const CANDIDATE_STAGE_LABELS: Labels<CandidateStage> = {
  SOURCED: { vi: 'Tạo nguồn', en: 'Sourced' },
  TRAINED: { vi: 'Đã học lớp nhận thức về Đảng', en: 'Trained' },
  APPLIED: { vi: 'Đã có đơn', en: 'Applied' },
  VERIFIED: { vi: 'Đã thẩm tra lý lịch', en: 'Verified' },
  ADMITTED: { vi: 'Đã kết nạp', en: 'Admitted' },
  REJECTED: { vi: 'Không kết nạp', en: 'Rejected' },
};

export const TARGET_METRIC_LABELS: Labels<TargetMetric> = {
  NEW_MEMBERS: { vi: 'Kết nạp đảng viên mới', en: 'New members' },
  ORGANIZATIONS_GOOD_OR_BETTER_PERCENT: {
    vi: 'Tỷ lệ tổ chức đảng HTTNV trở lên (%)',
    en: 'Organisations rated good or better (%)',
  },
  MEMBERS_GOOD_OR_BETTER_PERCENT: { vi: 'Tỷ lệ đảng viên HTTNV trở lên (%)', en: 'Members rated good or better (%)' },
};

export const ALERT_KIND_LABELS: Labels<AlertKind> = {
  PROBATION_OVERDUE: { vi: 'Quá hạn xét chuyển chính thức', en: 'Recognition overdue' },
  CEREMONY_DUE: { vi: 'Chưa tổ chức lễ kết nạp', en: 'Admission ceremony due' },
  CELL_TOO_SMALL: { vi: 'Chi bộ dưới 3 đảng viên chính thức', en: 'Cell with fewer than 3 official members' },
  TEMPORARY_TRANSFER_ENDING: { vi: 'Sinh hoạt tạm thời sắp hết hạn', en: 'Temporary transfer ending' },
  BADGE_DUE: { vi: 'Sắp đến hạn trao Huy hiệu Đảng', en: 'Party badge due' },
  THEMATIC_MEETING_MISSING: { vi: 'Chưa sinh hoạt chuyên đề', en: 'Thematic meeting missing' },
  REGULAR_MEETING_MISSING: { vi: 'Chưa sinh hoạt thường kỳ', en: 'Regular meeting missing' },
  SECRETARY_VACANT: { vi: 'Khuyết bí thư', en: 'Secretary vacant' },
  REMEDY_OVERDUE: { vi: 'Quá hạn khắc phục', en: 'Remedy overdue' },
  TRANSFER_WAITING: { vi: 'Chuyển sinh hoạt chờ quá lâu', en: 'Transfer waiting' },
  RATING_QUOTA_EXCEEDED: { vi: 'Vượt tỷ lệ xuất sắc', en: 'Excellent quota exceeded' },
  UNEXCUSED_ABSENCES: { vi: 'Vắng sinh hoạt không lý do', en: 'Unexcused absences' },
};

export const POSITION_KIND_LABELS: Labels<PositionKind> = {
  SECRETARY: { vi: 'Bí thư', en: 'Secretary' },
  DEPUTY_SECRETARY: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
  STANDING_COMMITTEE_MEMBER: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing committee member' },
  COMMITTEE_MEMBER: { vi: 'Cấp ủy viên / chi ủy viên', en: 'Committee member' },
  INSPECTION_CHAIR: { vi: 'Chủ nhiệm Ủy ban Kiểm tra', en: 'Inspection committee chair' },
  INSPECTION_MEMBER: { vi: 'Ủy viên Ủy ban Kiểm tra', en: 'Inspection committee member' },
  PEOPLES_COMMITTEE_CHAIR: { vi: 'Chủ tịch UBND', en: "People's Committee chair" },
  PEOPLES_COUNCIL_CHAIR: { vi: 'Chủ tịch HĐND', en: "People's Council chair" },
  FRONT_CHAIR: { vi: 'Chủ tịch Ủy ban MTTQ', en: 'Fatherland Front chair' },
  VILLAGE_HEAD: { vi: 'Trưởng thôn, bản, ấp, tổ dân phố', en: 'Village head' },
};

export const PLACEMENT_MODE_LABELS: Labels<PlacementMode> = {
  ELECTED: { vi: 'Bầu', en: 'Elected' },
  APPOINTED: { vi: 'Chỉ định / bổ nhiệm', en: 'Appointed' },
  ROTATED: { vi: 'Luân chuyển', en: 'Rotated' },
  SECONDED: { vi: 'Biệt phái / tăng cường', en: 'Seconded' },
};

export const MEETING_KIND_LABELS: Labels<MeetingKind> = {
  REGULAR: { vi: 'Sinh hoạt thường kỳ', en: 'Regular meeting' },
  THEMATIC: { vi: 'Sinh hoạt chuyên đề', en: 'Thematic meeting' },
};

export const INSPECTION_KIND_LABELS: Labels<InspectionKind> = {
  REGULAR_SUPERVISION: { vi: 'Giám sát thường xuyên', en: 'Regular supervision' },
  THEMATIC_SUPERVISION: { vi: 'Giám sát chuyên đề', en: 'Thematic supervision' },
  SIGNS_OF_VIOLATION: { vi: 'Kiểm tra khi có dấu hiệu vi phạm', en: 'Inspection on signs of violation' },
  TASK_PERFORMANCE: {
    vi: 'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật',
    en: 'Inspection of inspection, supervision and discipline work',
  },
  PARTY_FINANCE: { vi: 'Kiểm tra tài chính đảng', en: 'Party finance inspection' },
  DENUNCIATION: { vi: 'Giải quyết tố cáo', en: 'Denunciation' },
  DISCIPLINE_APPEAL: { vi: 'Giải quyết khiếu nại kỷ luật đảng', en: 'Discipline appeal' },
};

export const INSPECTION_STATUS_LABELS: Labels<InspectionStatus> = {
  PLANNED: { vi: 'Kế hoạch', en: 'Planned' },
  IN_PROGRESS: { vi: 'Đang tiến hành', en: 'In progress' },
  CONCLUDED: { vi: 'Đã kết luận', en: 'Concluded' },
  CANCELLED: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const INSPECTION_OUTCOME_LABELS: Labels<InspectionOutcome> = {
  NO_VIOLATION: { vi: 'Không có vi phạm', en: 'No violation' },
  SHORTCOMINGS: { vi: 'Có hạn chế, thiếu sót', en: 'Shortcomings' },
  VIOLATION: { vi: 'Có vi phạm', en: 'Violation' },
};

export const FINDING_SEVERITY_LABELS: Labels<FindingSeverity> = {
  MINOR: { vi: 'Nhẹ', en: 'Minor' },
  MAJOR: { vi: 'Nghiêm trọng', en: 'Major' },
};

export const REMEDY_STATUS_LABELS: Labels<RemedyStatus> = {
  OPEN: { vi: 'Chưa khắc phục', en: 'Open' },
  DONE: { vi: 'Đã khắc phục', en: 'Done' },
};

export const DISCIPLINE_FORM_LABELS: Labels<DisciplineForm> = {
  REPRIMAND: { vi: 'Khiển trách', en: 'Reprimand' },
  WARNING: { vi: 'Cảnh cáo', en: 'Warning' },
  DISMISSAL: { vi: 'Cách chức', en: 'Dismissal' },
  EXPULSION: { vi: 'Khai trừ', en: 'Expulsion' },
  DISSOLUTION: { vi: 'Giải tán', en: 'Dissolution' },
};

export const RATING_GRADE_LABELS: Labels<RatingGrade> = {
  EXCELLENT: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  GOOD: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  COMPLETED: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  NOT_COMPLETED: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};
