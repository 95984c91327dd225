import { can, type Permission, ROLES, type Role } from '@dangvu/schema';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../graphql/dates.js';
import { today } from '../graphql/scalars.js';
import { makeCadre, makePlacement } from './cadres.js';
import {
  codeOf,
  type GqlResult,
  makeMember,
  makeOrg,
  makeUser,
  makeWorld,
  type OrgRow,
  startTestApp,
  type World,
} from './harness.js';
import { type InspectionTargets, inspectionOperations, inspectionTargets } from './inspection-access.js';
import { meetingOperations } from './meeting-access.js';
import { ratingOperations } from './rating-access.js';

/**
 * The generated access matrix: every operation of the foundation × every
 * role × a target inside the role's scope and one outside it. Expected:
 * FORBIDDEN when the role lacks the permission; outside the scope a read
 * sees nothing and a write answers NOT_FOUND, exactly as for a record that
 * does not exist; inside, the operation works.
 */
const app = await startTestApp();

type Side = 'inside' | 'outside';
type Outcome = 'OK' | 'VISIBLE' | 'HIDDEN' | 'NOT_FOUND' | 'FORBIDDEN' | 'RULE_VIOLATION';

interface Targets {
  grassroots: OrgRow;
  cell: OrgRow;
  /** A cell with no members, for dissolving. */
  emptyCell: OrgRow;
  userId: string;
  memberId: string;
  probationaryId: string;
  candidateId: string;
  termId: string;
  /** Two pending transfers between cells of the target grassroots organisation, requested by an ADMIN. */
  pendingIds: [string, string];
  /** A member removed on 1/1/2020, for re-admission. */
  removedId: string;
  /** A day in the holiday calendar, for removing. */
  holidayOn: string;
  /** A TRAINED candidate in the cell, and a second official member of the cell to sponsor it. */
  trainedId: string;
  sponsorId: string;
  /** A member of C3a (outside every scoped role's own scope) on a running temporary transfer to the cell. */
  visitorId: string;
  /** The cadre of the cell's member. */
  cadreId: string;
  /** A non-member cadre kept by the cell. */
  keptCadreId: string;
  /** A cadre whose member lies elsewhere (C3a), reached only through its placement (SECRETARY) at the cell. */
  placedCadreId: string;
  placementId: string;
  /** A cadre kept by C3 whose home commune is the target grassroots organisation: the home commune gives no access. */
  homeCadreId: string;
  /** A member of the cell without a cadre. */
  freeMemberId: string;
  /** Inspections in every status by the role's own inspection body (inside) naming the cell and a member of it. */
  insp: InspectionTargets;
}

interface Operation {
  name: string;
  permission: Permission;
  kind: 'read' | 'write';
  /** Not scoped: the same inside and outside (the holiday calendar). */
  global?: boolean;
  run(w: World, t: Targets, token: string): Promise<Outcome | string>;
  /** When the generic expectation does not apply. */
  expect?(role: Role, side: Side): Outcome;
}

const visible = (r: GqlResult, pick: (d: any) => boolean): Outcome | string =>
  r.errors ? codeOf(r) : pick(r.data) ? 'VISIBLE' : 'HIDDEN';
const done = (r: GqlResult): Outcome | string => codeOf(r);
const HTTP: Record<number, Outcome | string> = {
  200: 'OK',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};
async function httpOutcome(res: Response): Promise<Outcome | string> {
  await res.arrayBuffer();
  return HTTP[res.status] ?? `HTTP ${res.status}`;
}

