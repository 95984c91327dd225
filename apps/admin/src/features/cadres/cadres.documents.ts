import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

/** A placement as the timeline, the list and the leadership tab show it. */
const PlacementFields = graphql(`
  fragment PlacementFields on Placement {
    id
    position
    mode
    startsOn
    endsOn
    decisionNumber
    concurrent
    local
    version
    organization { id code name kind parent { id } }
  }
`);

/** A cadre's person fields (a member's come from the member). */
const CadreFields = graphql(`
  fragment CadreFields on Cadre {
    id
    fullName
    gender
    dateOfBirth
    theoryLevel
    qualification
    version
    member { id fullName status organization { id code name } }
    homeCommune { id code name }
  }
`);

/** One page of the cadres list, each with the posts held on the chosen day (or now). */
export const CadresQuery = graphql(
  `
  query Cadres($filter: CadreFilter, $first: Int, $after: String) {
    cadres(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...CadreFields placements(activeOnly: true) { ...PlacementFields } } }
    }
  }
`,
  [CadreFields, PlacementFields],
);

/** Cadres by name, for choosing who to place from an organisation's leadership tab. */
export const SearchCadresQuery = graphql(`
  query SearchCadres($filter: CadreFilter, $first: Int) {
    cadres(filter: $filter, first: $first) {
      edges { node { id fullName dateOfBirth member { id } homeCommune { id name } } }
    }
  }
`);

/** The cadre profile: person fields and the whole placement history. */
export const CadreQuery = graphql(
  `
  query Cadre($id: ID!) {
    cadre(id: $id) { ...CadreFields placements { ...PlacementFields } }
  }
`,
  [CadreFields, PlacementFields],
);

/** An organisation's seats on a day: who holds each post there. */
export const LeadershipQuery = graphql(
  `
  query Leadership($id: ID!, $on: LocalDate) {
    organization(id: $id) {
      id code name kind sector status
      parent { id }
      ancestors { id code name }
      placements(activeOn: $on) { ...PlacementFields cadre { id fullName member { id } } }
    }
  }
`,
  [PlacementFields],
);

/** The district's indicators on commune leadership, as of a day, and the subtree's active organisations today. */
export const CadreIndicatorsQuery = graphql(`
  query CadreIndicators($withinId: ID!, $asOf: LocalDate) {
    cadreIndicators(withinId: $withinId, asOf: $asOf) {
      grassrootsOrganizations
      secretariesPlaced
      nonLocalSecretaries
      secretaryAlsoChair
      villageCells
      cellSecretaryAlsoVillageHead
      villageHeadsNotMembers
      vacantSecretarySeats
    }
    organizations(filter: { withinId: $withinId, statuses: [ACTIVE] }, first: 0) { totalCount }
    organization(id: $withinId) { id code name }
  }
`);

export const CreateCadreMutation = graphql(
  `
  mutation CreateCadre($input: CreateCadreInput!) {
    createCadre(input: $input) { ...CadreFields }
  }
`,
  [CadreFields],
);

export const UpdateCadreMutation = graphql(
  `
  mutation UpdateCadre($input: UpdateCadreInput!) {
    updateCadre(input: $input) { ...CadreFields }
  }
`,
  [CadreFields],
);

export const PlaceCadreMutation = graphql(
  `
  mutation PlaceCadre($input: PlaceCadreInput!) {
    placeCadre(input: $input) { ...PlacementFields cadre { id } }
  }
`,
  [PlacementFields],
);

export const EndPlacementMutation = graphql(
  `
  mutation EndPlacement($input: EndPlacementInput!) {
    endPlacement(input: $input) { ...PlacementFields cadre { id } }
  }
`,
  [PlacementFields],
);

export type CadreRow = ResultOf<typeof CadresQuery>['cadres']['edges'][number]['node'];
export type CadreDetail = NonNullable<ResultOf<typeof CadreQuery>['cadre']>;
export type PlacementRow = ResultOf<typeof PlacementFields>;
export type CadreFilter = NonNullable<VariablesOf<typeof CadresQuery>['filter']>;
export type Indicators = ResultOf<typeof CadreIndicatorsQuery>['cadreIndicators'];
export type Leadership = NonNullable<ResultOf<typeof LeadershipQuery>['organization']>;
