import { describe, expect, it } from 'vitest';
import { END, makeCadre, makePlacement, PLACE } from '../../test/cadres.js';
import { codeOf, makeMember, makeOrg, makeUser, makeWorld, startTestApp, type World } from '../../test/harness.js';

/** The placement rules through GraphQL, each on both sides of its edge; a refused placement writes nothing. */
const app = await startTestApp();

const place = (_w: World, token: string, i: Record<string, unknown>) =>
  app.gql(PLACE, { i: { mode: 'ELECTED', startsOn: '2025-01-01', ...i } }, { token });
const ruleOf = (r: { errors?: { extensions: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions.rule ?? 'OK';

async function placements(orgId: string): Promise<number> {
  const [{ n }] = await app.ds.query('SELECT count(*)::int AS n FROM placement WHERE organization_id = $1', [orgId]);
  return n;
}

describe('placing a cadre', () => {
  it('OFFICIAL_MEMBER_REQUIRED: official on the start date, not a day earlier; not a non-member', async () => {
    const w = await makeWorld(app.ds);
    const m = await makeMember(app.ds, w.C1a, { admittedOn: '2019-05-19' }); // official from 2020-05-19
    const id = await makeCadre(app.ds, { memberId: m.id });
    const token = w.users.DISTRICT_ADMIN.token;
    const early = await place(w, token, {
      cadreId: id,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2020-05-18',
    });
    expect(ruleOf(early)).toBe('OFFICIAL_MEMBER_REQUIRED');
    expect(await placements(w.C1.id)).toBe(0);
    const onDay = await place(w, token, {
      cadreId: id,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2020-05-19',
    });
    expect(ruleOf(onDay)).toBe('OK');
    const head = await makeCadre(app.ds, { owner: w.C1 });
    const party = await place(w, token, { cadreId: head, organizationId: w.C1a.id, position: 'INSPECTION_MEMBER' });
    expect(ruleOf(party)).toBe('OFFICIAL_MEMBER_REQUIRED');
    expect(ruleOf(await place(w, token, { cadreId: head, organizationId: w.C1a.id, position: 'VILLAGE_HEAD' }))).toBe(
      'OK',
    );
  });

  it('SEAT_OCCUPIED: one holder a day, backdated included; free from the day the predecessor ends', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const a = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id });
    const b = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id });
    const first = await place(w, token, {
      cadreId: a,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2020-10-01',
    });
    const backdated = await place(w, token, {
      cadreId: b,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2019-01-01',
    });
    expect(ruleOf(backdated)).toBe('SEAT_OCCUPIED');
    expect(backdated.errors![0].extensions.source).toMatch(/Điều lệ/);
    const ended = await app.gql(
      END,
      { i: { id: first.data!.placeCadre.id, version: 1, endsOn: '2025-10-01' } },
      { token },
    );
    expect(ended.errors).toBeUndefined();
    const dayBefore = await place(w, token, {
      cadreId: b,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2025-09-30',
    });
    expect(ruleOf(dayBefore)).toBe('SEAT_OCCUPIED');
    const handover = await place(w, token, {
      cadreId: b,
      organizationId: w.C1.id,
      position: 'SECRETARY',
      startsOn: '2025-10-01',
    });
    expect(ruleOf(handover)).toBe('OK');
    expect(await placements(w.C1.id)).toBe(2);
    // many committee members at once
    for (const c of [a, b])
      expect(ruleOf(await place(w, token, { cadreId: c, organizationId: w.C1.id, position: 'COMMITTEE_MEMBER' }))).toBe(
        'OK',
      );
  });

  it('VILLAGE_HEAD only at a village or residential-group cell; DEPUTY_SECRETARY from 9 official members', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.COMMUNE_ADMIN.token;
    const school = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { sector: 'SCHOOL' });
    const head = await makeCadre(app.ds, { owner: w.C1 });
    expect(ruleOf(await place(w, token, { cadreId: head, organizationId: school.id, position: 'VILLAGE_HEAD' }))).toBe(
      'VILLAGE_HEAD_AT_VILLAGE',
    );
    expect(ruleOf(await place(w, token, { cadreId: head, organizationId: w.C1a.id, position: 'VILLAGE_HEAD' }))).toBe(
      'OK',
    );
    const deputy = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1b)).id });
    for (let i = 0; i < 7; i++) await makeMember(app.ds, w.C1b);
    await makeMember(app.ds, w.C1b, { status: 'PROBATIONARY', admittedOn: '2025-01-01' });
    const eight = await place(w, token, { cadreId: deputy, organizationId: w.C1b.id, position: 'DEPUTY_SECRETARY' });
    expect(ruleOf(eight)).toBe('CELL_COMMITTEE_SIZE');
    await makeMember(app.ds, w.C1b);
    const nine = await place(w, token, { cadreId: deputy, organizationId: w.C1b.id, position: 'DEPUTY_SECRETARY' });
    expect(ruleOf(nine)).toBe('OK');
  });

  it('only at ACTIVE organisations; endsOn not before startsOn; an ended placement ends once', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const closed = await makeOrg(app.ds, w.C1, 'SUBORDINATE_CELL', { sector: 'VILLAGE', status: 'DISSOLVED' });
    const id = await makeCadre(app.ds, { owner: w.C1 });
    expect(ruleOf(await place(w, token, { cadreId: id, organizationId: closed.id, position: 'VILLAGE_HEAD' }))).toBe(
      'ORGANIZATION_CLOSED',
    );
    const p = await makePlacement(app.ds, id, w.C1a, 'VILLAGE_HEAD', '2024-01-01');
    const before = await app.gql(END, { i: { id: p, version: 1, endsOn: '2023-12-31' } }, { token });
    expect(ruleOf(before)).toBe('END_BEFORE_START');
    const same = await app.gql(END, { i: { id: p, version: 1, endsOn: '2024-01-01' } }, { token });
    expect(same.data!.endPlacement).toMatchObject({ endsOn: '2024-01-01', version: 2 });
    expect(ruleOf(await app.gql(END, { i: { id: p, version: 2, endsOn: '2024-02-01' } }, { token }))).toBe(
      'PLACEMENT_ENDED',
    );
    expect(codeOf(await app.gql(END, { i: { id: p, version: 1, endsOn: '2024-02-01' } }, { token }))).toBe('CONFLICT');
  });

  it('who decides: the district at a commune, the commune admin only in its cells, inspectors never', async () => {
    const w = await makeWorld(app.ds);
    const id = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C1a)).id });
    const at = (role: keyof World['users'], org: { id: string }, position = 'SECRETARY') =>
      place(w, w.users[role].token, { cadreId: id, organizationId: org.id, position, startsOn: '2024-01-01' }).then(
        codeOf,
      );
    expect(await at('COMMUNE_ADMIN', w.C1)).toBe('FORBIDDEN');
    expect(await at('COMMUNE_INSPECTOR', w.C1a)).toBe('FORBIDDEN');
    expect(await at('DISTRICT_INSPECTOR', w.C1)).toBe('FORBIDDEN');
    expect(await at('DISTRICT_ADMIN', w.D1)).toBe('FORBIDDEN');
    expect(await at('COMMUNE_ADMIN', w.C2a)).toBe('NOT_FOUND');
    expect(await at('COMMUNE_ADMIN', w.C1a)).toBe('OK');
    expect(await at('DISTRICT_ADMIN', w.C1)).toBe('OK');
    const [p] = await app.ds.query(`SELECT id FROM placement WHERE organization_id = $1`, [w.C1.id]);
    const end = await app.gql(
      END,
      { i: { id: p.id, version: 1, endsOn: '2025-01-01' } },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(codeOf(end)).toBe('FORBIDDEN');
  });

  it('since 2025: a commune directly under the province is placed by the district roles bound to the province', async () => {
    const w = await makeWorld(app.ds);
    const commune = await makeOrg(app.ds, w.P, 'GRASSROOTS_COMMITTEE', { sector: 'COMMUNE' });
    const cell = await makeOrg(app.ds, commune, 'SUBORDINATE_CELL', { sector: 'VILLAGE' });
    const id = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, cell)).id });
    const province = await makeUser(app.ds, 'DISTRICT_ADMIN', w.P);
    const inspector = await makeUser(app.ds, 'DISTRICT_INSPECTOR', w.P);
    const i = { cadreId: id, organizationId: commune.id, position: 'SECRETARY', startsOn: '2025-07-01' };
    expect(codeOf(await place(w, inspector.token, i))).toBe('FORBIDDEN');
    expect(codeOf(await place(w, w.users.DISTRICT_ADMIN.token, i))).toBe('NOT_FOUND');
    expect(codeOf(await place(w, province.token, i))).toBe('OK');
  });
});
