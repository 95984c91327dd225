import { can, INSPECTION_STATUSES, type InspectionStatus, type Permission, type Role } from '@dangvu/schema';
import { readsEveryStatus } from '../features/inspections/inspection.rules.js';
import { today } from '../graphql/scalars.js';
import { codeOf, type GqlResult, makeMember, type OrgRow, type TestApp, type World } from './harness.js';
import { makeInspection, makeRemedy } from './inspections.js';

/**
 * The inspections' rows of the access matrix (access-matrix.test.ts):
 * every operation, reads in each status, writes in each status where the
 * status decides. The inspections are conducted by the role's own body
 * (inside) or by the matching body of the other side (outside), and name
 * the target cell and a member of it.
 */

type Side = 'inside' | 'outside';

export interface InspectionTargets {
  byStatus: Record<InspectionStatus, { id: string; code: string }>;
  conductorId: string;
  subjectMemberId: string;
  remedyId: string;
}

export async function inspectionTargets(
  app: TestApp,
  w: World,
  role: Role,
  grassroots: OrgRow,
  cell: OrgRow,
): Promise<InspectionTargets> {
  const district = grassroots.path.includes(w.D1.id) ? w.D1 : w.D2;
  const conductor = role.startsWith('COMMUNE') ? grassroots : district;
  const subject = await makeMember(app.ds, cell);
  const byStatus = {} as InspectionTargets['byStatus'];
  for (const status of INSPECTION_STATUSES)
    byStatus[status] = await makeInspection(app.ds, conductor, {
      status,
      organizations: [cell],
      memberIds: [subject.id],
      concludedOn: '2024-04-01',
    });
  const remedyId = await makeRemedy(app.ds, byStatus.CONCLUDED.id, cell, '2024-05-01');
  await app.ds.query(
    `INSERT INTO discipline (form, member_id, reason, decided_on, decided_by_id, inspection_id, in_force_until, org_path)
     VALUES ('REPRIMAND', $1, 'Vi phạm', '2024-05-01', $2, $3, '2025-05-01', '')`,
    [subject.id, conductor.id, byStatus.CONCLUDED.id],
  );
  return { byStatus, conductorId: conductor.id, subjectMemberId: subject.id, remedyId };
}

export type Outcome = 'OK' | 'VISIBLE' | 'HIDDEN' | 'NOT_FOUND' | 'FORBIDDEN' | 'RULE_VIOLATION';
export interface InspectionOperation {
  name: string;
  permission: Permission;
  kind: 'read' | 'write';
  run(t: { insp: InspectionTargets; cell: OrgRow }, token: string): Promise<Outcome | string>;
  expect?(role: Role, side: Side): Outcome;
}

// biome-ignore lint/suspicious/noExplicitAny: GraphQL results are read by shape
const visible = (r: GqlResult, pick: (d: any) => boolean): Outcome | string =>
  r.errors ? codeOf(r) : pick(r.data) ? 'VISIBLE' : 'HIDDEN';

/** Reads: inspectors see every status, other roles only CONCLUDED; outside the scope nothing. */
function readExpect(status: InspectionStatus) {
  return (role: Role, side: Side): Outcome =>
    (side === 'outside' && role !== 'ADMIN') || !(readsEveryStatus(role) || status === 'CONCLUDED')
      ? 'HIDDEN'
      : 'VISIBLE';
}

/** Writes whose outcome the status decides: RULE_VIOLATION where the status forbids it. */
function writeExpect(permission: Permission, ok: readonly InspectionStatus[], status: InspectionStatus) {
  return (role: Role, side: Side): Outcome => {
    if (!can(role, permission)) return 'FORBIDDEN';
    if (side === 'outside' && role !== 'ADMIN') return 'NOT_FOUND';
    return ok.includes(status) ? 'OK' : 'RULE_VIOLATION';
  };
}

