import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

/** A member as the list shows it. */
export const MemberRowFragment = graphql(
  `
  fragment MemberRow on Member {
    id
    cardNumber
    fullName
    gender
    dateOfBirth
    ethnicity
    status
    admittedOn
    partyYears
    nextBadge { years dueOn ceremonyOn awardOn deferredUntil }
    exempt
    organization { ...OrgRef }
    version
  }
`,
  [OrgRefFragment],
);
export type MemberRow = ResultOf<typeof MemberRowFragment>;

export const MemberEventFragment = graphql(
  `
  fragment MemberEvent on MemberEvent {
    id
    kind
    on
    decisionNumber
    fromOrganization { ...OrgRef }
    toOrganization { ...OrgRef }
    note
    recordedAt
    recordedBy { id username displayName }
  }
`,
  [OrgRefFragment],
);
export type MemberEvent = ResultOf<typeof MemberEventFragment>;

/** A member's profile. */
export const MemberDetailFragment = graphql(
  `
  fragment MemberDetail on Member {
    ...MemberRow
    religion
    hometown
    generalEducation
    qualification
    theoryLevel
    officialOn
    probationEndsOn
    organization { id code name kind }
    events { ...MemberEvent }
  }
`,
  [MemberRowFragment, MemberEventFragment],
);
export type MemberDetail = ResultOf<typeof MemberDetailFragment>;

export const MembersQuery = graphql(
  `
  query Members($filter: MemberFilter, $orderBy: MemberOrder, $first: Int, $after: String) {
    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor node { ...MemberRow } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [MemberRowFragment],
);
export type MemberFilter = NonNullable<VariablesOf<typeof MembersQuery>['filter']>;
export type MemberOrder = NonNullable<VariablesOf<typeof MembersQuery>['orderBy']>;

export const SearchMembersQuery = graphql(
  `
  query SearchMembers($filter: MemberFilter, $first: Int) {
    members(filter: $filter, first: $first, orderBy: { field: FULL_NAME, direction: ASC }) {
      edges { node { id fullName cardNumber organization { ...OrgRef } } }
    }
  }
`,
  [OrgRefFragment],
);

export const MemberQuery = graphql(
  `
  query Member($id: ID!) {
    member(id: $id) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);

export const AdmitMemberMutation = graphql(
  `
  mutation AdmitMember($input: AdmitMemberInput!) {
    admitMember(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);
/** A person's data, as admitting, registering and updating a member send it. */
export type PersonInput = VariablesOf<typeof AdmitMemberMutation>['input']['person'];

export const RegisterMemberMutation = graphql(
  `
  mutation RegisterMember($input: RegisterMemberInput!) {
    registerMember(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);

export const UpdateMemberMutation = graphql(
  `
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);
export type UpdateMemberInput = VariablesOf<typeof UpdateMemberMutation>['input'];

export const RecogniseOfficialMutation = graphql(
  `
  mutation RecogniseOfficial($input: RecogniseOfficialInput!) {
    recogniseOfficial(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);

export const SetExemptionMutation = graphql(
  `
  mutation SetExemption($input: SetExemptionInput!) {
    setExemption(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);

export const RecordMemberExitMutation = graphql(
  `
  mutation RecordMemberExit($input: RecordMemberExitInput!) {
    recordMemberExit(input: $input) { ...MemberDetail }
  }
`,
  [MemberDetailFragment],
);

export const TransferDestinationQuery = graphql(`
  query TransferDestination($code: String!) {
    transferDestination(code: $code) { id code name kind }
  }
`);

export const TransferMemberMutation = graphql(
  `
  mutation TransferMember($input: TransferMemberInput!) {
    transferMember(input: $input) {
      id
      status
      version
      toOrganization { ...OrgRef }
      member { id version status organization { ...OrgRef } }
    }
  }
`,
  [OrgRefFragment],
);
