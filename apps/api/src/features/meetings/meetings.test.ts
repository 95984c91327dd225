import { describe, expect, it } from 'vitest';
import { addDays } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { makeCadre } from '../../test/cadres.js';
import { codeOf, type GqlResult, makeMember, makeOrg, makeWorld, startTestApp } from '../../test/harness.js';

/** Recording cell meetings, listing a cell's meetings and a subtree's quarterly compliance, through GraphQL. */
const app = await startTestApp();

const RECORD = `mutation($i: RecordMeetingInput!) { recordMeeting(input: $i) { id kind heldOn topic attendees absentees version
  organization { id } supervisingCadre { id } absences { excused member { id fullName } } } }`;
const LIST = `query($o: ID!, $f: LocalDate!, $t: LocalDate!) { meetings(organizationId: $o, from: $f, to: $t) {
  id kind heldOn absences { excused member { id } } } }`;
const COMPLIANCE = `query($w: ID!, $y: Int!, $q: Int!) { meetingCompliance(withinId: $w, year: $y, quarter: $q) {
  organization { id code } regularMeetings thematicMeetings monthsMissed compliant } }`;

const ruleOf = (r: GqlResult) => r.errors?.[0]?.extensions.rule;

describe('recordMeeting', () => {
  it('records the minutes with named absences and a supervising cadre, audited; the cell lists them by period', async () => {
    const w = await makeWorld(app.ds);
    const [a, b, c] = [
      await makeMember(app.ds, w.C1a),
      await makeMember(app.ds, w.C1a),
      await makeMember(app.ds, w.C1a),
    ];
    const cadre = await makeCadre(app.ds, { owner: w.C1, fullName: 'Đảng ủy viên phụ trách' });
    const token = w.users.COMMUNE_ADMIN.token;
    const input = {
      organizationId: w.C1a.id,
      kind: 'REGULAR',
      heldOn: '2025-03-05',
      topic: '  Sinh hoạt tháng 3  ',
      attendees: 20,
      absentees: 3,
      supervisingCadreId: cadre,
      absences: [
        { memberId: a.id, excused: true },
        { memberId: b.id, excused: false },
      ],
    };
    const r = await app.gql(RECORD, { i: input }, { token });
    expect(r.errors).toBeUndefined();
    const m = r.data!.recordMeeting;
    expect(m).toMatchObject({
      kind: 'REGULAR',
      heldOn: '2025-03-05',
      topic: 'Sinh hoạt tháng 3',
      attendees: 20,
      absentees: 3,
      version: 1,
      organization: { id: w.C1a.id },
      supervisingCadre: { id: cadre },
    });
    expect(m.absences).toHaveLength(2);
    expect(m.absences.find((x: { member: { id: string } }) => x.member.id === b.id).excused).toBe(false);
    const [entry] = await app.ds.query(`SELECT action, changes, scope_path FROM audit_entry WHERE entity_id = $1`, [
      m.id,
    ]);
    expect(entry).toMatchObject({ action: 'recordMeeting', scope_path: w.C1a.path });
    expect(entry.changes.absences.to).toHaveLength(2);
    await app.gql(RECORD, { i: { ...input, kind: 'THEMATIC', heldOn: '2025-03-20', absences: [] } }, { token });
    await app.gql(
      RECORD,
      { i: { ...input, heldOn: '2025-04-02', absences: [{ memberId: c.id, excused: false }] } },
      { token },
    );
    const march = await app.gql(LIST, { o: w.C1a.id, f: '2025-03-01', t: '2025-03-31' }, { token });
    expect(march.data!.meetings.map((x: { kind: string }) => x.kind)).toEqual(['REGULAR', 'THEMATIC']);
    // a district inspector reads; a commune user of another commune sees nothing of it
    const insp = await app.gql(
      LIST,
      { o: w.C1a.id, f: '2025-01-01', t: '2025-12-31' },
      { token: w.users.DISTRICT_INSPECTOR.token },
    );
    expect(insp.data!.meetings).toHaveLength(3);
    expect(codeOf(await app.gql(LIST, { o: w.C2a.id, f: '2025-01-01', t: '2025-12-31' }, { token }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(LIST, { o: w.C1a.id, f: '2025-12-31', t: '2025-01-01' }, { token }))).toBe(
      'BAD_USER_INPUT',
    );
    // an absentee who moves out of the caller's scope is left out of the minutes the caller reads
    await app.ds.query('UPDATE member SET organization_id = $2 WHERE id = $1', [c.id, w.C3a.id]);
    const april = await app.gql(LIST, { o: w.C1a.id, f: '2025-04-01', t: '2025-04-30' }, { token });
    expect(april.data!.meetings[0].absences).toEqual([]);
    const admin = await app.gql(
      LIST,
      { o: w.C1a.id, f: '2025-04-01', t: '2025-04-30' },
      { token: w.users.ADMIN.token },
    );
    expect(admin.data!.meetings[0].absences).toEqual([{ excused: false, member: { id: c.id } }]);
  });

  it('refuses what the rules forbid and changes nothing', async () => {
    const w = await makeWorld(app.ds);
    const member = await makeMember(app.ds, w.C1a);
    const other = await makeMember(app.ds, w.C1b);
    const left = await makeMember(app.ds, w.C1a, { status: 'REMOVED' });
    const closed = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { status: 'DISSOLVED' });
    const token = w.users.COMMUNE_ADMIN.token;
    const base = { organizationId: w.C1a.id, kind: 'REGULAR', heldOn: '2025-03-05', attendees: 5, absentees: 1 };
    const tried = async (i: Record<string, unknown>, t = token) =>
      app.gql(RECORD, { i: { ...base, ...i } }, { token: t });
    expect(ruleOf(await tried({ organizationId: w.C1.id }))).toBe('MEETING_CELL_REQUIRED');
    expect(ruleOf(await tried({ organizationId: closed.id }))).toBe('ORGANIZATION_CLOSED');
    expect(ruleOf(await tried({ heldOn: '1999-12-31' }))).toBe('MEETING_BEFORE_ESTABLISHED');
    expect(
      ruleOf(
        await tried({
          absences: [
            { memberId: member.id, excused: true },
            { memberId: member.id, excused: false },
          ],
          absentees: 2,
        }),
      ),
    ).toBe('ABSENCE_DUPLICATE');
    expect(ruleOf(await tried({ absentees: 0, absences: [{ memberId: member.id, excused: true }] }))).toBe(
      'ABSENCES_EXCEED_ABSENTEES',
    );
    for (const id of [other.id, left.id, 'not-a-uuid'])
      expect(ruleOf(await tried({ absences: [{ memberId: id, excused: false }] }))).toBe('ABSENTEE_NOT_IN_CELL');
    const shape = await tried({ heldOn: addDays(today(), 1), attendees: -1, topic: 'x'.repeat(501) });
    expect(codeOf(shape)).toBe('BAD_USER_INPUT');
    expect(shape.errors![0].extensions.fields.map((f: { path: string[] }) => f.path.at(-1)).sort()).toEqual([
      'attendees',
      'heldOn',
      'topic',
    ]);
    // a cadre the caller cannot see, a cell out of scope, a role that only reads
    const hidden = await makeCadre(app.ds, { owner: w.C3 });
    expect(codeOf(await tried({ supervisingCadreId: hidden }))).toBe('NOT_FOUND');
    expect(codeOf(await tried({ organizationId: w.C2a.id }))).toBe('NOT_FOUND');
    expect(codeOf(await tried({}, w.users.COMMUNE_INSPECTOR.token))).toBe('FORBIDDEN');
    const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM meeting WHERE organization_id = ANY($1)', [
      [w.C1a.id, w.C1.id, closed.id, w.C2a.id],
    ]);
    expect(n).toBe(0);
    // the district admin records in its district
    expect(
      codeOf(await tried({ absences: [{ memberId: member.id, excused: false }] }, w.users.DISTRICT_ADMIN.token)),
    ).toBe('OK');
  });
});

