import { graphql, type ResultOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

export const TermFragment = graphql(`
  fragment Term on Term { id name startsOn endsOn }
`);
export type Term = ResultOf<typeof TermFragment>;

export const TargetRowFragment = graphql(
  `
  fragment TargetRow on Target {
    id
    metric
    targetValue
    achievedValue
    ratio
    version
    term { id name }
    organization { ...OrgRef }
  }
`,
  [OrgRefFragment],
);
export type TargetRow = ResultOf<typeof TargetRowFragment>;

export const TermsQuery = graphql(
  `
  query Terms {
    terms { ...Term }
  }
`,
  [TermFragment],
);

export const TargetsQuery = graphql(
  `
  query Targets($organizationId: ID!, $termId: ID) {
    targets(organizationId: $organizationId, termId: $termId) { ...TargetRow }
  }
`,
  [TargetRowFragment],
);

export const SetTargetMutation = graphql(
  `
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) { ...TargetRow }
  }
`,
  [TargetRowFragment],
);

export const CreateTermMutation = graphql(
  `
  mutation CreateTerm($input: CreateTermInput!) {
    createTerm(input: $input) { ...Term }
  }
`,
  [TermFragment],
);
