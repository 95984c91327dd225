import { graphql, type ResultOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

/**
 * A candidate on the board. Kept small on purpose: the api prices a list of
 * 200 as 2,000 nodes (`first` times 10 for `edges`) and refuses more than
 * 25,000, so a card may select about 11 fields.
 */
export const CandidateCardFragment = graphql(`
  fragment CandidateCard on Candidate {
    id
    fullName
    gender
    dateOfBirth
    stage
    awarenessCourseOn
    version
    organization { id name }
  }
`);
export type CandidateCard = ResultOf<typeof CandidateCardFragment>;

/** One candidate in full (single reads and mutation answers). */
export const CandidateDetailFragment = graphql(
  `
  fragment CandidateDetail on Candidate {
    ...CandidateCard
    ethnicity
    note
    organization { ...OrgRef }
    sponsors { id fullName }
    admittedAs { id fullName }
  }
`,
  [CandidateCardFragment, OrgRefFragment],
);
export type CandidateDetail = ResultOf<typeof CandidateDetailFragment>;

export const CandidatesQuery = graphql(
  `
  query Candidates($filter: CandidateFilter, $first: Int) {
    candidates(filter: $filter, first: $first) {
      totalCount
      edges { node { ...CandidateCard } }
    }
  }
`,
  [CandidateCardFragment],
);

export const CandidateQuery = graphql(
  `
  query Candidate($id: ID!) {
    candidate(id: $id) { ...CandidateDetail }
  }
`,
  [CandidateDetailFragment],
);

export const CreateCandidateMutation = graphql(
  `
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) { ...CandidateDetail }
  }
`,
  [CandidateDetailFragment],
);

export const AdvanceCandidateMutation = graphql(
  `
  mutation AdvanceCandidate($input: AdvanceCandidateInput!) {
    advanceCandidate(input: $input) { ...CandidateDetail }
  }
`,
  [CandidateDetailFragment],
);

export const AdmitCandidateMutation = graphql(`
  mutation AdmitCandidate($input: AdmitCandidateInput!) {
    admitCandidate(input: $input) { id fullName status }
  }
`);
