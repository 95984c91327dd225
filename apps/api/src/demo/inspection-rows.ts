import {
  type FindingSeverity,
  foldSearch,
  type InspectionKind,
  type InspectionOutcome,
  type InspectionStatus,
} from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import { inspectionCode } from '../features/inspections/inspection.rules.js';
import { addDays } from '../graphql/dates.js';

/** One supervision or inspection of the demo, as the API would have left it; organisations by code. */
export interface InspectionSpec {
  by: string;
  kind: InspectionKind;
  title: string;
  plannedStartOn: string;
  plannedEndOn: string;
  status: InspectionStatus;
  startedOn?: string;
  concludedOn?: string;
  cancelledOn?: string;
  cancelReason?: string;
  outcome?: InspectionOutcome;
  conclusion?: string;
  /** Subject organisations (codes) and members (ids). */
  orgs?: string[];
  members?: string[];
  findings?: { text: string; severity: FindingSeverity; member?: string; org?: string }[];
  /** A remedy is DONE when it has its completion day. */
  remedies?: { action: string; responsible: string; dueOn: string; completedOn?: string }[];
}

/** Current members of the organisations (by id), in a stable order (card, then name and birth): the pools subjects are drawn from. */
export async function currentMembers(
  m: EntityManager,
  orgIds: readonly string[],
  admittedBy: string,
): Promise<Map<string, string[]>> {
  const rows: { id: string; organization_id: string }[] = await m.query(
    `SELECT id, organization_id FROM member
      WHERE organization_id = ANY($1::uuid[]) AND status IN ('OFFICIAL', 'PROBATIONARY') AND admitted_on <= $2
        AND NOT EXISTS (SELECT 1 FROM cadre c WHERE c.member_id = member.id)
      ORDER BY organization_id, card_number NULLS LAST, full_name, date_of_birth`,
    [orgIds, admittedBy],
  );
  const pools = new Map<string, string[]>();
  for (const r of rows) pools.set(r.organization_id, [...(pools.get(r.organization_id) ?? []), r.id]);
  return pools;
}

/**
 * Inserts the inspections in one statement per table: codes numbered per
 * conducting organisation and year of the planned start, in planned order
 * (the first of each organisation and year; syncCounters then makes the
 * API's next code follow). Paths come from the triggers.
 */
export async function insertInspections(
  m: EntityManager,
  ids: ReadonlyMap<string, string>,
  specs: readonly InspectionSpec[],
): Promise<void> {
  const id = (code: string) => {
    const found = ids.get(code);
    if (!found) throw new Error(`demo: no organisation ${code}`);
    return found;
  };
  const sorted = [...specs].sort((a, b) => a.plannedStartOn.localeCompare(b.plannedStartOn));
  const numbers = new Map<string, number>();
  const codes = sorted.map((s) => {
    const year = Number(s.plannedStartOn.slice(0, 4));
    const key = `${s.by}/${year}`;
    const n = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, n);
    return inspectionCode(s.by, year, n);
  });
  const col = <T>(f: (s: InspectionSpec, k: number) => T) => sorted.map(f);
  const inserted: { id: string; code: string }[] = await m.query(
    `INSERT INTO inspection (code, kind, title, search_text, conducted_by_id, planned_start_on, planned_end_on, started_on,
                             concluded_on, cancelled_on, cancel_reason, status, outcome, conclusion, created_at, org_path)
     SELECT code, kind, title, search_text, conducted_by_id, ps, pe, st, co, ca, cr, status, outcome, conclusion,
            (ps - 30)::timestamptz, ''
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::date[], $7::date[], $8::date[],
                   $9::date[], $10::date[], $11::text[], $12::text[], $13::text[], $14::text[])
         AS t(code, kind, title, search_text, conducted_by_id, ps, pe, st, co, ca, cr, status, outcome, conclusion)
     RETURNING id, code`,
    [
      codes,
      col((s) => s.kind),
      col((s) => s.title),
      col((s, k) => foldSearch(`${codes[k]} ${s.title}`)),
      col((s) => id(s.by)),
      col((s) => s.plannedStartOn),
      col((s) => s.plannedEndOn),
      col((s) => s.startedOn ?? null),
      col((s) => s.concludedOn ?? null),
      col((s) => s.cancelledOn ?? null),
      col((s) => s.cancelReason ?? null),
      col((s) => s.status),
      col((s) => s.outcome ?? null),
      col((s) => s.conclusion ?? null),
    ],
  );
  const byCode = new Map(inserted.map((r) => [r.code, r.id]));
  const rows = <T>(f: (s: InspectionSpec, inspection: string) => T[]) =>
    sorted.flatMap((s, k) => f(s, byCode.get(codes[k])!));
  const subjects = rows((s, i) => [
    ...(s.orgs ?? []).map((o) => [i, id(o), null, s.plannedStartOn]),
    ...(s.members ?? []).map((mb) => [i, null, mb, s.plannedStartOn]),
  ]);
  await m.query(
    `INSERT INTO inspection_subject (inspection_id, organization_id, member_id, planned_start_on, org_path)
     SELECT i, o, mb, d, '' FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[]) AS t(i, o, mb, d)`,
    [0, 1, 2, 3].map((c) => subjects.map((r) => r[c])),
  );
  const findings = rows((s, i) =>
    (s.findings ?? []).map((f) => [
      i,
      f.text,
      f.severity,
      f.member ?? null,
      f.org ? id(f.org) : null,
      `${addDays(s.startedOn!, 7)}T09:00:00+07:00`,
    ]),
  );
  await m.query(
    `INSERT INTO finding (inspection_id, text, severity, member_id, organization_id, recorded_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::timestamptz[])`,
    [0, 1, 2, 3, 4, 5].map((c) => findings.map((r) => r[c])),
  );
  const remedies = rows((s, i) =>
    (s.remedies ?? []).map((r, k) => [
      i,
      r.action,
      id(r.responsible),
      r.dueOn,
      r.completedOn ? 'DONE' : 'OPEN',
      r.completedOn ?? null,
      k + 1,
    ]),
  );
  await m.query(
    `INSERT INTO remedy (inspection_id, action, responsible_id, due_on, status, completed_on, position, org_path)
     SELECT i, a, r, d, s, c, k, '' FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::date[], $5::text[], $6::date[], $7::int[])
       AS t(i, a, r, d, s, c, k)`,
    [0, 1, 2, 3, 4, 5, 6].map((c) => remedies.map((r) => r[c])),
  );
}

/** The code counters at the last number given to each organisation and year, so the API's next code follows. */
export async function syncCounters(m: EntityManager): Promise<void> {
  await m.query(
    `INSERT INTO inspection_counter (organization_id, year, last)
     SELECT conducted_by_id, extract(year FROM planned_start_on)::int, max(substring(code FROM '(\\d+)$')::int)
       FROM inspection GROUP BY 1, 2
     ON CONFLICT (organization_id, year) DO UPDATE SET last = GREATEST(inspection_counter.last, EXCLUDED.last)`,
  );
}
