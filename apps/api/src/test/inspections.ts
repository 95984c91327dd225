import type { InspectionKind, InspectionStatus } from '@dangvu/schema';
import { foldSearch } from '@dangvu/schema';
import type { DataSource } from 'typeorm';
import { type OrgRow, uniq } from './harness.js';

/** Test data for the inspections feature, inserted directly (not under test); the database's triggers fill the paths. */

export interface InspectionRow {
  id: string;
  code: string;
}

/** An inspection conducted by `by`, in a status, naming organisations and members as subjects. */
export async function makeInspection(
  ds: DataSource,
  by: OrgRow,
  opts: {
    status?: InspectionStatus;
    kind?: InspectionKind;
    title?: string;
    organizations?: OrgRow[];
    memberIds?: string[];
    plannedStartOn?: string;
    outcome?: string | null;
    concludedOn?: string;
  } = {},
): Promise<InspectionRow> {
  const status = opts.status ?? 'PLANNED';
  const start = opts.plannedStartOn ?? '2024-03-01';
  const code = uniq('UBKT-T-');
  const concluded = status === 'CONCLUDED';
  const [{ id }] = await ds.query(
    `INSERT INTO inspection (code, kind, title, search_text, conducted_by_id, org_path, planned_start_on, planned_end_on,
       started_on, concluded_on, status, outcome, conclusion)
     VALUES ($1, $2, $3, $11, $4, '', $5, $5::date + 30, $6, $7, $8, $9, $10) RETURNING id`,
    [
      code,
      opts.kind ?? 'SIGNS_OF_VIOLATION',
      opts.title ?? `Kiểm tra ${code}`,
      by.id,
      start,
      status === 'PLANNED' ? null : start,
      concluded ? (opts.concludedOn ?? '2024-04-01') : null,
      status,
      concluded ? (opts.outcome === undefined ? 'VIOLATION' : opts.outcome) : null,
      concluded ? 'Kết luận' : null,
      foldSearch(`${code} ${opts.title ?? ''}`),
    ],
  );
  for (const o of opts.organizations ?? [])
    await ds.query(
      `INSERT INTO inspection_subject (inspection_id, organization_id, planned_start_on, org_path) VALUES ($1, $2, $3, '')`,
      [id, o.id, start],
    );
  for (const m of opts.memberIds ?? [])
    await ds.query(
      `INSERT INTO inspection_subject (inspection_id, member_id, planned_start_on, org_path) VALUES ($1, $2, $3, '')`,
      [id, m, start],
    );
  return { id, code };
}

/** An open remedy of an inspection, due on a day, with its responsible organisation. */
export async function makeRemedy(ds: DataSource, inspectionId: string, responsible: OrgRow, dueOn: string) {
  const [{ id }] = await ds.query(
    `INSERT INTO remedy (inspection_id, action, responsible_id, due_on, position, org_path) VALUES ($1, 'Khắc phục', $2, $3, 1, '') RETURNING id`,
    [inspectionId, responsible.id, dueOn],
  );
  return id as string;
}

export const INSPECTION_FIELDS = `id code kind title status version plannedStartOn plannedEndOn startedOn concludedOn outcome conclusion
  conductedBy { id } subjectOrganizations { id } subjectMembers { id }
  findings { id text severity member { id } organization { id } recordedAt }
  remedies { id action status dueOn completedOn version responsible { id } }
  disciplines { id form inForceUntil member { id } organization { id } decidedBy { id } inspection { id } }
  createdBy { id }`;
export const PLAN = `mutation($i: PlanInspectionInput!) { planInspection(input: $i) { ${INSPECTION_FIELDS} } }`;
export const START = `mutation($i: StartInspectionInput!) { startInspection(input: $i) { id status startedOn version } }`;
export const FIND = `mutation($i: AddFindingInput!) { addFinding(input: $i) { id version findings { id text member { id } organization { id } } } }`;
export const CONCLUDE = `mutation($i: ConcludeInspectionInput!) { concludeInspection(input: $i) { id status outcome concludedOn version
  remedies { id status version responsible { id } } } }`;
export const CANCEL = `mutation($id: ID!, $v: Int!, $r: String!) { cancelInspection(id: $id, version: $v, reason: $r) { id status version } }`;
export const COMPLETE = `mutation($i: CompleteRemedyInput!) { completeRemedy(input: $i) { id status completedOn version } }`;
export const IMPOSE = `mutation($i: ImposeDisciplineInput!) { imposeDiscipline(input: $i) { id form decidedOn inForceUntil
  member { id status } organization { id status } decidedBy { id } inspection { id } } }`;
