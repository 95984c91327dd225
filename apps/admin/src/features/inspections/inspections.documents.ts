import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

/** An inspection as the year plan, the home page and the export show it. */
const InspectionRowFields = graphql(`
  fragment InspectionRowFields on Inspection {
    id
    code
    kind
    title
    status
    plannedStartOn
    plannedEndOn
    startedOn
    concludedOn
    outcome
    conductedBy { id code name }
    subjectOrganizations { id code name }
    subjectMembers { id fullName }
  }
`);

/** A discipline, with what it was decided on and until when it is in force. */
const DisciplineFields = graphql(`
  fragment DisciplineFields on Discipline {
    id
    form
    reason
    decidedOn
    decisionNumber
    inForceUntil
    decidedBy { id code name }
    member { id fullName }
    organization { id code name }
    inspection { id code title }
  }
`);

/** One page of the year plan (newest planned start first). */
export const InspectionsQuery = graphql(
  `
  query Inspections($filter: InspectionFilter, $first: Int, $after: String) {
    inspections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...InspectionRowFields } }
    }
  }
`,
  [InspectionRowFields],
);

/** How many of the year's inspections are in each status (the filter's other parts applied). */
export const InspectionStatusCountsQuery = graphql(`
  query InspectionStatusCounts($filter: InspectionFilter!, $planned: InspectionFilter!, $inProgress: InspectionFilter!, $concluded: InspectionFilter!, $cancelled: InspectionFilter!) {
    all: inspections(filter: $filter, first: 0) { totalCount }
    planned: inspections(filter: $planned, first: 0) { totalCount }
    inProgress: inspections(filter: $inProgress, first: 0) { totalCount }
    concluded: inspections(filter: $concluded, first: 0) { totalCount }
    cancelled: inspections(filter: $cancelled, first: 0) { totalCount }
  }
`);

/** The inspections a member was the subject of (the plan filtered by a member). */
export const MemberInspectionsQuery = graphql(
  `
  query MemberInspections($id: ID!) {
    member(id: $id) { id fullName inspections { ...InspectionRowFields } }
  }
`,
  [InspectionRowFields],
);

/** The inspection page: subjects, findings, the conclusion with its remedies, the disciplines. */
export const InspectionQuery = graphql(
  `
  query Inspection($id: ID!) {
    inspection(id: $id) {
      id code kind title status plannedStartOn plannedEndOn startedOn concludedOn outcome
      conductedBy { id code name }
      subjectOrganizations { id code name }
      conclusion
      cancelReason
      cancelledOn
      version
      createdBy { id displayName }
      subjectMembers { id fullName status organization { id code name } }
      findings {
        id text severity recordedAt
        member { id fullName }
        organization { id code name }
      }
      remedies { id action dueOn status completedOn version responsible { id code name } }
      disciplines { ...DisciplineFields }
    }
  }
`,
  [DisciplineFields],
);

/** A member's or an organisation's disciplines, for their pages. */
export const MemberDisciplinesQuery = graphql(
  `
  query MemberDisciplines($id: ID!) {
    member(id: $id) { id disciplines { ...DisciplineFields } }
  }
`,
  [DisciplineFields],
);

export const OrganizationDisciplinesQuery = graphql(
  `
  query OrganizationDisciplines($id: ID!) {
    organization(id: $id) { id disciplines { ...DisciplineFields } }
  }
`,
  [DisciplineFields],
);

/** Whether a member holds a party post on a day (DISMISSAL is offered only then). */
export const PartyPostsQuery = graphql(`
  query PartyPosts($filter: CadreFilter!) {
    cadres(filter: $filter, first: 50) {
      edges { node { id member { id } placements(activeOnly: true) { id position organization { id name } } } }
    }
  }
`);

/** The inspector's desk on the home page: open inspections, and concluded ones for their open remedies. */
export const InspectorDeskQuery = graphql(
  `
  query InspectorDesk($withinId: ID!) {
    open: inspections(filter: { withinId: $withinId, statuses: [PLANNED, IN_PROGRESS] }, first: 20) {
      totalCount
      edges { node { ...InspectionRowFields } }
    }
    concluded: inspections(filter: { withinId: $withinId, statuses: [CONCLUDED], openRemedies: true }, first: 100) {
      edges { node { id code title remedies { id action dueOn status responsible { id code name } } } }
    }
  }
`,
  [InspectionRowFields],
);

export const PlanInspectionMutation = graphql(
  `
  mutation PlanInspection($input: PlanInspectionInput!) {
    planInspection(input: $input) { ...InspectionRowFields version }
  }
`,
  [InspectionRowFields],
);

export const StartInspectionMutation = graphql(`
  mutation StartInspection($input: StartInspectionInput!) {
    startInspection(input: $input) { id status startedOn version }
  }
`);

export const CancelInspectionMutation = graphql(`
  mutation CancelInspection($id: ID!, $version: Int!, $reason: String!) {
    cancelInspection(id: $id, version: $version, reason: $reason) { id status cancelReason cancelledOn version }
  }
`);

export const AddFindingMutation = graphql(`
  mutation AddFinding($input: AddFindingInput!) {
    addFinding(input: $input) { id version findings { id } }
  }
`);

export const ConcludeInspectionMutation = graphql(`
  mutation ConcludeInspection($input: ConcludeInspectionInput!) {
    concludeInspection(input: $input) { id status concludedOn outcome conclusion version remedies { id } }
  }
`);

export const CompleteRemedyMutation = graphql(`
  mutation CompleteRemedy($input: CompleteRemedyInput!) {
    completeRemedy(input: $input) { id status completedOn version }
  }
`);

export const ImposeDisciplineMutation = graphql(
  `
  mutation ImposeDiscipline($input: ImposeDisciplineInput!) {
    imposeDiscipline(input: $input) { ...DisciplineFields }
  }
`,
  [DisciplineFields],
);

export type InspectionRow = ResultOf<typeof InspectionRowFields>;
export type InspectionDetail = NonNullable<ResultOf<typeof InspectionQuery>['inspection']>;
export type DisciplineRow = ResultOf<typeof DisciplineFields>;
export type InspectionFilter = NonNullable<VariablesOf<typeof InspectionsQuery>['filter']>;
export type DeskData = ResultOf<typeof InspectorDeskQuery>;
