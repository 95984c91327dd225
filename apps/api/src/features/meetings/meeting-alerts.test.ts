import { describe, expect, it } from 'vitest';
import { makeMember, makeWorld, type OrgRow, startTestApp } from '../../test/harness.js';

/** The alerts cell meetings raise: REGULAR_MEETING_MISSING, THEMATIC_MEETING_MISSING, UNEXCUSED_ABSENCES. */
const app = await startTestApp();

const Q = `query($w: ID!, $on: LocalDate) { alerts(withinId: $w, asOf: $on) { kind dueOn message member { id } organization { id } } }`;

async function ofKind(token: string, w: string, on: string, kind: string) {
  const r = await app.gql(Q, { w, on }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.alerts.filter((a: { kind: string }) => a.kind === kind);
}

/** A meeting inserted directly (test data), with unexcused absences of `absent`. */
async function meet(cell: OrgRow, kind: string, heldOn: string, absent: string[] = [], excused = false) {
  const [{ id }] = await app.ds.query(
    `INSERT INTO meeting (organization_id, kind, held_on, attendees, absentees, org_path) VALUES ($1, $2, $3, 5, $4, '') RETURNING id`,
    [cell.id, kind, heldOn, absent.length],
  );
  for (const m of absent)
    await app.ds.query(
      `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path) VALUES ($1, $2, $3, '', '1900-01-01', '')`,
      [id, m, excused],
    );
}

describe('alerts of cell meetings', () => {
  it('REGULAR_MEETING_MISSING: a tracked cell with no regular meeting in the last full month', async () => {
    const w = await makeWorld(app.ds);
    await meet(w.C1a, 'REGULAR', '2025-04-10');
    await meet(w.C1b, 'REGULAR', '2025-04-10');
    await meet(w.C1b, 'REGULAR', '2025-05-31');
    await meet(w.C1a, 'THEMATIC', '2025-05-15'); // a thematic meeting is not the month's regular one
    await meet(w.C2a, 'REGULAR', '2025-04-10');
    const token = w.users.COMMUNE_ADMIN.token;
    expect(await ofKind(token, w.C1.id, '2025-06-01', 'REGULAR_MEETING_MISSING')).toEqual([
      {
        kind: 'REGULAR_MEETING_MISSING',
        dueOn: '2025-05-31',
        message: expect.stringContaining('tháng 05/2025'),
        member: null,
        organization: { id: w.C1a.id },
      },
    ]);
    // still May on the last day of June; C1b missed June from 1 July on; a cell never recorded is not alerted
    const june30 = await ofKind(token, w.C1.id, '2025-06-30', 'REGULAR_MEETING_MISSING');
    expect(june30.map((a: { organization: { id: string } }) => a.organization.id)).toEqual([w.C1a.id]);
    const july = await ofKind(w.users.DISTRICT_ADMIN.token, w.D1.id, '2025-07-01', 'REGULAR_MEETING_MISSING');
    expect(july.map((a: { organization: { id: string } }) => a.organization.id).sort()).toEqual(
      [w.C1a.id, w.C1b.id, w.C2a.id].sort(),
    );
    // a cell first recorded in the month itself is not yet tracked
    expect(await ofKind(token, w.C1.id, '2025-05-01', 'REGULAR_MEETING_MISSING')).toEqual([]);
  });

  it('THEMATIC_MEETING_MISSING: a tracked cell with no thematic meeting in the last full quarter', async () => {
    const w = await makeWorld(app.ds);
    await meet(w.C1a, 'REGULAR', '2024-09-10');
    await meet(w.C1b, 'REGULAR', '2024-09-10');
    await meet(w.C1b, 'THEMATIC', '2025-03-31');
    const token = w.users.COMMUNE_ADMIN.token;
    const april = await ofKind(token, w.C1.id, '2025-04-01', 'THEMATIC_MEETING_MISSING');
    expect(april).toEqual([
      {
        kind: 'THEMATIC_MEETING_MISSING',
        dueOn: '2025-03-31',
        message: expect.stringContaining('quý 1/2025'),
        member: null,
        organization: { id: w.C1a.id },
      },
    ]);
    expect(await ofKind(token, w.C1.id, '2025-03-31', 'THEMATIC_MEETING_MISSING')).toHaveLength(2);
  });

  it("both kinds in one answer, each from its own period: a cell established within the quarter misses only the month's", async () => {
    const w = await makeWorld(app.ds);
    await app.ds.query(`UPDATE organization SET established_on = '2025-02-15' WHERE id = $1`, [w.C1b.id]);
    await meet(w.C1a, 'REGULAR', '2024-12-10'); // since 2024: misses March and the first quarter
    await meet(w.C1b, 'REGULAR', '2025-02-20'); // established in the quarter: only March is its to miss
    const r = await app.gql(Q, { w: w.C1.id, on: '2025-04-10' }, { token: w.users.COMMUNE_ADMIN.token });
    const missed = r
      .data!.alerts.filter((a: { kind: string }) => a.kind.endsWith('_MEETING_MISSING'))
      .map((a: { kind: string; dueOn: string; organization: { id: string } }) => [a.kind, a.dueOn, a.organization.id]);
    expect(missed.sort()).toEqual(
      [
        ['REGULAR_MEETING_MISSING', '2025-03-31', w.C1a.id],
        ['REGULAR_MEETING_MISSING', '2025-03-31', w.C1b.id],
        ['THEMATIC_MEETING_MISSING', '2025-03-31', w.C1a.id],
      ].sort(),
    );
  });

  it('UNEXCUSED_ABSENCES: unexcused absences from regular meetings in 3 months of the last 12, current members in scope', async () => {
    const w = await makeWorld(app.ds);
    const [three, two, excused, sameMonth] = [
      await makeMember(app.ds, w.C1a, { fullName: 'Vắng Ba Tháng' }),
      await makeMember(app.ds, w.C1a),
      await makeMember(app.ds, w.C1a),
      await makeMember(app.ds, w.C1a),
    ];
    await meet(w.C1a, 'REGULAR', '2024-07-01', [three.id, two.id]); // out of the window on 2025-07-01
    await meet(w.C1a, 'REGULAR', '2024-07-02', [three.id, sameMonth.id]);
    await meet(w.C1a, 'REGULAR', '2024-07-20', [sameMonth.id]);
    await meet(w.C1a, 'REGULAR', '2024-07-25', [sameMonth.id]);
    await meet(w.C1a, 'REGULAR', '2025-01-05', [three.id, two.id]);
    await meet(w.C1a, 'THEMATIC', '2025-02-05', [three.id, two.id]); // a thematic meeting does not count
    await meet(w.C1a, 'REGULAR', '2025-06-05', [three.id]);
    for (const d of ['2025-02-01', '2025-03-01', '2025-04-01']) await meet(w.C1a, 'REGULAR', d, [excused.id], true);
    const token = w.users.COMMUNE_ADMIN.token;
    const found = await ofKind(token, w.C1.id, '2025-07-01', 'UNEXCUSED_ABSENCES');
    expect(found).toEqual([
      {
        kind: 'UNEXCUSED_ABSENCES',
        dueOn: '2025-06-05',
        message: expect.stringContaining('Vắng Ba Tháng vắng sinh hoạt chi bộ không có lý do 3 tháng'),
        member: { id: three.id },
        organization: { id: w.C1a.id },
      },
    ]);
    // one day later the absence of 2 July 2024 leaves the window
    expect(await ofKind(token, w.C1.id, '2025-07-02', 'UNEXCUSED_ABSENCES')).toEqual([]);
    // a member who has left, or one moved out of the caller's scope, is not alerted there
    await app.ds.query(`UPDATE member SET status = 'REMOVED' WHERE id = $1`, [three.id]);
    expect(await ofKind(token, w.C1.id, '2025-07-01', 'UNEXCUSED_ABSENCES')).toEqual([]);
    await app.ds.query(`UPDATE member SET status = 'OFFICIAL', organization_id = $2 WHERE id = $1`, [
      three.id,
      w.C2a.id,
    ]);
    expect(await ofKind(token, w.C1.id, '2025-07-01', 'UNEXCUSED_ABSENCES')).toEqual([]);
    expect(await ofKind(w.users.DISTRICT_ADMIN.token, w.D1.id, '2025-07-01', 'UNEXCUSED_ABSENCES')).toHaveLength(1);
  });
});
