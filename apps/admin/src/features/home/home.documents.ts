import { graphql } from '../../graphql';

/** What needs doing in the subtree: each kind's count and its soonest alerts, each naming its member or organisation. */
export const HomeAlertsQuery = graphql(`
  query HomeAlerts($withinId: ID!, $perKind: Int) {
    alertSummary(withinId: $withinId, perKind: $perKind) {
      total
      groups {
        kind
        count
        alerts { kind message dueOn member { id } organization { id } }
      }
    }
  }
`);

/** Every alert of some kinds ("show all" of a group), soonest due first. */
export const HomeAlertsOfKindQuery = graphql(`
  query HomeAlertsOfKind($withinId: ID!, $kinds: [AlertKind!]) {
    alerts(withinId: $withinId, kinds: $kinds) { kind message dueOn member { id } organization { id } }
  }
`);

/** The key figures of a subtree: members, candidates by stage, pending transfers, organisations. */
export const HomeFiguresQuery = graphql(`
  query HomeFigures($withinId: ID!) {
    current: members(filter: { withinId: $withinId }, first: 0) { totalCount }
    probationary: members(filter: { withinId: $withinId, statuses: [PROBATIONARY] }, first: 0) { totalCount }
    organizations(filter: { withinId: $withinId, statuses: [ACTIVE] }, first: 0) { totalCount }
    sourced: candidates(filter: { withinId: $withinId, stages: [SOURCED] }, first: 0) { totalCount }
    trained: candidates(filter: { withinId: $withinId, stages: [TRAINED] }, first: 0) { totalCount }
    applied: candidates(filter: { withinId: $withinId, stages: [APPLIED] }, first: 0) { totalCount }
    verified: candidates(filter: { withinId: $withinId, stages: [VERIFIED] }, first: 0) { totalCount }
    transfers(statuses: [PENDING]) {
      id
      fromOrganization { id ancestors { id } }
      toOrganization { id ancestors { id } }
    }
    terms { id name startsOn endsOn }
  }
`);

/** The subtree's targets (every term); the home page shows NEW_MEMBERS of the current term. */
export const HomeTargetsQuery = graphql(`
  query HomeTargets($withinId: ID!) {
    targets(organizationId: $withinId) {
      id
      metric
      targetValue
      achievedValue
      ratio
      term { id }
    }
  }
`);

/** Members admitted in a period (when the term has no admissions target). */
export const HomeAdmittedQuery = graphql(`
  query HomeAdmitted($withinId: ID!, $from: LocalDate!, $to: LocalDate!) {
    members(filter: { withinId: $withinId, admittedFrom: $from, admittedTo: $to, statuses: [PROBATIONARY, OFFICIAL] }, first: 0) {
      totalCount
    }
  }
`);

/** The organisations a role starts from: its scope, or the roots for ADMIN. */
export const HomeRootsQuery = graphql(`
  query HomeRoots {
    roots { id code name }
  }
`);
