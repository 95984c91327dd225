import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

/** Enough of an organisation to name it in a form or a link. */
export const OrgRefFragment = graphql(`
  fragment OrgRef on Organization { id code name }
`);
export type OrgRef = ResultOf<typeof OrgRefFragment>;

/** Enough of an organisation to name it in a tree, a list or a picker. */
export const OrgSummaryFragment = graphql(`
  fragment OrgSummary on Organization { id code name kind status }
`);
export type OrgSummary = ResultOf<typeof OrgSummaryFragment>;

export const OrgDetailFragment = graphql(
  `
  fragment OrgDetail on Organization {
    ...OrgSummary
    sector
    establishedOn
    closedOn
    memberCount
    version
    parent { ...OrgRef }
    ancestors { ...OrgRef }
    mergedInto { ...OrgRef }
  }
`,
  [OrgSummaryFragment, OrgRefFragment],
);
export type OrgDetail = ResultOf<typeof OrgDetailFragment>;

export const RootsQuery = graphql(
  `
  query OrganizationRoots {
    roots { ...OrgSummary }
  }
`,
  [OrgSummaryFragment],
);

export const ChildrenQuery = graphql(
  `
  query OrganizationChildren($id: ID!, $showInactive: Boolean) {
    organization(id: $id) {
      id
      children(includeInactive: $showInactive) { ...OrgSummary }
    }
  }
`,
  [OrgSummaryFragment],
);

export const SearchOrganizationsQuery = graphql(
  `
  query SearchOrganizations($filter: OrganizationFilter, $first: Int) {
    organizations(filter: $filter, first: $first) {
      totalCount
      edges { cursor node { ...OrgSummary } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [OrgSummaryFragment],
);
export type OrgFilterVars = NonNullable<VariablesOf<typeof SearchOrganizationsQuery>['filter']>;

export const OrganizationQuery = graphql(
  `
  query Organization($id: ID!) {
    organization(id: $id) { ...OrgDetail }
  }
`,
  [OrgDetailFragment],
);

export const CreateOrganizationMutation = graphql(
  `
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { ...OrgDetail }
  }
`,
  [OrgDetailFragment],
);
export type CreateOrganizationInput = VariablesOf<typeof CreateOrganizationMutation>['input'];

export const UpdateOrganizationMutation = graphql(
  `
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) { ...OrgDetail }
  }
`,
  [OrgDetailFragment],
);
export type UpdateOrganizationInput = VariablesOf<typeof UpdateOrganizationMutation>['input'];

export const DissolveOrganizationMutation = graphql(
  `
  mutation DissolveOrganization($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) { ...OrgDetail }
  }
`,
  [OrgDetailFragment],
);

export const MergeOrganizationsMutation = graphql(
  `
  mutation MergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { ...OrgDetail }
  }
`,
  [OrgDetailFragment],
);
