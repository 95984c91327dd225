import { graphql, type ResultOf } from '../../graphql';

/** A rating as the pages show it. */
export const RatingFields = graphql(`
  fragment RatingFields on Rating { id year grade score version }
`);
export type RatingRow = ResultOf<typeof RatingFields>;

const GradeCountsFields = graphql(`
  fragment GradeCountsFields on GradeCounts {
    excellent good completed notCompleted unrated total goodOrBetterShare excellentQuotaExceeded
  }
`);
export type GradeCountsRow = ResultOf<typeof GradeCountsFields>;

/** The organisation of the page, its cells with their ratings, and the year's summary of its subtree. */
export const RatingPlaceQuery = graphql(
  `
  query RatingPlace($id: ID!, $year: Int!) {
    organization(id: $id) {
      id code name kind status parent { id }
      ratings { ...RatingFields }
      children { id code name kind status parent { id } ratings { ...RatingFields } }
    }
    ratingSummary(withinId: $id, year: $year) {
      year
      organizations { ...GradeCountsFields }
      members { ...GradeCountsFields }
    }
  }
`,
  [RatingFields, GradeCountsFields],
);
export type RatingSummaryRow = ResultOf<typeof RatingPlaceQuery>['ratingSummary'];

/** A page of the subtree's members with what the rating rules need: exemption, admission, disciplines. */
export const RatingMembersQuery = graphql(
  `
  query RatingMembers($within: ID!, $first: Int, $after: String) {
    members(filter: { withinId: $within }, first: $first, after: $after) {
      totalCount
      edges { node {
        id fullName status admittedOn exempt
        organization { id name }
        ratings { ...RatingFields }
        disciplines { id decidedOn }
      } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [RatingFields],
);
export type RatedMember = ResultOf<typeof RatingMembersQuery>['members']['edges'][number]['node'];

export const RateMutation = graphql(
  `
  mutation Rate($input: RateInput!) {
    rate(input: $input) { ...RatingFields }
  }
`,
  [RatingFields],
);

export const MemberRatingsQuery = graphql(
  `
  query MemberRatings($id: ID!) {
    member(id: $id) { id ratings { ...RatingFields } }
  }
`,
  [RatingFields],
);
