import type { Permission, Role } from '@dangvu/schema';
import { codeOf, type GqlResult, type OrgRow, type TestApp } from './harness.js';

/**
 * The meetings' rows of the access matrix (access-matrix.test.ts): a cell's
 * minutes with a named absence (inserted as test data), the compliance of
 * its grassroots organisation, and recording a meeting. Outside the scope
 * the two queries answer NOT_FOUND (they name an organisation), as the
 * recording does.
 */
type Side = 'inside' | 'outside';
type Outcome = 'OK' | 'VISIBLE' | 'HIDDEN' | 'NOT_FOUND' | 'FORBIDDEN' | 'RULE_VIOLATION';

type Targets = { cell: OrgRow; grassroots: OrgRow; memberId: string };

export interface MeetingOperation {
  name: string;
  permission: Permission;
  kind: 'read' | 'write';
  run(t: Targets, token: string): Promise<Outcome | string>;
  expect?(role: Role, side: Side): Outcome;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are read by shape
const visible = (r: GqlResult, pick: (d: any) => boolean): Outcome | string =>
  r.errors ? codeOf(r) : pick(r.data) ? 'VISIBLE' : 'HIDDEN';
const namedRead = (_role: Role, side: Side): Outcome =>
  side === 'outside' && _role !== 'ADMIN' ? 'NOT_FOUND' : 'VISIBLE';

export function meetingOperations(app: TestApp): MeetingOperation[] {
  /** A regular meeting of the cell in March 2025 naming the member absent. */
  const minutes = async (cell: OrgRow, memberId: string) => {
    const [{ id }] = await app.ds.query(
      `INSERT INTO meeting (organization_id, kind, held_on, attendees, absentees, org_path)
       VALUES ($1, 'REGULAR', '2025-03-05', 9, 1, '') RETURNING id`,
      [cell.id],
    );
    await app.ds.query(
      `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path) VALUES ($1, $2, false, '', '2025-03-05', '')`,
      [id, memberId],
    );
  };
  /** A read of the cell's minutes (inserted first) naming an organisation: NOT_FOUND outside the scope. */
  const read = (
    name: string,
    query: string,
    vars: (t: Targets) => Record<string, unknown>,
    // biome-ignore lint/suspicious/noExplicitAny: GraphQL results are read by shape
    pick: (d: any, t: Targets) => boolean,
  ): MeetingOperation => ({
    name,
    permission: 'meeting:read',
    kind: 'read',
    expect: namedRead,
    run: async (t, token) => {
      await minutes(t.cell, t.memberId);
      return visible(await app.gql(query, vars(t), { token }), (d) => pick(d, t));
    },
  });
  return [
    read(
      'meetings with their absences',
      `query($o: ID!) { meetings(organizationId: $o, from: "2025-01-01", to: "2025-12-31") {
        id organization { id } supervisingCadre { id } absences { excused member { id } } } }`,
      (t) => ({ o: t.cell.id }),
      (d, t) => d.meetings.length === 1 && d.meetings[0].absences[0]?.member.id === t.memberId,
    ),
    read(
      'meetingCompliance',
      `query($w: ID!) { meetingCompliance(withinId: $w, year: 2025, quarter: 1) { organization { id } regularMeetings } }`,
      (t) => ({ w: t.grassroots.id }),
      (d, t) =>
        d.meetingCompliance.some(
          (c: { organization: { id: string }; regularMeetings: number }) =>
            c.organization.id === t.cell.id && c.regularMeetings === 1,
        ),
    ),
    {
      name: 'recordMeeting',
      permission: 'meeting:write',
      kind: 'write',
      run: async (t, token) =>
        codeOf(
          await app.gql(
            `mutation($i: RecordMeetingInput!) { recordMeeting(input: $i) { id } }`,
            {
              i: {
                organizationId: t.cell.id,
                kind: 'THEMATIC',
                heldOn: '2025-03-20',
                attendees: 8,
                absentees: 1,
                absences: [{ memberId: t.memberId, excused: true }],
              },
            },
            { token },
          ),
        ),
    },
  ];
}
