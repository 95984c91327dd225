import type {
  ExemptionGround,
  Gender,
  MemberEventKind,
  MemberExitKind,
  MemberSortField,
  MemberStatus,
  OrganizationKind,
  Qualification,
  RemovalGround,
  SortDirection,
  TheoryLevel,
  TransferStatus,
} from '@dangvu/schema';
import { gql } from 'urql';

export interface OrgName {
  id: string;
  code: string;
  name: string;
}

export interface BadgeMilestone {
  years: number;
  dueOn: string;
  ceremonyOn: string;
}

/** A member as the list shows it. */
export interface MemberRow {
  id: string;
  cardNumber: string | null;
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  ethnicity: string;
  status: MemberStatus;
  admittedOn: string;
  partyYears: number;
  nextBadge: BadgeMilestone | null;
  exempt: boolean;
  organization: OrgName;
  version: number;
}

export interface MemberEvent {
  id: string;
  kind: MemberEventKind;
  on: string;
  decisionNumber: string | null;
  fromOrganization: OrgName | null;
  toOrganization: OrgName | null;
  note: string | null;
  recordedAt: string;
  recordedBy: { id: string; username: string; displayName: string } | null;
}

/** A member's profile. */
export interface MemberDetail extends Omit<MemberRow, 'organization'> {
  religion: string | null;
  hometown: string | null;
  generalEducation: string | null;
  qualification: Qualification;
  theoryLevel: TheoryLevel;
  officialOn: string | null;
  probationEndsOn: string;
  organization: OrgName & { kind: OrganizationKind };
  events: MemberEvent[];
}

const ROW = `
  id
  cardNumber
  fullName
  gender
  dateOfBirth
  ethnicity
  status
  admittedOn
  partyYears
  nextBadge { years dueOn ceremonyOn }
  exempt
  organization { id code name }
  version
`;

const DETAIL = `
  ${ROW}
  religion
  hometown
  generalEducation
  qualification
  theoryLevel
  officialOn
  probationEndsOn
  organization { id code name kind }
  events {
    id
    kind
    on
    decisionNumber
    fromOrganization { id code name }
    toOrganization { id code name }
    note
    recordedAt
    recordedBy { id username displayName }
  }
`;

export interface MemberFilter {
  withinId?: string;
  statuses?: MemberStatus[];
  genders?: Gender[];
  ethnicities?: string[];
  theoryLevels?: TheoryLevel[];
  admittedFrom?: string;
  admittedTo?: string;
  bornFrom?: string;
  bornTo?: string;
  search?: string;
}

export interface MemberOrder {
  field: MemberSortField;
  direction: SortDirection;
}

export const MembersQuery = gql<
  {
    members: {
      totalCount: number;
      edges: { cursor: string; node: MemberRow }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  },
  { filter: MemberFilter; orderBy: MemberOrder; first: number; after: string | null }
>`
  query Members($filter: MemberFilter, $orderBy: MemberOrder, $first: Int, $after: String) {
    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor node { ${ROW} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

/** A few members by name or card number, for pickers (e.g. a candidate's sponsors). */
export const SearchMembersQuery = gql<
  {
    members: {
      edges: { node: { id: string; fullName: string; cardNumber: string | null; organization: OrgName } }[];
    };
  },
  { filter: MemberFilter; first: number }
>`
  query SearchMembers($filter: MemberFilter, $first: Int) {
    members(filter: $filter, first: $first, orderBy: { field: FULL_NAME, direction: ASC }) {
      edges { node { id fullName cardNumber organization { id code name } } }
    }
  }
`;

export const MemberQuery = gql<{ member: MemberDetail | null }, { id: string }>`
  query Member($id: ID!) {
    member(id: $id) { ${DETAIL} }
  }
`;

export interface PersonInput {
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  ethnicity: string;
  religion?: string | null;
  hometown?: string | null;
  generalEducation?: string | null;
  qualification?: Qualification;
  theoryLevel?: TheoryLevel;
  cardNumber?: string | null;
}

export const AdmitMemberMutation = gql<
  { admitMember: MemberDetail },
  {
    input: {
      organizationId: string;
      admittedOn: string;
      decisionNumber?: string | null;
      overAgeDecision?: string | null;
      person: PersonInput;
    };
  }
>`
  mutation AdmitMember($input: AdmitMemberInput!) {
    admitMember(input: $input) { ${DETAIL} }
  }
`;

export const RegisterMemberMutation = gql<
  { registerMember: MemberDetail },
  {
    input: {
      organizationId: string;
      status: MemberStatus;
      admittedOn: string;
      officialOn?: string | null;
      person: PersonInput;
    };
  }
>`
  mutation RegisterMember($input: RegisterMemberInput!) {
    registerMember(input: $input) { ${DETAIL} }
  }
`;

export type UpdateMemberInput = { id: string; version: number } & Partial<PersonInput>;

export const UpdateMemberMutation = gql<{ updateMember: MemberDetail }, { input: UpdateMemberInput }>`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) { ${DETAIL} }
  }
`;

export const RecogniseOfficialMutation = gql<
  { recogniseOfficial: MemberDetail },
  { input: { memberId: string; version: number; on: string; decisionNumber?: string | null } }
>`
  mutation RecogniseOfficial($input: RecogniseOfficialInput!) {
    recogniseOfficial(input: $input) { ${DETAIL} }
  }
`;

export const SetExemptionMutation = gql<
  { setExemption: MemberDetail },
  {
    input: {
      memberId: string;
      version: number;
      exempt: boolean;
      on: string;
      decisionNumber?: string | null;
      ground?: ExemptionGround | null;
    };
  }
>`
  mutation SetExemption($input: SetExemptionInput!) {
    setExemption(input: $input) { ${DETAIL} }
  }
`;

export const RecordMemberExitMutation = gql<
  { recordMemberExit: MemberDetail },
  {
    input: {
      memberId: string;
      version: number;
      kind: MemberExitKind;
      on: string;
      decisionNumber?: string | null;
      note?: string | null;
      ground?: RemovalGround | null;
    };
  }
>`
  mutation RecordMemberExit($input: RecordMemberExitInput!) {
    recordMemberExit(input: $input) { ${DETAIL} }
  }
`;

export const TransferDestinationQuery = gql<
  { transferDestination: (OrgName & { kind: OrganizationKind }) | null },
  { code: string }
>`
  query TransferDestination($code: String!) {
    transferDestination(code: $code) { id code name kind }
  }
`;

export const TransferMemberMutation = gql<
  {
    transferMember: {
      id: string;
      status: TransferStatus;
      toOrganization: OrgName;
      member: { id: string; version: number; status: MemberStatus; organization: OrgName };
    };
  },
  { input: { memberId: string; version: number; toOrganizationId: string; on: string; reason?: string | null } }
>`
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      id
      status
      version
      toOrganization { id code name }
      member { id version status organization { id code name } }
    }
  }
`;
