/**
 * The enums of the Đảng vụ API, shared by the api (which registers them with
 * GraphQL) and the admin app (which labels them). Values match
 * shared/api/contract.graphql exactly.
 */
function values<const T extends readonly string[]>(...v: T): T {
  return v;
}

export const ROLES = values('ADMIN', 'DISTRICT_ADMIN', 'DISTRICT_INSPECTOR', 'COMMUNE_ADMIN', 'COMMUNE_INSPECTOR');
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = values(
  'PROVINCIAL_COMMITTEE',
  'DISTRICT_COMMITTEE',
  'GRASSROOTS_COMMITTEE',
  'GRASSROOTS_CELL',
  'SUBORDINATE_CELL',
  'COMMUNE_LEVEL_COMMITTEE',
);
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_SECTORS = values(
  'COMMUNE',
  'WARD',
  'TOWNSHIP',
  'SPECIAL_ZONE',
  'VILLAGE',
  'RESIDENTIAL_GROUP',
  'AGENCY',
  'SCHOOL',
  'HEALTH',
  'MILITARY',
  'POLICE',
  'ENTERPRISE',
  'COOPERATIVE',
  'OTHER',
);
export type OrganizationSector = (typeof ORGANIZATION_SECTORS)[number];

export const ORGANIZATION_STATUSES = values('ACTIVE', 'DISSOLVED', 'MERGED', 'ENDED');
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/** What happened to an organisation (its history, Organization.events). */
export const ORGANIZATION_EVENT_KINDS = values(
  'FOUNDED',
  'RENAMED',
  'MOVED',
  'ABSORBED',
  'MERGED',
  'DISSOLVED',
  'ENDED',
);
export type OrganizationEventKind = (typeof ORGANIZATION_EVENT_KINDS)[number];

export const MEMBER_STATUSES = values('PROBATIONARY', 'OFFICIAL', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'DECEASED');
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const GENDERS = values('MALE', 'FEMALE');
export type Gender = (typeof GENDERS)[number];

export const THEORY_LEVELS = values('NONE', 'ELEMENTARY', 'INTERMEDIATE', 'ADVANCED', 'BACHELOR');
export type TheoryLevel = (typeof THEORY_LEVELS)[number];

/** The age bands of the statistics (the api's AGE_BANDS give each its oldest age). */
export const AGE_BAND_KEYS = values('UP_TO_30', 'FROM_31_TO_40', 'FROM_41_TO_50', 'FROM_51_TO_60', 'OVER_60');
export type AgeBand = (typeof AGE_BAND_KEYS)[number];

export const QUALIFICATIONS = values(
  'NONE',
  'VOCATIONAL',
  'INTERMEDIATE',
  'COLLEGE',
  'BACHELOR',
  'MASTER',
  'DOCTORATE',
);
export type Qualification = (typeof QUALIFICATIONS)[number];

export const SORT_DIRECTIONS = values('ASC', 'DESC');
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Error codes carried in `extensions.code`. */
export const ERROR_CODES = values(
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RULE_VIOLATION',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  /** A malformed HTTP request: not JSON, an unsupported encoding or charset, a body too large. */
  'BAD_REQUEST',
  /** The database cannot be reached for now (HTTP 503); retry later. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
);
export type ErrorCode = (typeof ERROR_CODES)[number];

export const MEMBER_EVENT_KINDS = [
  'ADMITTED',
  'RECOGNISED_OFFICIAL',
  'TRANSFERRED_IN',
  'TRANSFERRED_OUT',
  'MOVED',
  'EXEMPTED',
  'EXEMPTION_ENDED',
  'REMOVED',
  'EXPELLED',
  'DECEASED',
  'DISCIPLINED',
  'CEREMONY_HELD',
  'NOT_RECOGNISED',
  'READMITTED',
] as const;
export type MemberEventKind = (typeof MEMBER_EVENT_KINDS)[number];

export const TRANSFER_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'CANCELLED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export const MEMBER_EXIT_KINDS = ['REMOVED', 'DECEASED', 'TRANSFERRED_OUT', 'NOT_RECOGNISED'] as const;
export type MemberExitKind = (typeof MEMBER_EXIT_KINDS)[number];

/** Căn cứ xóa tên (Điều lệ Đảng, Điều 8). */
export const REMOVAL_GROUNDS = ['ABSENT_OR_DUES_UNPAID', 'NOT_FULFILLING_DUTIES', 'OTHER'] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];

/** Lý do miễn công tác và sinh hoạt đảng (Điều lệ Đảng, Điều 7). */
export const EXEMPTION_GROUNDS = ['OLD_AGE', 'POOR_HEALTH', 'OTHER'] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];
/** Sinh hoạt đảng tạm thời: why (study allows up to 24 months). */
export const TEMPORARY_TRANSFER_PURPOSES = ['WORK', 'STUDY', 'OTHER'] as const;
export type TemporaryTransferPurpose = (typeof TEMPORARY_TRANSFER_PURPOSES)[number];

/** Who introduces an applicant: a member, or for an applicant up to 30 the Youth Union (or trade union) committee. */
export const SPONSOR_KINDS = ['MEMBER', 'YOUTH_UNION', 'TRADE_UNION'] as const;
export type SponsorKind = (typeof SPONSOR_KINDS)[number];

