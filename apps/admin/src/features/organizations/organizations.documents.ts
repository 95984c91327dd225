import type { OrganizationKind, OrganizationSector, OrganizationStatus } from '@dangvu/schema';
import { gql } from 'urql';

/** Enough of an organisation to name it in a tree, a list or a picker. */
export interface OrgSummary {
  id: string;
  code: string;
  name: string;
  kind: OrganizationKind;
  status: OrganizationStatus;
}

export interface OrgRef {
  id: string;
  code: string;
  name: string;
}

export interface OrgDetail extends OrgSummary {
  sector: OrganizationSector;
  establishedOn: string | null;
  closedOn: string | null;
  memberCount: number;
  version: number;
  parent: OrgRef | null;
  ancestors: OrgRef[];
  mergedInto: OrgRef | null;
}

const SUMMARY = 'id code name kind status';
const DETAIL = `
  ${SUMMARY}
  sector
  establishedOn
  closedOn
  memberCount
  version
  parent { id code name }
  ancestors { id code name }
  mergedInto { id code name }
`;

export const RootsQuery = gql<{ roots: OrgSummary[] }>`
  query OrganizationRoots {
    roots { ${SUMMARY} }
  }
`;

export const ChildrenQuery = gql<
  { organization: { id: string; children: OrgSummary[] } | null },
  { id: string; showInactive: boolean }
>`
  query OrganizationChildren($id: ID!, $showInactive: Boolean) {
    organization(id: $id) {
      id
      children(includeInactive: $showInactive) { ${SUMMARY} }
    }
  }
`;

export interface OrgFilterVars {
  search?: string;
  statuses?: OrganizationStatus[];
  kinds?: OrganizationKind[];
  withinId?: string;
}

export const SearchOrganizationsQuery = gql<
  { organizations: { totalCount: number; edges: { cursor: string; node: OrgSummary }[] } },
  { filter: OrgFilterVars; first: number }
>`
  query SearchOrganizations($filter: OrganizationFilter, $first: Int) {
    organizations(filter: $filter, first: $first) {
      totalCount
      edges { cursor node { ${SUMMARY} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const OrganizationQuery = gql<{ organization: OrgDetail | null }, { id: string }>`
  query Organization($id: ID!) {
    organization(id: $id) { ${DETAIL} }
  }
`;

export interface CreateOrganizationInput {
  parentId: string | null;
  code: string;
  name: string;
  kind: OrganizationKind;
  sector: OrganizationSector;
  establishedOn: string;
  decisionNumber?: string | null;
}

export const CreateOrganizationMutation = gql<{ createOrganization: OrgDetail }, { input: CreateOrganizationInput }>`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { ${DETAIL} }
  }
`;

export interface UpdateOrganizationInput {
  id: string;
  version: number;
  name?: string;
  code?: string;
  sector?: OrganizationSector;
}

export const UpdateOrganizationMutation = gql<{ updateOrganization: OrgDetail }, { input: UpdateOrganizationInput }>`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) { ${DETAIL} }
  }
`;

export const DissolveOrganizationMutation = gql<
  { dissolveOrganization: OrgDetail },
  { input: { id: string; version: number; on: string; decisionNumber?: string | null } }
>`
  mutation DissolveOrganization($input: DissolveOrganizationInput!) {
    dissolveOrganization(input: $input) { ${DETAIL} }
  }
`;

export const MergeOrganizationsMutation = gql<
  { mergeOrganizations: OrgDetail },
  { input: { sourceIds: string[]; targetId: string; on: string; decisionNumber?: string | null } }
>`
  mutation MergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) { ${DETAIL} }
  }
`;
