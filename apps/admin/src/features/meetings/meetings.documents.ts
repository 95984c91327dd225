import { graphql, type ResultOf, type VariablesOf } from '../../graphql';

/** A cell's page: the cell, its current members (for the absences) and its meetings of a period. */
export const CellMeetingsQuery = graphql(`
  query CellMeetings($id: ID!, $from: LocalDate!, $to: LocalDate!) {
    organization(id: $id) {
      id code name kind status
      ancestors { id name }
    }
    members(filter: { withinId: $id, statuses: [OFFICIAL, PROBATIONARY] }, first: 200) {
      edges { node { id fullName organization { id } } }
    }
    meetings(organizationId: $id, from: $from, to: $to) {
      id kind heldOn topic attendees absentees
      supervisingCadre { id fullName }
      absences { excused member { id fullName } }
    }
  }
`);
export type CellMeetings = ResultOf<typeof CellMeetingsQuery>;
export type MeetingRow = CellMeetings['meetings'][number];

export const RecordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { id kind heldOn }
  }
`);
export type RecordMeetingInput = VariablesOf<typeof RecordMeetingMutation>['input'];

/** Each cell of a commune or district with its meetings of a quarter. */
export const MeetingComplianceQuery = graphql(`
  query MeetingCompliance($withinId: ID!, $year: Int!, $quarter: Int!) {
    organization(id: $withinId) { id code name }
    meetingCompliance(withinId: $withinId, year: $year, quarter: $quarter) {
      organization { id code name parent { id name } }
      regularMeetings thematicMeetings monthsMissed compliant
    }
  }
`);
export type ComplianceRow = ResultOf<typeof MeetingComplianceQuery>['meetingCompliance'][number];