export const CANDIDATE_STAGES = ['SOURCED', 'TRAINED', 'APPLIED', 'VERIFIED', 'ADMITTED', 'REJECTED'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

export const TARGET_METRICS = [
  'NEW_MEMBERS',
  'ORGANIZATIONS_GOOD_OR_BETTER_PERCENT',
  'MEMBERS_GOOD_OR_BETTER_PERCENT',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const MEMBER_SORT_FIELDS = ['FULL_NAME', 'ADMITTED_ON', 'DATE_OF_BIRTH', 'CARD_NUMBER'] as const;
export type MemberSortField = (typeof MEMBER_SORT_FIELDS)[number];

/** Posts a cadre is placed in (bố trí cán bộ). */
export const POSITION_KINDS = values(
  'SECRETARY',
  'DEPUTY_SECRETARY',
  'STANDING_COMMITTEE_MEMBER',
  'COMMITTEE_MEMBER',
  'INSPECTION_CHAIR',
  'INSPECTION_MEMBER',
  'PEOPLES_COMMITTEE_CHAIR',
  'PEOPLES_COUNCIL_CHAIR',
  'FRONT_CHAIR',
  'VILLAGE_HEAD',
);
export type PositionKind = (typeof POSITION_KINDS)[number];

/** Party posts (SECRETARY … INSPECTION_MEMBER): held only by an OFFICIAL member. */
export const PARTY_POSITIONS: readonly PositionKind[] = POSITION_KINDS.slice(0, 6);

/** Seats with one holder on any day (SEAT_OCCUPIED). */
export const SEAT_POSITIONS: readonly PositionKind[] = [
  'SECRETARY',
  'PEOPLES_COMMITTEE_CHAIR',
  'PEOPLES_COUNCIL_CHAIR',
  'INSPECTION_CHAIR',
  'FRONT_CHAIR',
  'VILLAGE_HEAD',
];

export const PLACEMENT_MODES = values('ELECTED', 'APPOINTED', 'ROTATED', 'SECONDED');
export type PlacementMode = (typeof PLACEMENT_MODES)[number];

/** What the alert inbox reports; each feature computes its own kinds (apps/api/src/features/alerts). */
export const ALERT_KINDS = [
  'PROBATION_OVERDUE',
  'CEREMONY_DUE',
  'CELL_TOO_SMALL',
  'TEMPORARY_TRANSFER_ENDING',
  'BADGE_DUE',
  'THEMATIC_MEETING_MISSING',
  'REGULAR_MEETING_MISSING',
  'SECRETARY_VACANT',
  'REMEDY_OVERDUE',
  'TRANSFER_WAITING',
  'RATING_QUOTA_EXCEEDED',
  'UNEXCUSED_ABSENCES',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Kinds of kiểm tra, giám sát (Quy định 296-QĐ/TW (2025)). */
export const INSPECTION_KINDS = values(
  'REGULAR_SUPERVISION',
  'THEMATIC_SUPERVISION',
  'SIGNS_OF_VIOLATION',
  'TASK_PERFORMANCE',
  'PARTY_FINANCE',
  'DENUNCIATION',
  'DISCIPLINE_APPEAL',
);
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Sinh hoạt chi bộ: thường kỳ (monthly) or chuyên đề (at least once a quarter); features/meetings. */
export const MEETING_KINDS = values('REGULAR', 'THEMATIC');
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Kinds whose open inspection of a member bars an official transfer (UNDER_PROCEEDINGS). */
export const PROCEEDING_KINDS: readonly InspectionKind[] = ['SIGNS_OF_VIOLATION', 'DENUNCIATION', 'DISCIPLINE_APPEAL'];

export const INSPECTION_STATUSES = values('PLANNED', 'IN_PROGRESS', 'CONCLUDED', 'CANCELLED');
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_OUTCOMES = values('NO_VIOLATION', 'SHORTCOMINGS', 'VIOLATION');
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export const FINDING_SEVERITIES = values('MINOR', 'MAJOR');
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const REMEDY_STATUSES = values('OPEN', 'DONE');
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

/** Hình thức kỷ luật (Quy định 69-QĐ/TW (2022), amended by 264-QĐ/TW (2025)). */
export const DISCIPLINE_FORMS = values('REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION', 'DISSOLUTION');
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

/** The forms a discipline on a member may take, and on an organisation. */
export const MEMBER_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['REPRIMAND', 'WARNING', 'DISMISSAL', 'EXPULSION'];
export const ORGANIZATION_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['REPRIMAND', 'WARNING', 'DISSOLUTION'];
/** What a COMMUNE_INSPECTOR (and a probationary member's discipline) is limited to. */
export const LIGHT_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['REPRIMAND', 'WARNING'];

/** Đánh giá, xếp loại chất lượng hằng năm (Quy định 124-QĐ/TW (2023), 366-QĐ/TW (2025)), best first. */
export const RATING_GRADES = values('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED');
export type RatingGrade = (typeof RATING_GRADES)[number];