describe('meetingCompliance', () => {
  it('counts each active cell’s regular and thematic meetings in the quarter, the months missed and compliance', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const rec = (cell: { id: string }, kind: string, heldOn: string) =>
      app.gql(RECORD, { i: { organizationId: cell.id, kind, heldOn, attendees: 5, absentees: 0 } }, { token });
    // C1a: every month and a thematic one (two regular in May); C1b: no June meeting; the thematic one never replaces it
    for (const d of ['2025-04-03', '2025-05-03', '2025-05-20', '2025-06-03']) await rec(w.C1a, 'REGULAR', d);
    await rec(w.C1a, 'THEMATIC', '2025-06-15');
    for (const d of ['2025-04-03', '2025-05-03']) await rec(w.C1b, 'REGULAR', d);
    await rec(w.C1b, 'THEMATIC', '2025-06-03');
    await rec(w.C1b, 'REGULAR', '2025-07-01'); // next quarter
    await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { status: 'DISSOLVED' });
    const r = await app.gql(COMPLIANCE, { w: w.C1.id, y: 2025, q: 2 }, { token });
    expect(r.errors).toBeUndefined();
    const rows = r.data!.meetingCompliance;
    expect(rows).toHaveLength(2);
    const codes = rows.map((x: { organization: { code: string } }) => x.organization.code);
    expect(codes).toEqual([...codes].sort());
    const of = (id: string) => rows.find((x: { organization: { id: string } }) => x.organization.id === id);
    expect(of(w.C1a.id)).toMatchObject({ regularMeetings: 4, thematicMeetings: 1, monthsMissed: 0, compliant: true });
    expect(of(w.C1b.id)).toMatchObject({ regularMeetings: 2, thematicMeetings: 1, monthsMissed: 1, compliant: false });
    // the district sees every commune's cells; a commune admin only its own; elsewhere NOT_FOUND
    const district = await app.gql(COMPLIANCE, { w: w.D1.id, y: 2025, q: 2 }, { token });
    expect(district.data!.meetingCompliance).toHaveLength(3);
    const own = await app.gql(COMPLIANCE, { w: w.C1.id, y: 2025, q: 2 }, { token: w.users.COMMUNE_INSPECTOR.token });
    expect(own.data!.meetingCompliance).toHaveLength(2);
    expect(
      codeOf(await app.gql(COMPLIANCE, { w: w.C2.id, y: 2025, q: 2 }, { token: w.users.COMMUNE_ADMIN.token })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(COMPLIANCE, { w: w.C1.id, y: 2025, q: 5 }, { token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(COMPLIANCE, { w: 'abc', y: 2025, q: 1 }, { token }))).toBe('NOT_FOUND');
  });
});
