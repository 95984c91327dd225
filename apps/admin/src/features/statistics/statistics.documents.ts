import { graphql, type ResultOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

/** The statistics of a subtree as of a day, within a term (the current one when none is given). */
export const StatisticsQuery = graphql(
  `
  query Statistics($withinId: ID!, $asOf: LocalDate, $termId: ID) {
    statistics(withinId: $withinId, asOf: $asOf, termId: $termId) {
      organization { ...OrgRef }
      asOf
      grassrootsOrganizations
      subordinateCells
      members
      probationaryMembers
      femaleShare
      ethnicMinorityShare
      membersByTheoryLevel { key count }
      membersByAgeBand { key count }
      admittedInTerm
      inspectedOrganizations
      inspectedMembers
      disciplinedMembers
    }
  }
`,
  [OrgRefFragment],
);
export type Statistics = ResultOf<typeof StatisticsQuery>['statistics'];
