import {
  EXEMPTION_GROUNDS,
  GENDERS,
  MEMBER_EVENT_KINDS,
  MEMBER_EXIT_KINDS,
  MEMBER_SORT_FIELDS,
  QUALIFICATIONS,
  REMOVAL_GROUNDS,
  THEORY_LEVELS,
  TRANSFER_STATUSES,
} from '@dangvu/schema';
import { registerEnum } from '../../graphql/enums.js';

export const GenderEnum = registerEnum('Gender', GENDERS);
export const TheoryLevelEnum = registerEnum('TheoryLevel', THEORY_LEVELS);
export const QualificationEnum = registerEnum('Qualification', QUALIFICATIONS);
export const MemberEventKindEnum = registerEnum('MemberEventKind', MEMBER_EVENT_KINDS);
export const TransferStatusEnum = registerEnum('TransferStatus', TRANSFER_STATUSES);
export const MemberExitKindEnum = registerEnum('MemberExitKind', MEMBER_EXIT_KINDS, {
  NOT_RECOGNISED:
    'Không được công nhận chính thức: a probationary member struck from the probationary list (status REMOVED)',
});
export const MemberSortFieldEnum = registerEnum('MemberSortField', MEMBER_SORT_FIELDS);
export const RemovalGroundEnum = registerEnum('RemovalGround', REMOVAL_GROUNDS, {
  ABSENT_OR_DUES_UNPAID: 'Bỏ sinh hoạt đảng hoặc không đóng đảng phí ba tháng trong năm không có lý do chính đáng',
  NOT_FULFILLING_DUTIES: 'Giảm sút ý chí, không làm nhiệm vụ đảng viên, đã được giáo dục nhưng không tiến bộ',
});
export const ExemptionGroundEnum = registerEnum('ExemptionGround', EXEMPTION_GROUNDS);
