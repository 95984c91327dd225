import { graphql, type ResultOf } from '../../graphql';

/** A cell's page: the cell and its meetings of a period. */
export const CellMeetingsQuery = graphql(`
  query CellMeetings($id: ID!, $from: LocalDate!, $to: LocalDate!) {
    organization(id: $id) {
      id code name kind status
      ancestors { id name }
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

/** The cell's current members, whom the minutes name absent or present (read when the dialog opens). */
export const CellRollQuery = graphql(`
  query CellRoll($id: ID!) {
    members(filter: { withinId: $id, statuses: [OFFICIAL, PROBATIONARY] }, first: 200) {
      edges { node { id fullName } }
    }
  }
`);

export const RecordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) { id kind heldOn }
  }
`);

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
