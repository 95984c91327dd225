import type { CandidateStage, Gender } from '@dangvu/schema';
import { gql } from 'urql';

interface OrgName {
  id: string;
  code: string;
  name: string;
}

/**
 * A candidate on the board. Kept small on purpose: the api prices a list of
 * 200 as 2,000 nodes (`first` times 10 for `edges`) and refuses more than
 * 25,000, so a card may select about 11 fields.
 */
export interface CandidateCard {
  id: string;
  fullName: string;
  gender: Gender;
  dateOfBirth: string;
  stage: CandidateStage;
  awarenessCourseOn: string | null;
  version: number;
  organization: { id: string; name: string };
}

/** One candidate in full (single reads and mutation answers). */
export interface CandidateDetail extends CandidateCard {
  ethnicity: string;
  note: string | null;
  organization: OrgName;
  sponsors: { id: string; fullName: string }[];
  admittedAs: { id: string; fullName: string } | null;
}

const CARD = `
  id
  fullName
  gender
  dateOfBirth
  stage
  awarenessCourseOn
  version
  organization { id name }
`;
const CANDIDATE = `
  ${CARD}
  ethnicity
  note
  organization { id code name }
  sponsors { id fullName }
  admittedAs { id fullName }
`;

export interface CandidateFilter {
  withinId?: string;
  stages?: CandidateStage[];
  search?: string;
}

export const CandidatesQuery = gql<
  { candidates: { totalCount: number; edges: { node: CandidateCard }[] } },
  { filter: CandidateFilter; first: number }
>`
  query Candidates($filter: CandidateFilter, $first: Int) {
    candidates(filter: $filter, first: $first) {
      totalCount
      edges { node { ${CARD} } }
    }
  }
`;

export const CandidateQuery = gql<{ candidate: CandidateDetail | null }, { id: string }>`
  query Candidate($id: ID!) {
    candidate(id: $id) { ${CANDIDATE} }
  }
`;

export const CreateCandidateMutation = gql<
  { createCandidate: CandidateDetail },
  {
    input: {
      organizationId: string;
      fullName: string;
      gender: Gender;
      dateOfBirth: string;
      ethnicity: string;
      note?: string | null;
    };
  }
>`
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) { ${CANDIDATE} }
  }
`;

export const AdvanceCandidateMutation = gql<
  { advanceCandidate: CandidateDetail },
  {
    input: {
      id: string;
      version: number;
      to: CandidateStage;
      awarenessCourseOn?: string | null;
      sponsorIds?: string[] | null;
      note?: string | null;
    };
  }
>`
  mutation AdvanceCandidate($input: AdvanceCandidateInput!) {
    advanceCandidate(input: $input) { ${CANDIDATE} }
  }
`;

export const AdmitCandidateMutation = gql<
  { admitCandidate: { id: string; fullName: string; status: string } },
  {
    input: {
      id: string;
      version: number;
      admittedOn: string;
      decisionNumber?: string | null;
      overAgeDecision?: string | null;
      cardNumber?: string | null;
    };
  }
>`
  mutation AdmitCandidate($input: AdmitCandidateInput!) {
    admitCandidate(input: $input) { id fullName status }
  }
`;
