import { randomUUID } from 'node:crypto';
import { foldSearch } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';
import type { MemberRow } from './members.js';

/** Rows per statement: a few large statements, so that statement-level triggers on `member` stay cheap. */
export const CHUNK = 10_000;

/** Rows in arrays of `size`, drawn lazily from the source. */
export function* chunked<T>(rows: Iterable<T>, size = CHUNK): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

type Inserted = { id?: string; organization_id?: string; current: number }[];

/** The statement's columns, in order, with their array types and how each is read off a row. */
const COLUMNS: [name: string, type: string, value: (b: MemberRow, orgIds: ReadonlyMap<string, string>) => unknown][] = [
  ['id', 'uuid', () => randomUUID()],
  ['card_number', 'text', (b) => b.card],
  ['full_name', 'text', (b) => b.name],
  ['search_text', 'text', (b) => foldSearch(`${b.name} ${b.card ?? ''}`)],
  ['gender', 'text', (b) => b.gender],
  ['date_of_birth', 'date', (b) => b.dob],
  ['ethnicity', 'text', (b) => b.ethnicity],
  ['theory_level', 'text', (b) => b.theory],
  ['qualification', 'text', (b) => b.qualification],
  ['organization_id', 'uuid', (b, orgIds) => orgIds.get(b.cell)],
  ['status', 'text', (b) => b.status],
  ['admitted_on', 'date', (b) => b.admittedOn],
  ['official_on', 'date', (b) => b.officialOn],
  ['left_on', 'date', (b) => b.leftOn],
  ['cell_vote_on', 'date', (b) => b.cellVoteOn ?? null],
  ['ceremony_on', 'date', (b) => b.ceremonyOn ?? null],
  ['first_admitted_on', 'date', (b) => b.firstAdmittedOn ?? null],
  ['prior_exit_on', 'date', (b) => b.priorExit?.on ?? null],
  ['prior_ground', 'text', (b) => b.priorExit?.ground ?? null],
  ['exit_kind', 'text', (b) => b.exitKind ?? null],
  ['ground', 'text', (b) => b.ground ?? null],
];
const MEMBER_COLUMNS = COLUMNS.slice(0, 17).map(([name]) => name);

/**
 * One statement: the members (their own columns, ids drawn here) and their
 * history as the API writes it: ADMITTED (for a re-admitted member the first
 * admission, with no cell, then the removal with its ground and READMITTED
 * into the cell), CEREMONY_HELD, RECOGNISED_OFFICIAL, and the leaving (its
 * kind, its ground). Answers the current members' ids and organisations when
 * `ids`, else only their count.
 */
function insertChunk(
  m: EntityManager,
  batch: readonly MemberRow[],
  orgIds: ReadonlyMap<string, string>,
  ids: boolean,
): Promise<Inserted> {
  return m.query(
    `WITH src AS (
       SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
         AS s(${COLUMNS.map(([name]) => name).join(', ')})),
     ins AS (
       INSERT INTO member (${MEMBER_COLUMNS.join(', ')}) SELECT ${MEMBER_COLUMNS.join(', ')} FROM src
       RETURNING id, organization_id, status),
     ev AS (
       INSERT INTO member_event (member_id, kind, "on", to_organization_id, from_organization_id, ground)
       SELECT id, 'ADMITTED', COALESCE(first_admitted_on, admitted_on),
              CASE WHEN first_admitted_on IS NULL THEN organization_id END, NULL::uuid, NULL FROM src
       UNION ALL
       SELECT id, 'REMOVED', prior_exit_on, NULL, NULL, prior_ground FROM src WHERE prior_exit_on IS NOT NULL
       UNION ALL
       SELECT id, 'READMITTED', admitted_on, organization_id, NULL, NULL FROM src WHERE first_admitted_on IS NOT NULL
       UNION ALL
       SELECT id, 'CEREMONY_HELD', ceremony_on, NULL, NULL, NULL FROM src WHERE ceremony_on IS NOT NULL
       UNION ALL
       SELECT id, 'RECOGNISED_OFFICIAL', LEAST(official_on + 20, current_date), NULL, NULL, NULL FROM src
        WHERE official_on IS NOT NULL AND official_on >= '2015-01-01'
       UNION ALL
       SELECT id, COALESCE(exit_kind, status), left_on, NULL, organization_id, ground FROM src WHERE left_on IS NOT NULL)
     ${
       ids
         ? `SELECT id, organization_id, 1 AS current FROM ins WHERE status IN ('OFFICIAL','PROBATIONARY')`
         : `SELECT count(*)::int AS current FROM ins WHERE status IN ('OFFICIAL','PROBATIONARY')`
     }`,
    COLUMNS.map(([, , value]) => batch.map((b) => value(b, orgIds))),
  );
}

/**
 * Inserts member rows (their own columns only) with their history (see
 * insertChunk), one statement per chunk. The next
 * chunk is generated while the database runs the current statement. Answers
 * how many current members it inserted and, when `ids`, their ids by
 * organisation id (else an empty map: no rows travel back).
 */
export async function insertMemberRows(
  m: EntityManager,
  chunks: Iterable<MemberRow[]>,
  orgIds: ReadonlyMap<string, string>,
  ids = false,
): Promise<{ current: number; byCell: Map<string, string[]> }> {
  const byCell = new Map<string, string[]>();
  let current = 0;
  const collect = (inserted: Inserted) => {
    for (const x of inserted) {
      current += x.current;
      if (!x.id || !x.organization_id) continue;
      const list = byCell.get(x.organization_id) ?? [];
      list.push(x.id);
      byCell.set(x.organization_id, list);
    }
  };
  let pending: Promise<Inserted> | null = null;
  for (const batch of chunks) {
    if (pending) collect(await pending);
    pending = insertChunk(m, batch, orgIds, ids);
    await new Promise((done) => setImmediate(done)); // the statement is on its way before the next chunk is drawn
  }
  if (pending) collect(await pending);
  return { current, byCell };
}
