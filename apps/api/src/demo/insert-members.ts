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

/** One statement; answers the current members' ids and organisations when `ids`, else only their count. */
function insertChunk(
  m: EntityManager,
  batch: readonly MemberRow[],
  orgIds: ReadonlyMap<string, string>,
  ids: boolean,
): Promise<Inserted> {
  return m.query(
    `WITH ins AS (
       INSERT INTO member (card_number, full_name, search_text, gender, date_of_birth, ethnicity, theory_level, qualification,
                           organization_id, status, admitted_on, official_on, left_on)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[],
                            $9::uuid[], $10::text[], $11::date[], $12::date[], $13::date[])
       RETURNING id, organization_id, status, admitted_on, official_on, left_on),
     ev AS (
       INSERT INTO member_event (member_id, kind, "on", to_organization_id)
       SELECT id, 'ADMITTED', admitted_on, organization_id FROM ins
       UNION ALL
       SELECT id, 'RECOGNISED_OFFICIAL', LEAST(official_on + 20, current_date), NULL FROM ins
        WHERE official_on IS NOT NULL AND official_on >= '2015-01-01'
       UNION ALL
       SELECT id, status, left_on, NULL FROM ins WHERE left_on IS NOT NULL)
     ${
       ids
         ? `SELECT id, organization_id, 1 AS current FROM ins WHERE status IN ('OFFICIAL','PROBATIONARY')`
         : `SELECT count(*)::int AS current FROM ins WHERE status IN ('OFFICIAL','PROBATIONARY')`
     }`,
    [
      batch.map((b) => b.card),
      batch.map((b) => b.name),
      batch.map((b) => foldSearch(`${b.name} ${b.card ?? ''}`)),
      batch.map((b) => b.gender),
      batch.map((b) => b.dob),
      batch.map((b) => b.ethnicity),
      batch.map((b) => b.theory),
      batch.map((b) => b.qualification),
      batch.map((b) => orgIds.get(b.cell)),
      batch.map((b) => b.status),
      batch.map((b) => b.admittedOn),
      batch.map((b) => b.officialOn),
      batch.map((b) => b.leftOn),
    ],
  );
}

/**
 * Inserts member rows (their own columns only) with their ADMITTED,
 * RECOGNISED_OFFICIAL and leaving events, one statement per chunk. The next
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