export function inspectionOperations(app: TestApp): InspectionOperation[] {
  const gql = (q: string, v: Record<string, unknown>, token: string) => app.gql(q, v, { token });
  type Request = (t: Parameters<InspectionOperation['run']>[0]) => [string, Record<string, unknown>];
  const op = (
    name: string,
    permission: Permission,
    request: Request,
    expect?: InspectionOperation['expect'],
  ): InspectionOperation => ({
    name,
    permission,
    kind: 'write',
    expect,
    run: async (t, token) => codeOf(await gql(...request(t), token)),
  });
  /** A mutation on the inspection in one status: OK where the status allows it, RULE_VIOLATION elsewhere. */
  const write = (
    name: string,
    permission: Permission,
    ok: readonly InspectionStatus[],
    status: InspectionStatus,
    request: Request,
  ) => op(`${name} (${status})`, permission, request, writeExpect(permission, ok, status));
  /** A mutation whose outcome the role and the side decide (the generic expectation). */
  const plain = (name: string, request: Request) => op(name, 'inspection:write', request);
  const perStatus = INSPECTION_STATUSES.flatMap((status): InspectionOperation[] => [
    {
      name: `inspection (${status}) with its parts`,
      permission: 'inspection:read',
      kind: 'read',
      expect: readExpect(status),
      run: async (t, token) =>
        visible(
          await gql(
            `query($id: ID!) { inspection(id: $id) { id conductedBy { id } subjectMembers { id } findings { id } remedies { id } disciplines { id } } }`,
            { id: t.insp.byStatus[status].id },
            token,
          ),
          (d) => d.inspection !== null,
        ),
    },
    {
      name: `inspections (${status}, search and count)`,
      permission: 'inspection:read',
      kind: 'read',
      expect: readExpect(status),
      run: async (t, token) =>
        visible(
          await gql(
            `query($s: String, $st: [InspectionStatus!]) { inspections(filter: { search: $s, statuses: $st }) { totalCount edges { node { id } } } }`,
            { s: t.insp.byStatus[status].code, st: [status] },
            token,
          ),
          (d) => d.inspections.totalCount > 0 && d.inspections.edges.length > 0,
        ),
    },
    write('startInspection', 'inspection:write', ['PLANNED'], status, (t) => [
      `mutation($i: StartInspectionInput!) { startInspection(input: $i) { id } }`,
      { i: { id: t.insp.byStatus[status].id, version: 1, on: today() } },
    ]),
    write('addFinding', 'inspection:write', ['IN_PROGRESS'], status, (t) => [
      `mutation($i: AddFindingInput!) { addFinding(input: $i) { id } }`,
      { i: { inspectionId: t.insp.byStatus[status].id, version: 1, text: 'Phát hiện', severity: 'MINOR' } },
    ]),
    write('concludeInspection', 'inspection:write', ['IN_PROGRESS'], status, (t) => [
      `mutation($i: ConcludeInspectionInput!) { concludeInspection(input: $i) { id } }`,
      {
        i: {
          id: t.insp.byStatus[status].id,
          version: 1,
          on: today(),
          outcome: 'SHORTCOMINGS',
          conclusion: 'Thiếu sót',
          remedies: [{ action: 'Sửa', responsibleId: t.cell.id, dueOn: today() }],
        },
      },
    ]),
    write('cancelInspection', 'inspection:write', ['PLANNED', 'IN_PROGRESS'], status, (t) => [
      `mutation($id: ID!) { cancelInspection(id: $id, version: 1, reason: "Hủy") { id } }`,
      { id: t.insp.byStatus[status].id },
    ]),
    write('imposeDiscipline', 'discipline:write', ['CONCLUDED'], status, (t) => [
      `mutation($i: ImposeDisciplineInput!) { imposeDiscipline(input: $i) { id } }`,
      {
        i: {
          inspectionId: t.insp.byStatus[status].id,
          form: 'WARNING',
          memberId: t.insp.subjectMemberId,
          reason: 'Vi phạm',
          decidedOn: '2024-06-01',
        },
      },
    ]),
  ]);
  return [
    ...perStatus,
    plain('planInspection', (t) => [
      `mutation($i: PlanInspectionInput!) { planInspection(input: $i) { id } }`,
      {
        i: {
          kind: 'THEMATIC_SUPERVISION',
          title: 'Giám sát',
          conductedById: t.insp.conductorId,
          subjectOrganizationIds: [t.cell.id],
          plannedStartOn: '2026-01-05',
          plannedEndOn: '2026-01-30',
        },
      },
    ]),
    plain('completeRemedy', (t) => [
      `mutation($i: CompleteRemedyInput!) { completeRemedy(input: $i) { id } }`,
      { i: { id: t.insp.remedyId, version: 1, on: today() } },
    ]),
    {
      name: 'Member.disciplines and Member.inspections',
      permission: 'member:read',
      kind: 'read',
      expect: (role, side) => (side === 'outside' && role !== 'ADMIN' ? 'HIDDEN' : 'VISIBLE'),
      run: async (t, token) =>
        visible(
          await gql(
            `query($id: ID!) { member(id: $id) { disciplines { id form } inspections { id } } }`,
            { id: t.insp.subjectMemberId },
            token,
          ),
          (d) => d.member?.disciplines.length === 1 && d.member.inspections.length > 0,
        ),
    },
  ];
}
