import { describe, expect, it } from 'vitest';
import { addMonths } from '../../graphql/dates.js';
import { today } from '../../graphql/scalars.js';
import { makeCadre, makePlacement, PLACE } from '../../test/cadres.js';
import { type GqlResult, makeMember, makeWorld, startTestApp } from '../../test/harness.js';
import { CONCLUDE, IMPOSE, makeInspection } from '../../test/inspections.js';

/** What discipline and open proceedings do elsewhere: the roll, placements, appointments, transfers. */
const app = await startTestApp();

const rule = (r: GqlResult) => r.errors?.[0].extensions.rule ?? r.errors?.[0].extensions.code ?? 'OK';
const TRANSFER = `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id status } }`;

describe('discipline effects', () => {
  it('EXPULSION: the member is EXPELLED, every placement ends, the seat is vacant again; all in the history', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const cadre = await makeCadre(app.ds, { memberId: m.id });
    const sec = await makePlacement(app.ds, cadre, w.C1a, 'SECRETARY', '2020-01-01');
    const head = await makePlacement(app.ds, cadre, w.C1a, 'VILLAGE_HEAD', '2020-01-01');
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [m.id] });
    const token = w.users.DISTRICT_INSPECTOR.token;
    const r = await app.gql(
      IMPOSE,
      { i: { inspectionId: i.id, form: 'EXPULSION', memberId: m.id, reason: 'Tham nhũng', decidedOn: '2024-06-10' } },
      { token },
    );
    expect(r.data!.imposeDiscipline).toMatchObject({
      form: 'EXPULSION',
      inForceUntil: null,
      member: { status: 'EXPELLED' },
    });
    const ends = await app.ds.query(
      `SELECT to_char(ends_on, 'YYYY-MM-DD') AS e FROM placement WHERE id = ANY($1::uuid[]) ORDER BY position`,
      [[sec, head]],
    );
    expect(ends).toEqual([{ e: '2024-06-10' }, { e: '2024-06-10' }]);
    const q = `query($id: ID!) { member(id: $id) { status events { kind on note } disciplines { form decidedOn } } }`;
    const member = (await app.gql(q, { id: m.id }, { token })).data!.member;
    expect(member.status).toBe('EXPELLED');
    expect(member.events.at(-1)).toEqual({ kind: 'EXPELLED', on: '2024-06-10', note: 'Khai trừ: Tham nhũng' });
    expect(member.disciplines).toEqual([{ form: 'EXPULSION', decidedOn: '2024-06-10' }]);
    const audited = await app.ds.query(
      `SELECT entity_type FROM audit_entry WHERE action = 'imposeDiscipline' AND (entity_id = $1 OR entity_id = ANY($2::uuid[])) ORDER BY entity_type`,
      [m.id, [sec, head]],
    );
    expect(audited.map((a: { entity_type: string }) => a.entity_type)).toEqual(['Member', 'Placement', 'Placement']);
    // the seat is free again from that day
    const next = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id });
    const placed = await app.gql(
      PLACE,
      {
        i: { cadreId: next, organizationId: w.C1a.id, position: 'SECRETARY', mode: 'ELECTED', startsOn: '2024-06-10' },
      },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(rule(placed)).toBe('OK');
  });

  it('DISCIPLINE_IN_FORCE: no appointment through the warning’s last day; allowed the day after', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const cadre = await makeCadre(app.ds, { memberId: m.id });
    const i = await makeInspection(app.ds, w.D1, { status: 'CONCLUDED', memberIds: [m.id] });
    const warned = await app.gql(
      IMPOSE,
      { i: { inspectionId: i.id, form: 'WARNING', memberId: m.id, reason: 'Vi phạm', decidedOn: '2024-06-10' } },
      { token: w.users.DISTRICT_INSPECTOR.token },
    );
    expect(warned.data!.imposeDiscipline.inForceUntil).toBe('2025-06-10');
    const place = (startsOn: string) =>
      app.gql(
        PLACE,
        { i: { cadreId: cadre, organizationId: w.C1a.id, position: 'SECRETARY', mode: 'ELECTED', startsOn } },
        { token: w.users.DISTRICT_ADMIN.token },
      );
    const refused = await place('2025-06-10');
    expect(rule(refused)).toBe('DISCIPLINE_IN_FORCE');
    expect(refused.errors![0].message).toContain('10/06/2025');
    expect(rule(await place('2025-06-11'))).toBe('OK');
    const q = `query($id: ID!) { member(id: $id) { events { kind } } }`;
    const events = (await app.gql(q, { id: m.id }, { token: w.users.DISTRICT_ADMIN.token })).data!.member.events;
    expect(events.map((e: { kind: string }) => e.kind)).toEqual(['ADMITTED', 'DISCIPLINED']);
  });

  it('UNDER_PROCEEDINGS: no transfer while an inspection on signs of violation is open; allowed once concluded', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a);
    const i = await makeInspection(app.ds, w.D1, { status: 'IN_PROGRESS', memberIds: [m.id] });
    const supervision = await makeMember(app.ds, w.C1a);
    await makeInspection(app.ds, w.D1, {
      status: 'IN_PROGRESS',
      kind: 'REGULAR_SUPERVISION',
      memberIds: [supervision.id],
    });
    const token = w.users.DISTRICT_ADMIN.token;
    const official = (memberId: string, version = 1) => ({
      i: { memberId, version, toOrganizationId: w.C1b.id, on: today() },
    });
    const temporary = {
      i: { ...official(m.id).i, temporary: true, until: addMonths(today(), 6), purpose: 'WORK' },
    };
    const refused = await app.gql(TRANSFER, official(m.id), { token });
    expect(rule(refused)).toBe('UNDER_PROCEEDINGS');
    expect(refused.errors![0].extensions.source).toContain('296-QĐ/TW');
    expect(rule(await app.gql(TRANSFER, temporary, { token }))).toBe('UNDER_PROCEEDINGS');
    // a regular supervision is not proceedings
    expect(rule(await app.gql(TRANSFER, official(supervision.id), { token }))).toBe('OK');
    const done = await app.gql(
      CONCLUDE,
      { i: { id: i.id, version: 1, on: today(), outcome: 'NO_VIOLATION', conclusion: 'Không vi phạm' } },
      { token: w.users.DISTRICT_INSPECTOR.token },
    );
    expect(done.errors).toBeUndefined();
    expect(rule(await app.gql(TRANSFER, official(m.id), { token }))).toBe('OK');
  });

  it('UNDER_PROCEEDINGS also while planned, and not once cancelled; denunciations and appeals alike', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const move = (memberId: string) =>
      app.gql(TRANSFER, { i: { memberId, version: 1, toOrganizationId: w.C1b.id, on: today() } }, { token });
    for (const kind of ['DENUNCIATION', 'DISCIPLINE_APPEAL'] as const) {
      const m = await makeMember(app.ds, w.C1a);
      await makeInspection(app.ds, w.D1, { status: 'PLANNED', kind, memberIds: [m.id] });
      expect(rule(await move(m.id))).toBe('UNDER_PROCEEDINGS');
    }
    const m = await makeMember(app.ds, w.C1a);
    await makeInspection(app.ds, w.D1, { status: 'CANCELLED', memberIds: [m.id] });
    expect(rule(await move(m.id))).toBe('OK');
  });
});
