import { describe, expect, it } from 'vitest';
import { ensureAdmin } from '../db/bootstrap.js';
import { checkReadmissionWait } from '../features/members/admission.rules.js';
import { partyAgeFrom, partyYears } from '../features/members/party-age.rules.js';
import { addDays, addMonths, addYears, fullYears } from '../graphql/dates.js';
import { today } from '../graphql/scalars.js';
import { type GqlResult, startTestApp } from '../test/harness.js';
import { DATED_YEARS } from './admission-dates.js';
import { LAM_BINH_MEETINGS } from './meetings.js';
import { SEED_OFFICIALS, surnamesOf } from './names.js';
import { DEMO_PASSWORD } from './organizations.js';
import { seedDemo } from './seed.js';

/** Tuyên Quang's members as records: names, the three admission dates, temporary transfers, re-admissions, removals. */
const app = await startTestApp();
await ensureAdmin(app.ds, 'admin', 'admin12345');
await seedDemo(app.ds);
const on = today();

async function login(username: string, password = DEMO_PASSWORD) {
  const r = await app.gql(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, {
    u: username,
    p: password,
  });
  return r.data!.login.token as string;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers, read loosely
type Node = Record<string, any>;

async function ask(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Node> {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data!;
}

/** Every member the filter finds, page by page. */
async function allMembers(token: string, filter: Record<string, unknown>, fields: string): Promise<Node[]> {
  const out: Node[] = [];
  let after: string | null = null;
  do {
    const r: GqlResult = await app.gql(
      `query($f: MemberFilter, $a: String) { members(filter: $f, first: 200, after: $a) {
         edges { node { ${fields} } } pageInfo { endCursor hasNextPage } } }`,
      { f: filter, a: after },
      { token },
    );
    expect(r.errors).toBeUndefined();
    out.push(...r.data!.members.edges.map((e: { node: Node }) => e.node));
    after = r.data!.members.pageInfo.hasNextPage ? r.data!.members.pageInfo.endCursor : null;
  } while (after);
  return out;
}

async function idOf(code: string, token: string): Promise<string> {
  const r = await app.gql(`query($c: String!) { organizationByCode(code: $c) { id } }`, { c: code }, { token });
  return r.data!.organizationByCode.id;
}

const HISTORY = 'events { kind on removalGround toOrganization { code } }';

describe('Tuyên Quang’s demo members as records', () => {
  it('names follow the ethnic group (Giàng, Sùng, Vàng: Mông; Bàn, Triệu: Dao; Ma, Nông: Tày …)', async () => {
    const token = await login('lambinh.tochuc');
    for (const group of ['Mông', 'Dao', 'Tày', 'Pà Thẻn'] as const) {
      const members = await allMembers(token, { ethnicities: [group] }, 'fullName');
      const surnames = new Set(members.map((m) => m.fullName.split(' ')[0]));
      expect(surnames.size).toBeGreaterThan(1);
      for (const s of surnames) expect(surnamesOf(group)).toContain(s);
    }
    const kinh = await allMembers(token, { ethnicities: ['Kinh'] }, 'fullName');
    expect(kinh.length).toBeGreaterThan(1000);
    for (const m of kinh)
      expect(['Giàng', 'Sùng', 'Vàng', 'Bàn', 'Triệu', 'Ma', 'Nông', 'Chẩu']).not.toContain(m.fullName.split(' ')[0]);
  });

  it('no official named in the seed articles is a member or a candidate, in any province', async () => {
    const admin = await login('admin', 'admin12345');
    const statuses = ['PROBATIONARY', 'OFFICIAL', 'REMOVED', 'DECEASED', 'TRANSFERRED_OUT', 'EXPELLED'];
    const q = `query($s: String!, $st: [MemberStatus!]) { members(filter: { search: $s, statuses: $st }, first: 200) { edges { node { fullName } } }
       candidates(filter: { search: $s }, first: 200) { edges { node { fullName } } } }`;
    for (const name of SEED_OFFICIALS) {
      const r = await app.gql(q, { s: name, st: statuses }, { token: admin });
      expect(r.errors).toBeUndefined();
      const named = [...r.data!.members.edges, ...r.data!.candidates.edges].map((e: { node: Node }) => e.node.fullName);
      expect(named, name).not.toContain(name);
    }
    // the same search finds a generated member by full name
    const some = await app.gql(`{ members(first: 1) { edges { node { fullName } } } }`, {}, { token: admin });
    const found = await app.gql(q, { s: some.data!.members.edges[0].node.fullName, st: statuses }, { token: admin });
    expect(found.data!.members.edges.length).toBeGreaterThan(0);
  });

  it('admissions of the last three years carry the cell’s vote and the ceremony within 30 working days; one past due shows CEREMONY_DUE', async () => {
    const token = await login('lambinh.tochuc');
    const recent = await allMembers(
      token,
      { admittedFrom: addYears(on, -DATED_YEARS), statuses: ['PROBATIONARY', 'OFFICIAL'] },
      `fullName status admittedOn cellVoteOn ceremonyOn probationEndsOn officialOn ${HISTORY}`,
    );
    expect(recent.length).toBeGreaterThan(50);
    for (const m of recent) {
      expect(m.cellVoteOn <= m.admittedOn).toBe(true);
      if (!m.ceremonyOn) continue;
      // 30 working days are at least 42 calendar days
      expect(m.ceremonyOn >= m.admittedOn && m.ceremonyOn <= addDays(m.admittedOn, 42)).toBe(true);
      expect(m.events).toContainEqual({
        kind: 'CEREMONY_HELD',
        on: m.ceremonyOn,
        removalGround: null,
        toOrganization: null,
      });
      expect(m.probationEndsOn).toBe(addMonths(m.ceremonyOn, 12));
      if (m.probationEndsOn > on) expect(m.status).toBe('PROBATIONARY');
      else if (m.status === 'OFFICIAL') expect(m.officialOn).toBe(m.probationEndsOn);
    }
    // past the 12 months and not yet recognised: Lăng Can's one overdue member
    expect(recent.filter((m) => m.status === 'PROBATIONARY' && m.probationEndsOn <= on)).toHaveLength(1);
    const waiting = recent.filter((m) => !m.ceremonyOn);
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    expect(waiting.length).toBeLessThanOrEqual(3);
    const lc = await login('langcan.vanphong');
    const alerts = await app.gql(
      `query($w: ID!) { alerts(withinId: $w) { kind member { fullName ceremonyOn ceremonyDueOn } } }`,
      { w: await idOf('LB-LC', lc) },
      { token: lc },
    );
    const due = alerts.data!.alerts.filter((a: Node) => a.kind === 'CEREMONY_DUE');
    expect(due).toHaveLength(1);
    expect(due[0].member.ceremonyOn).toBeNull();
    expect(due[0].member.ceremonyDueOn <= addDays(on, 10)).toBe(true);
  });

  it('temporary transfers: the member stays on the home roll, active at the destination; one ending shows on both sides', async () => {
    const lc = await login('langcan.vanphong');
    const r = await app.gql(
      `query($w: ID!) { alerts(withinId: $w) { kind member { id fullName } organization { code } }
         transfers(statuses: [ACCEPTED]) { temporary until purpose fromOrganization { code } toOrganization { code }
           member { id organization { code } temporaryOrganization { code } } } }`,
      { w: await idOf('LB-LC', lc) },
      { token: lc },
    );
    expect(r.errors).toBeUndefined();
    const temporary = r.data!.transfers.filter((t: Node) => t.temporary);
    expect(temporary.map((t: Node) => t.purpose).sort()).toEqual(['OTHER', 'STUDY', 'WORK', 'WORK']);
    const running = temporary.filter((t: Node) => t.until >= on);
    expect(running).toHaveLength(3);
    for (const t of running) {
      expect(t.member.organization.code).toBe(t.fromOrganization.code);
      expect(t.member.temporaryOrganization).toEqual({ code: t.toOrganization.code });
    }
    // a Na Hang teacher active in Lăng Can's school: Lăng Can reads the member, the roll stays in xã Na Hang
    expect(running.map((t: Node) => t.member.organization.code)).toContain('TQ-NAH-02');
    const ending = r.data!.alerts.filter((a: Node) => a.kind === 'TEMPORARY_TRANSFER_ENDING');
    expect(ending).toHaveLength(1);
    expect(ending[0].organization.code).toBe('LB-LC-03');
    const district = await login('lambinh.tochuc');
    const lb = await app.gql(
      `query($w: ID!) { alerts(withinId: $w) { kind member { id } } }`,
      { w: await idOf('LB', district) },
      { token: district },
    );
    expect(lb.data!.alerts).toContainEqual({ kind: 'TEMPORARY_TRANSFER_ENDING', member: { id: ending[0].member.id } });
  });

  it('re-admitted members: removed with a ground, back after more than 36 months, party age from the first admission less the time out', async () => {
    const token = await login('lambinh.tochuc');
    const readmitted = [];
    for (const cell of ['LB-TL-01', 'LB-LC-02'])
      readmitted.push(
        ...(
          await allMembers(
            token,
            { withinId: await idOf(cell, token) },
            `status firstAdmittedOn admittedOn partyYears organization { code } ${HISTORY}`,
          )
        ).filter((m) => m.firstAdmittedOn),
      );
    expect(readmitted.map((m) => m.status).sort()).toEqual(['OFFICIAL', 'PROBATIONARY']);
    for (const m of readmitted) {
      const kinds = m.events.map((e: Node) => e.kind);
      expect(kinds.slice(0, 3)).toEqual(['ADMITTED', 'REMOVED', 'READMITTED']);
      const [first, removed, back] = m.events;
      expect(first.on).toBe(m.firstAdmittedOn);
      expect(removed.removalGround).not.toBeNull();
      expect(back).toMatchObject({ on: m.admittedOn, toOrganization: { code: m.organization.code } });
      expect(checkReadmissionWait(removed.on, back.on)).toBeNull();
      expect(m.partyYears).toBe(partyYears(partyAgeFrom(m as never, m.events), on));
      expect(m.partyYears).toBeLessThan(fullYears(m.firstAdmittedOn, on));
      expect(m.partyYears).toBeGreaterThan(fullYears(m.admittedOn, on));
    }
  });

  it('members off the roll: removals state their ground; one struck from the probationary list', async () => {
    const token = await login('lambinh.tochuc');
    const removed = await allMembers(token, { statuses: ['REMOVED'] }, HISTORY);
    expect(removed.length).toBeGreaterThanOrEqual(3);
    const exits = removed.map((m) => m.events.at(-1));
    expect(exits.map((e) => e.kind).sort()).toEqual(['NOT_RECOGNISED', 'REMOVED', 'REMOVED']);
    for (const e of exits.filter((x) => x.kind === 'REMOVED')) expect(e.removalGround).not.toBeNull();
  });

  it('cell meetings: Lăng Can’s last year, with a missed regular and thematic meeting and a member absent without reason in three months', async () => {
    const token = await login('langcan.vanphong');
    const { o } = await ask(token, `{ o: organizationByCode(code: "LB-LC") { id } }`);
    const r = await app.gql(
      `query($w: ID!) { alerts(withinId: $w) { kind message member { id fullName } organization { code } } }`,
      { w: o.id },
      { token },
    );
    expect(r.errors).toBeUndefined();
    const of = (kind: string) => r.data!.alerts.filter((a: Node) => a.kind === kind);
    const L = LAM_BINH_MEETINGS;
    expect(of('REGULAR_MEETING_MISSING').map((a: Node) => a.organization.code)).toEqual([L.regularMissing]);
    expect(of('THEMATIC_MEETING_MISSING').map((a: Node) => a.organization.code)).toEqual([L.thematicMissing]);
    const [absent] = of('UNEXCUSED_ABSENCES');
    expect(of('UNEXCUSED_ABSENCES')).toHaveLength(1);
    expect(absent.organization.code).toBe(L.absentCell);
    expect(absent.message).toContain(`${absent.member.fullName} vắng sinh hoạt chi bộ không có lý do 3 tháng`);
    // the minutes name them; an upper-level committee member attends the thematic meetings
    const cell = await ask(token, `{ o: organizationByCode(code: "${L.absentCell}") { id } }`);
    const m = await ask(
      token,
      `query($c: ID!, $f: LocalDate!, $t: LocalDate!) { meetings(organizationId: $c, from: $f, to: $t) {
         kind absentees supervisingCadre { id } absences { excused member { id } } } }`,
      { c: cell.o.id, f: addMonths(on, -12), t: on },
    );
    const named = m.meetings.flatMap((x: Node) => x.absences.map((a: Node) => ({ ...a, absentees: x.absentees })));
    expect(named.filter((a: Node) => !a.excused && a.member.id === absent.member.id)).toHaveLength(3);
    expect(named.every((a: Node) => a.absentees >= 1)).toBe(true);
    const thematic = m.meetings.filter((x: Node) => x.kind === 'THEMATIC');
    expect(thematic.length).toBeGreaterThanOrEqual(4);
    expect(thematic.every((x: Node) => x.supervisingCadre !== null)).toBe(true);
  });
});
