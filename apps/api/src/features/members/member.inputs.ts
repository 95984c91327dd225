import type {
  ExemptionGround,
  Gender,
  MemberExitKind,
  MemberSortField,
  MemberStatus,
  Qualification,
  RemovalGround,
  SortDirection,
  TemporaryTransferPurpose,
  TheoryLevel,
} from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { MemberStatusEnum, SortDirectionEnum } from '../organizations/organization.enums.js';
import {
  ExemptionGroundEnum,
  GenderEnum,
  MemberExitKindEnum,
  MemberSortFieldEnum,
  QualificationEnum,
  RemovalGroundEnum,
  TheoryLevelEnum,
} from './member.enums.js';
import { TemporaryTransferPurposeEnum } from './transfer.entity.js';

@InputType()
export class MemberFilter {
  @Field(() => ID, { nullable: true, description: "Subtree (must be within scope); the caller's scope when omitted." })
  withinId?: string | null;

  @Field(() => [MemberStatusEnum], { nullable: true, description: 'PROBATIONARY and OFFICIAL when omitted.' })
  statuses?: MemberStatus[] | null;

  @Field(() => [GenderEnum], { nullable: true })
  genders?: Gender[] | null;

  @Field(() => [String], { nullable: true })
  ethnicities?: string[] | null;

  @Field(() => [TheoryLevelEnum], { nullable: true })
  theoryLevels?: TheoryLevel[] | null;

  @Field(() => LocalDate, { nullable: true })
  admittedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true })
  admittedTo?: string | null;

  @Field(() => LocalDate, { nullable: true })
  bornFrom?: string | null;

  @Field(() => LocalDate, { nullable: true })
  bornTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Case- and diacritic-insensitive match on name or card number.' })
  search?: string | null;
}

@InputType()
export class MemberOrder {
  @Field(() => MemberSortFieldEnum)
  field: MemberSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}

@InputType()
export class MemberInput {
  @Field()
  fullName: string;

  @Field(() => GenderEnum)
  gender: Gender;

  @Field(() => LocalDate)
  dateOfBirth: string;

  @Field()
  ethnicity: string;

  @Field(() => String, { nullable: true })
  religion?: string | null;

  @Field(() => String, { nullable: true })
  hometown?: string | null;

  @Field(() => String, { nullable: true })
  generalEducation?: string | null;

  @Field(() => QualificationEnum, { defaultValue: 'NONE' })
  qualification: Qualification;

  @Field(() => TheoryLevelEnum, { defaultValue: 'NONE' })
  theoryLevel: TheoryLevel;

  @Field(() => String, { nullable: true })
  cardNumber?: string | null;
}

@InputType({
  description:
    'Kết nạp directly (records that already exist on paper). The member starts\nPROBATIONARY. Rules: at least 18 on admittedOn (UNDER_AGE); over 60 only with\noverAgeDecision, the approval of a committee directly under the Central\nCommittee (OVER_AGE).',
})
export class AdmitMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => LocalDate)
  admittedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When given, UNDER_AGE and OVER_AGE are counted on it (else on admittedOn).',
  })
  cellVoteOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Lễ kết nạp: at most 30 working days after admittedOn unless ceremonyLateApproval names the upper committee's consent (CEREMONY_LATE).",
  })
  ceremonyOn?: string | null;

  @Field(() => String, { nullable: true })
  ceremonyLateApproval?: string | null;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  overAgeDecision?: string | null;

  @Field(() => MemberInput)
  person: MemberInput;
}

@InputType({ description: 'Register an existing member, e.g. when loading old records; may be OFFICIAL.' })
export class RegisterMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => MemberStatusEnum)
  status: MemberStatus;

  @Field(() => LocalDate)
  admittedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When given, UNDER_AGE is counted on it (else on admittedOn).',
  })
  cellVoteOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Probation runs 12 months from it (from admittedOn when omitted).',
  })
  ceremonyOn?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'A re-admitted member: the first admission decision (with previousLeftOn, the day the member left before; READMISSION_TOO_EARLY under 36 months).',
  })
  firstAdmittedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'With firstAdmittedOn: the day the member left the party.' })
  previousLeftOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  officialOn?: string | null;

  @Field(() => MemberInput)
  person: MemberInput;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  religion?: string | null;

  @Field(() => String, { nullable: true })
  hometown?: string | null;

  @Field(() => String, { nullable: true })
  generalEducation?: string | null;

  @Field(() => QualificationEnum, { nullable: true })
  qualification?: Qualification | null;

  @Field(() => TheoryLevelEnum, { nullable: true })
  theoryLevel?: TheoryLevel | null;

  @Field(() => String, { nullable: true })
  cardNumber?: string | null;
}

@InputType({
  description:
    'Công nhận chính thức, decided on `on`. Rules: member is PROBATIONARY\n(NOT_PROBATIONARY); on >= probationEndsOn (PROBATION_NOT_COMPLETE). The member\nis official from the end of the 12 months, even when the decision comes later:\nofficialOn becomes probationEndsOn.',
})
export class RecogniseOfficialInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType({
  description:
    "Chuyển sinh hoạt đảng. Within the caller's scope the transfer is ACCEPTED at\nonce (member event MOVED). To an organisation outside it, a PENDING transfer\nis created that an admin whose scope holds the destination accepts or rejects\n(the sender cannot); the member moves on acceptance.",
})
export class TransferMemberInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  toOrganizationId: string;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Sinh hoạt đảng tạm thời: the member stays on the roll of the home cell and is\nactive at the destination until `until` (3 to 12 months; up to 24 for study,\nTEMPORARY_PERIOD).',
  })
  temporary?: boolean | null;

  @Field(() => LocalDate, { nullable: true })
  until?: string | null;

  @Field(() => TemporaryTransferPurposeEnum, { nullable: true, description: 'OTHER when omitted.' })
  purpose?: TemporaryTransferPurpose | null;
}

@InputType({
  description:
    'Removal needs a ground (GROUND_REQUIRED); NOT_RECOGNISED only for a PROBATIONARY member whose 12 months have ended.',
})
export class RecordMemberExitInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field(() => MemberExitKindEnum)
  kind: MemberExitKind;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => RemovalGroundEnum, { nullable: true })
  ground?: RemovalGround | null;
}

@InputType()
export class SetExemptionInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Int)
  version: number;

  @Field()
  exempt: boolean;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => ExemptionGroundEnum, { nullable: true })
  ground?: ExemptionGround | null;
}
