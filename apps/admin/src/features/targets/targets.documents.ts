import type { TargetMetric } from '@dangvu/schema';
import { gql } from 'urql';

export interface Term {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface TargetRow {
  id: string;
  metric: TargetMetric;
  targetValue: number;
  achievedValue: number;
  ratio: number;
  version: number;
  term: { id: string; name: string };
  organization: { id: string; code: string; name: string };
}

const TARGET = `
  id
  metric
  targetValue
  achievedValue
  ratio
  version
  term { id name }
  organization { id code name }
`;

export const TermsQuery = gql<{ terms: Term[] }>`
  query Terms {
    terms { id name startsOn endsOn }
  }
`;

export const TargetsQuery = gql<{ targets: TargetRow[] }, { organizationId: string; termId: string | null }>`
  query Targets($organizationId: ID!, $termId: ID) {
    targets(organizationId: $organizationId, termId: $termId) { ${TARGET} }
  }
`;

export const SetTargetMutation = gql<
  { setTarget: TargetRow },
  { input: { organizationId: string; termId: string; metric: TargetMetric; targetValue: number } }
>`
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) { ${TARGET} }
  }
`;

export const CreateTermMutation = gql<
  { createTerm: Term },
  { input: { name: string; startsOn: string; endsOn: string } }
>`
  mutation CreateTerm($input: CreateTermInput!) {
    createTerm(input: $input) { id name startsOn endsOn }
  }
`;