const operations: Operation[] = [
  {
    name: 'organization',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: t.cell.id }, { token }),
        (d) => d.organization !== null,
      ),
  },
  {
    name: 'organizationByCode',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($c: String!) { organizationByCode(code: $c) { id } }`, { c: t.cell.code }, { token }),
        (d) => d.organizationByCode !== null,
      ),
  },
  {
    name: 'organizations (search and count)',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($s: String) { organizations(filter: { search: $s }) { totalCount edges { node { id } } } }`,
          { s: t.cell.code },
          { token },
        ),
        (d) => d.organizations.totalCount > 0 || d.organizations.edges.length > 0,
      ),
  },
  {
    name: 'alerts (withinId)',
    permission: 'organization:read',
    kind: 'write', // a subtree outside scope answers NOT_FOUND, like a write
    run: async (_w, t, token) =>
      done(await app.gql(`query($w: ID!) { alerts(withinId: $w) { kind } }`, { w: t.grassroots.id }, { token })),
  },
  {
    name: 'alertSummary (withinId)',
    permission: 'organization:read',
    kind: 'write', // as alerts
    run: async (_w, t, token) =>
      done(await app.gql(`query($w: ID!) { alertSummary(withinId: $w) { total } }`, { w: t.grassroots.id }, { token })),
  },
  {
    name: 'organizations (withinId)',
    permission: 'organization:read',
    kind: 'write', // a named subtree outside scope answers NOT_FOUND, like a write
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `query($w: ID) { organizations(filter: { withinId: $w }) { totalCount } }`,
          { w: t.grassroots.id },
          { token },
        ),
      ),
  },
  {
    name: 'children and ancestors',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) => {
      const level = '{ id ancestors { id } children(includeInactive: true) ';
      const r = await app.gql(`{ roots ${level}${level}${level}{ id } } } } }`, {}, { token });
      return visible(r, () => JSON.stringify(r.data).includes(t.cell.id));
    },
  },
  {
    name: 'users',
    permission: 'user:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(await app.gql(`{ users(first: 200) { id } }`, {}, { token }), (d) =>
        d.users.some((u: { id: string }) => u.id === t.userId),
      ),
  },
  {
    name: 'auditLog',
    permission: 'audit:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($e: ID) { auditLog(filter: { entityId: $e }) { totalCount edges { node { id } } } }`,
          { e: t.cell.id },
          { token },
        ),
        (d) => d.auditLog.totalCount > 0,
      ),
  },
  {
    name: 'createOrganization',
    permission: 'organization:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
          {
            i: {
              parentId: t.grassroots.id,
              code: `N${t.cell.code}`,
              name: 'Chi bộ mới',
              kind: 'SUBORDINATE_CELL',
              sector: 'VILLAGE',
              establishedOn: '2024-01-01',
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'updateOrganization',
    permission: 'organization:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
          { i: { id: t.cell.id, version: 1, name: 'Tên mới' } },
          { token },
        ),
      ),
  },
  {
    name: 'dissolveOrganization',
    permission: 'organization:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: DissolveOrganizationInput!) { dissolveOrganization(input: $i) { id } }`,
          { i: { id: t.emptyCell.id, version: 1, on: '2025-01-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'mergeOrganizations',
    permission: 'organization:write',
    kind: 'write',
    run: async (w, t, token) =>
      done(
        await app.gql(
          `mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { id } }`,
          { i: { sourceIds: [t.cell.id], targetId: w.C1b.id, on: '2025-01-01' } },
          { token },
        ),
      ),
  },
  {
    // a cell with its members moved under the neighbouring commune C2 of D1: inside, both sides lie in district scope
    name: 'moveOrganizations',
    permission: 'organization:reorganize',
    kind: 'write',
    run: async (w, t, token) =>
      done(
        await app.gql(
          `mutation($i: MoveOrganizationsInput!) { moveOrganizations(input: $i) { id } }`,
          { i: { ids: [t.cell.id], newParentId: w.C2.id, on: '2025-07-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'endOrganization',
    permission: 'organization:reorganize',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: EndOrganizationInput!) { endOrganization(input: $i) { id } }`,
          { i: { id: t.emptyCell.id, version: 1, on: '2025-07-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'Organization.events',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { organization(id: $id) { events { kind } } }`, { id: t.cell.id }, { token }),
        (d) => d.organization?.events.some((e: { kind: string }) => e.kind === 'FOUNDED') === true,
      ),
  },
  {
    name: 'createUser',
    permission: 'user:manage',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
          {
            i: {
              username: `new-${t.cell.code}`.toLowerCase(),
              displayName: 'Mới',
              password: 'mat-khau-dai-1',
              role: 'COMMUNE_INSPECTOR',
              scopeId: t.grassroots.id,
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'updateUser',
    permission: 'user:manage',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
          { i: { id: t.userId, version: 1, displayName: 'Đổi tên' } },
          { token },
        ),
      ),
  },
  {
    name: 'resetPassword',
    permission: 'user:manage',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($id: ID!) { resetPassword(userId: $id, newPassword: "mat-khau-moi-1") }`,
          { id: t.userId },
          { token },
        ),
      ),
  },
  {
    name: 'member',
    permission: 'member:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { member(id: $id) { id } }`, { id: t.memberId }, { token }),
        (d) => d.member !== null,
      ),
  },
  {
    name: 'members (search, count, sort)',
    permission: 'member:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($s: String) { members(filter: { search: $s }, orderBy: { field: CARD_NUMBER, direction: DESC }) { totalCount edges { node { id } } } }`,
          { s: `C${t.cell.code}` },
          { token },
        ),
        (d) => d.members.totalCount > 0 || d.members.edges.length > 0,
      ),
  },
  {
    name: 'members (withinId)',
    permission: 'member:read',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `query($w: ID) { members(filter: { withinId: $w }) { totalCount } }`,
          { w: t.cell.id },
          { token },
        ),
      ),
  },
  {
    name: 'candidate',
    permission: 'candidate:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { candidate(id: $id) { id } }`, { id: t.candidateId }, { token }),
        (d) => d.candidate !== null,
      ),
  },
  {
    name: 'candidates (search and count)',
    permission: 'candidate:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($s: String) { candidates(filter: { search: $s, stages: [VERIFIED] }) { totalCount edges { node { id } } } }`,
          { s: `uv ${t.cell.code}` },
          { token },
        ),
        (d) => d.candidates.totalCount > 0 || d.candidates.edges.length > 0,
      ),
  },
  {
    name: 'targets',
    permission: 'target:read',
    kind: 'write',
    run: async (_w, t, token) =>
      done(await app.gql(`query($o: ID!) { targets(organizationId: $o) { id } }`, { o: t.grassroots.id }, { token })),
  },
  {
    name: 'admitMember',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: AdmitMemberInput!) { admitMember(input: $i) { id } }`,
          {
            i: {
              organizationId: t.cell.id,
              admittedOn: '2024-01-01',
              person: { fullName: 'Mới', gender: 'MALE', dateOfBirth: '1990-01-01', ethnicity: 'Kinh' },
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'registerMember',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }`,
          {
            i: {
              organizationId: t.cell.id,
              status: 'OFFICIAL',
              admittedOn: '2004-01-01',
              person: { fullName: 'Cũ', gender: 'FEMALE', dateOfBirth: '1980-01-01', ethnicity: 'Tày' },
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'updateMember',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }`,
          { i: { id: t.memberId, version: 1, hometown: 'Lăng Can' } },
          { token },
        ),
      ),
  },
  {
    name: 'recogniseOfficial',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: RecogniseOfficialInput!) { recogniseOfficial(input: $i) { id } }`,
          { i: { memberId: t.probationaryId, version: 1, on: '2024-02-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'setExemption',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: SetExemptionInput!) { setExemption(input: $i) { id } }`,
          { i: { memberId: t.memberId, version: 1, exempt: true, on: '2024-02-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'recordMemberExit',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: RecordMemberExitInput!) { recordMemberExit(input: $i) { id } }`,
          { i: { memberId: t.memberId, version: 1, kind: 'REMOVED', on: '2024-02-01', ground: 'OTHER' } },
          { token },
        ),
      ),
  },
  {
    name: 'recordCeremony',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: RecordCeremonyInput!) { recordCeremony(input: $i) { id } }`,
          { i: { memberId: t.probationaryId, version: 1, on: '2023-01-20' } },
          { token },
        ),
      ),
  },
  {
    name: 'readmitMember',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: ReadmitMemberInput!) { readmitMember(input: $i) { id } }`,
          {
            i: {
              memberId: t.removedId,
              version: 1,
              organizationId: t.cell.id,
              admittedOn: '2024-01-02',
              approvalDecision: '9-QĐ/TU',
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'publicHolidays (not scoped)',
    permission: 'session:self',
    kind: 'read',
    global: true,
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($y: Int!) { publicHolidays(year: $y) { on } }`,
          { y: Number(t.holidayOn.slice(0, 4)) },
          { token },
        ),
        (d) => d.publicHolidays.some((h: { on: string }) => h.on === t.holidayOn),
      ),
  },
  {
    name: 'setPublicHoliday (not scoped: ADMIN only)',
    permission: 'calendar:manage',
    kind: 'write',
    global: true,
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: SetPublicHolidayInput!) { setPublicHoliday(input: $i) { on } }`,
          { i: { on: t.holidayOn, name: 'Nghỉ bù' } },
          { token },
        ),
      ),
  },
  {
    name: 'removePublicHoliday (not scoped: ADMIN only)',
    permission: 'calendar:manage',
    kind: 'write',
    global: true,
    run: async (_w, t, token) =>
      done(await app.gql(`mutation($on: LocalDate!) { removePublicHoliday(on: $on) }`, { on: t.holidayOn }, { token })),
  },
  {
    name: 'transferMember',
    permission: 'member:write',
    kind: 'write',
    run: async (w, t, token) =>
      done(
        await app.gql(
          `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }`,
          { i: { memberId: t.memberId, version: 1, toOrganizationId: w.C1b.id, on: '2024-02-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'transferMember (temporary)',
    permission: 'member:write',
    kind: 'write',
    run: async (w, t, token) =>
      done(
        await app.gql(
          `mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }`,
          {
            i: {
              memberId: t.memberId,
              version: 1,
              toOrganizationId: w.C1b.id,
              on: '2024-02-01',
              temporary: true,
              until: '2024-08-01',
              purpose: 'WORK',
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'member temporarily active in the scope (member, temporaryOrganization)',
    permission: 'member:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($id: ID!) { member(id: $id) { id temporaryOrganization { id } } }`,
          { id: t.visitorId },
          { token },
        ),
        (d) => d.member?.temporaryOrganization?.id === t.cell.id,
      ),
  },
  {
    name: 'createCandidate',
    permission: 'candidate:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }`,
          {
            i: {
              organizationId: t.cell.id,
              fullName: 'Quần chúng',
              gender: 'MALE',
              dateOfBirth: '2001-01-01',
              ethnicity: 'Dao',
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'advanceCandidate',
    permission: 'candidate:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: AdvanceCandidateInput!) { advanceCandidate(input: $i) { id } }`,
          { i: { id: t.candidateId, version: 1, to: 'REJECTED' } },
          { token },
        ),
      ),
  },
  {
    name: 'advanceCandidate (sponsors)',
    permission: 'candidate:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: AdvanceCandidateInput!) { advanceCandidate(input: $i) { id } }`,
          {
            i: {
              id: t.trainedId,
              version: 1,
              to: 'APPLIED',
              sponsors: [
                { kind: 'MEMBER', memberId: t.memberId, knownSince: '2020-01-01' },
                { kind: 'MEMBER', memberId: t.sponsorId, knownSince: '2020-01-01' },
              ],
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'Candidate.sponsorships',
    permission: 'candidate:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($id: ID!) { candidate(id: $id) { sponsorships { kind knownSince member { id } } } }`,
          { id: t.candidateId },
          { token },
        ),
        (d) => d.candidate?.sponsorships.some((s: { member: { id: string } | null }) => s.member?.id === t.memberId),
      ),
  },
  {
    name: 'admitCandidate',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: AdmitCandidateInput!) { admitCandidate(input: $i) { id } }`,
          { i: { id: t.candidateId, version: 1, admittedOn: '2024-02-01' } },
          { token },
        ),
      ),
  },
  {
    name: 'setTarget',
    permission: 'target:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: SetTargetInput!) { setTarget(input: $i) { id } }`,
          { i: { organizationId: t.grassroots.id, termId: t.termId, metric: 'NEW_MEMBERS', targetValue: 50 } },
          { token },
        ),
      ),
  },
  {
    name: 'transfers',
    permission: 'member:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`{ transfers(statuses: [PENDING]) { id temporary letterDueOn member { id } } }`, {}, { token }),
        (d) => d.transfers.some((x: { id: string }) => x.id === t.pendingIds[0]),
      ),
  },
  {
    name: 'acceptTransfer',
    permission: 'transfer:decide',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($id: ID!) { acceptTransfer(id: $id, version: 1) { id } }`,
          { id: t.pendingIds[0] },
          { token },
        ),
      ),
  },
  {
    name: 'rejectTransfer',
    permission: 'transfer:decide',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($id: ID!) { rejectTransfer(id: $id, version: 1, reason: "Không") { id } }`,
          { id: t.pendingIds[1] },
          { token },
        ),
      ),
  },
  {
    name: 'createTerm (no scope: ADMIN only)',
    permission: 'term:manage',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($n: String!) { createTerm(input: { name: $n, startsOn: "2030-10-01", endsOn: "2035-09-30" }) { id } }`,
          { n: `T ${t.cell.code}` },
          { token },
        ),
      ),
  },
  {
    name: 'GET /export/members.xlsx',
    permission: 'member:read',
    kind: 'write',
    run: async (_w, t, token) =>
      httpOutcome(
        await fetch(`${app.url}/export/members.xlsx?withinId=${t.cell.id}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      ),
  },
  {
    name: 'POST /import/members',
    permission: 'member:write',
    kind: 'write',
    run: async (_w, t, token) =>
      httpOutcome(
        await fetch(`${app.url}/import/members?organizationId=${t.cell.id}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
          body: 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng\nNgười Nhập,Nam,01/01/1980,Kinh,01/01/2005\n',
        }),
      ),
  },
  {
    name: 'cadre (through its member)',
    permission: 'cadre:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { cadre(id: $id) { id member { id } } }`, { id: t.cadreId }, { token }),
        (d) => d.cadre !== null,
      ),
  },
  {
    name: 'cadre (through a placement) with its placements',
    permission: 'cadre:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($id: ID!) { cadre(id: $id) { id member { id } placements { id concurrent local organization { id } cadre { id } } } }`,
          { id: t.placedCadreId },
          { token },
        ),
        (d) => d.cadre?.placements.some((p: { id: string }) => p.id === t.placementId) === true,
      ),
  },
  {
    name: 'cadre (only its home commune in scope)',
    permission: 'cadre:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(`query($id: ID!) { cadre(id: $id) { id homeCommune { id } } }`, { id: t.homeCadreId }, { token }),
        (d) => d.cadre !== null,
      ),
    expect: (role) => (role === 'ADMIN' ? 'VISIBLE' : 'HIDDEN'),
  },
  {
    name: 'cadres (search and count)',
    permission: 'cadre:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($s: String) { cadres(filter: { search: $s }) { totalCount edges { node { id } } } }`,
          { s: `matrix ${t.cell.code}` },
          { token },
        ),
        (d) => d.cadres.totalCount > 0 || d.cadres.edges.length > 0,
      ),
  },
  {
    name: 'cadres (withinId, positions, activeOn)',
    permission: 'cadre:read',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `query($w: ID) { cadres(filter: { withinId: $w, positions: [SECRETARY], activeOn: "2024-01-01" }) { totalCount } }`,
          { w: t.grassroots.id },
          { token },
        ),
      ),
  },
  {
    name: 'cadreIndicators (withinId)',
    permission: 'cadre:read',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `query($w: ID!) { cadreIndicators(withinId: $w) { secretariesPlaced } }`,
          { w: t.grassroots.id },
          { token },
        ),
      ),
  },
  {
    name: 'statistics (withinId)',
    permission: 'member:read',
    kind: 'write',
    run: async (_w, t, token) =>
      done(await app.gql(`query($w: ID!) { statistics(withinId: $w) { members } }`, { w: t.grassroots.id }, { token })),
  },
  {
    name: 'GET /export/statistics.xlsx',
    permission: 'member:read',
    kind: 'write',
    run: async (_w, t, token) =>
      httpOutcome(
        await fetch(`${app.url}/export/statistics.xlsx?withinId=${t.grassroots.id}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      ),
  },
  {
    name: 'Organization.placements',
    permission: 'organization:read',
    kind: 'read',
    run: async (_w, t, token) =>
      visible(
        await app.gql(
          `query($id: ID!) { organization(id: $id) { placements { id cadre { id } } } }`,
          { id: t.cell.id },
          { token },
        ),
        (d) => d.organization?.placements.some((p: { id: string }) => p.id === t.placementId) === true,
      ),
  },
  {
    name: 'createCadre (from a member)',
    permission: 'cadre:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: CreateCadreInput!) { createCadre(input: $i) { id } }`,
          { i: { memberId: t.freeMemberId } },
          { token },
        ),
      ),
  },
  {
    name: 'createCadre (a non-member kept by the cell)',
    permission: 'cadre:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: CreateCadreInput!) { createCadre(input: $i) { id } }`,
          { i: { fullName: 'Trưởng bản', gender: 'MALE', dateOfBirth: '1970-01-01', organizationId: t.cell.id } },
          { token },
        ),
      ),
  },
  {
    name: 'updateCadre',
    permission: 'cadre:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id } }`,
          { i: { id: t.keptCadreId, version: 1, fullName: 'Tên đã sửa' } },
          { token },
        ),
      ),
  },
  {
    name: 'placeCadre (at a cell)',
    permission: 'cadre:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: PlaceCadreInput!) { placeCadre(input: $i) { id } }`,
          {
            i: {
              cadreId: t.keptCadreId,
              organizationId: t.cell.id,
              position: 'FRONT_CHAIR',
              mode: 'APPOINTED',
              startsOn: '2024-01-01',
            },
          },
          { token },
        ),
      ),
  },
  {
    name: 'endPlacement (at a cell)',
    permission: 'cadre:write',
    kind: 'write',
    run: async (_w, t, token) =>
      done(
        await app.gql(
          `mutation($i: EndPlacementInput!) { endPlacement(input: $i) { id } }`,
          { i: { id: t.placementId, version: 1, endsOn: '2025-01-01' } },
          { token },
        ),
      ),
  },
];

