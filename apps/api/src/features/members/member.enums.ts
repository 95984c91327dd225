import {
  GENDERS,
  MEMBER_EVENT_KINDS,
  MEMBER_EXIT_KINDS,
  MEMBER_SORT_FIELDS,
  QUALIFICATIONS,
  THEORY_LEVELS,
  TRANSFER_STATUSES,
} from '@dangvu/schema';
import { registerEnum } from '../../graphql/enums.js';

export const GenderEnum = registerEnum('Gender', GENDERS);
export const TheoryLevelEnum = registerEnum('TheoryLevel', THEORY_LEVELS);
export const QualificationEnum = registerEnum('Qualification', QUALIFICATIONS);
export const MemberEventKindEnum = registerEnum('MemberEventKind', MEMBER_EVENT_KINDS);
export const TransferStatusEnum = registerEnum('TransferStatus', TRANSFER_STATUSES);
export const MemberExitKindEnum = registerEnum('MemberExitKind', MEMBER_EXIT_KINDS);
export const MemberSortFieldEnum = registerEnum('MemberSortField', MEMBER_SORT_FIELDS);