// inspections and discipline: reads in each status, writes in each status where the status decides
operations.push(
  ...inspectionOperations(app).map((op) => ({
    ...op,
    run: (_w: World, t: Targets, token: string) => op.run(t, token),
  })),
);

// cell meetings: a cell's minutes, its commune's compliance, recording
operations.push(
  ...meetingOperations(app).map((op) => ({
    ...op,
    run: (_w: World, t: Targets, token: string) => op.run(t, token),
  })),
);

// ratings: the summary, a member's ratings, and who rates whom
operations.push(
  ...ratingOperations(app).map((op) => ({
    ...op,
    run: (_w: World, t: Targets, token: string) => op.run(t, token),
  })),
);

/** Inside: a commune of D1 the role's scope holds (C1). Outside: D2's commune for district roles, the neighbouring commune C2 for commune roles. */
async function targets(w: World, role: Role, side: Side): Promise<Targets> {
  const grassroots = side === 'inside' ? w.C1 : role.startsWith('COMMUNE') ? w.C2 : w.C3;
  const cell = await makeOrg(app.ds, grassroots, 'SUBORDINATE_CELL');
  const user = await makeUser(app.ds, 'COMMUNE_ADMIN', grassroots);
  const member = await makeMember(app.ds, cell, { fullName: `Matrix ${cell.code}`, cardNumber: `C${cell.code}` });
  const probationary = await makeMember(app.ds, cell, { status: 'PROBATIONARY', admittedOn: '2023-01-01' });
  const [{ id: candidateId }] = await app.ds.query(
    `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage)
     VALUES ($2, lower($2), 'MALE', '2000-01-01', 'Tày', $1, 'VERIFIED') RETURNING id`,
    [cell.id, `UV ${cell.code}`],
  );
  const [{ id: termId }] = await app.ds.query(
    `INSERT INTO term (name, starts_on, ends_on) VALUES ($1, '2020-10-01', '2025-09-30') RETURNING id`,
    [cell.code],
  );
  // an audit entry about the cell, written by an ADMIN
  await app.gql(
    `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
    { i: { id: cell.id, version: 1, sector: 'SCHOOL' } },
    { token: w.users.ADMIN.token },
  );
  await app.ds.query('UPDATE organization SET version = 1 WHERE id = $1', [cell.id]);
  await app.ds.query(
    `INSERT INTO organization_event (organization_id, kind, "on") VALUES ($1, 'FOUNDED', '2000-01-01')`,
    [cell.id],
  );
  const emptyCell = await makeOrg(app.ds, grassroots, 'SUBORDINATE_CELL');
  const pendingIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const mover = await makeMember(app.ds, cell);
    const [{ id }] = await app.ds.query(
      `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status, requested_by)
       VALUES ($1, $2, $3, '2024-03-01', 'PENDING', $4) RETURNING id`,
      [mover.id, cell.id, emptyCell.id, w.users.ADMIN.id],
    );
    pendingIds.push(id);
  }
  const removed = await makeMember(app.ds, cell, { status: 'REMOVED', admittedOn: '2001-01-01' });
  await app.ds.query(
    `INSERT INTO member_event (member_id, kind, "on", ground) VALUES ($1, 'REMOVED', '2020-01-01', 'OTHER')`,
    [removed.id],
  );
  const holidayOn = addDays('2091-01-01', holidayCounter++);
  await app.ds.query(`INSERT INTO public_holiday (day, name) VALUES ($1, 'Thử') ON CONFLICT (day) DO NOTHING`, [
    holidayOn,
  ]);
  const sponsor = await makeMember(app.ds, cell);
  const [{ id: trainedId }] = await app.ds.query(
    `INSERT INTO candidate (full_name, search_text, gender, date_of_birth, ethnicity, organization_id, stage, awareness_course_on)
     VALUES ('Học viên', 'hoc vien', 'FEMALE', '2001-01-01', 'Kinh', $1, 'TRAINED', '2024-01-01') RETURNING id`,
    [cell.id],
  );
  await app.ds.query(
    `INSERT INTO candidate_sponsor (candidate_id, kind, member_id, known_since) VALUES ($1, 'MEMBER', $2, '2020-01-01')`,
    [candidateId, member.id],
  );
  const visitor = await makeMember(app.ds, w.C3a);
  await app.ds.query(
    `INSERT INTO transfer (member_id, from_organization_id, to_organization_id, requested_on, status, temporary, until, purpose)
     VALUES ($1, $2, $3, $4, 'ACCEPTED', true, $5, 'WORK')`,
    [visitor.id, w.C3a.id, cell.id, addMonths(today(), -1), addMonths(today(), 5)],
  );
  const cadreId = await makeCadre(app.ds, { memberId: member.id });
  const keptCadreId = await makeCadre(app.ds, { owner: cell });
  const placedCadreId = await makeCadre(app.ds, { memberId: (await makeMember(app.ds, w.C3a)).id });
  const placementId = await makePlacement(app.ds, placedCadreId, cell, 'SECRETARY', '2020-01-01');
  const homeCadreId = await makeCadre(app.ds, { owner: w.C3 }, grassroots);
  const freeMemberId = (await makeMember(app.ds, cell)).id;
  const insp = await inspectionTargets(app, w, role, grassroots, cell);
  return {
    insp,
    cadreId,
    keptCadreId,
    placedCadreId,
    placementId,
    homeCadreId,
    freeMemberId,
    grassroots,
    cell,
    emptyCell,
    userId: user.id,
    memberId: member.id,
    probationaryId: probationary.id,
    candidateId,
    termId,
    pendingIds: pendingIds as [string, string],
    removedId: removed.id,
    holidayOn,
    trainedId,
    sponsorId: sponsor.id,
    visitorId: visitor.id,
  };
}
let holidayCounter = 0;

function expected(role: Role, op: Operation, side: Side): Outcome {
  if (!can(role, op.permission)) return 'FORBIDDEN';
  if (op.expect) return op.expect(role, side);
  if (side === 'outside' && role !== 'ADMIN' && !op.global) return op.kind === 'read' ? 'HIDDEN' : 'NOT_FOUND';
  return op.kind === 'read' ? 'VISIBLE' : 'OK';
}

const cases = ROLES.flatMap((role) =>
  operations.flatMap((op) =>
    (['inside', 'outside'] as Side[]).map((side) => ({ role, op, side, want: expected(role, op, side) })),
  ),
);

describe('access matrix', () => {
  it.each(cases)('$role · $op.name · $side → $want', async ({ role, op, side, want }) => {
    const w = await makeWorld(app.ds);
    const t = await targets(w, role, side);
    expect(await op.run(w, t, w.users[role].token)).toBe(want);
  });
});

describe('operations on the own scope organisation', () => {
  // A district or commune admin may not change or dissolve the organisation it is bound to: those are the level above's.
  it.each(['DISTRICT_ADMIN', 'COMMUNE_ADMIN'] as const)('%s cannot update its own scope organisation', async (role) => {
    const w = await makeWorld(app.ds);
    const own = role === 'DISTRICT_ADMIN' ? w.D1 : w.C1;
    const r = await app.gql(
      `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id } }`,
      { i: { id: own.id, version: 1, name: 'X' } },
      { token: w.users[role].token },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('a commune admin cannot touch another commune user or a district user', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `mutation($id: ID!) { resetPassword(userId: $id, newPassword: "mat-khau-moi-1") }`,
      { id: w.users.COMMUNE_INSPECTOR.id },
      { token: w.users.COMMUNE_ADMIN.token },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('a district admin cannot manage a district-level user of its own district', async () => {
    const w = await makeWorld(app.ds);
    const r = await app.gql(
      `mutation($i: UpdateUserInput!) { updateUser(input: $i) { id } }`,
      { i: { id: w.users.DISTRICT_INSPECTOR.id, version: 1, displayName: 'X' } },
      { token: w.users.DISTRICT_ADMIN.token },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('every role without a session is UNAUTHENTICATED for every guarded operation', async () => {
    const w = await makeWorld(app.ds);
    const t = await targets(w, 'ADMIN', 'inside');
    for (const op of operations) expect(await op.run(w, t, 'dv_not-a-token')).toBe('UNAUTHENTICATED');
  });
});
