import { addDays, addMonths, addYears } from '../graphql/dates.js';
import type { MemberRow } from './members.js';
import { rng } from './random.js';

/** Admissions of the last three years carry the three dates; older records keep the decision only. */
export const DATED_YEARS = 3;

/**
 * The three admission dates (Quy định 294-QĐ/TW (2025)) for the members
 * admitted in the last three years: the cell's vote 10 to 45 days before the
 * decision (the member at least 18 on it), the ceremony 7 to 40 calendar days
 * after it (within its 30 working days whatever the holidays), unless that
 * day is still ahead (no ceremony yet). Probation runs 12 months from the
 * ceremony: a member whose 12 months have not ended stays probationary, an
 * official member is official from their end. Rows that state their dates
 * (null for none) keep them. Draws from its own stream, so that the members
 * themselves stay as drawn.
 */
export function* withAdmissionDates(rows: Iterable<MemberRow>, today: string, seed: number): Generator<MemberRow> {
  const r = rng(seed);
  const since = addYears(today, -DATED_YEARS);
  for (const row of rows) {
    const current = row.status === 'OFFICIAL' || row.status === 'PROBATIONARY';
    if (!current || row.admittedOn < since || row.ceremonyOn !== undefined) {
      yield row;
      continue;
    }
    const vote = addDays(row.admittedOn, -r.int(10, 45));
    const adult = addYears(row.dob, 18);
    const held = addDays(row.admittedOn, r.int(7, 40));
    const ceremonyOn = held <= today ? held : null;
    const ends = addMonths(ceremonyOn ?? row.admittedOn, 12);
    const probationary = ends > today;
    yield {
      ...row,
      cellVoteOn: vote >= adult ? vote : adult < row.admittedOn ? adult : row.admittedOn,
      ceremonyOn,
      status: probationary ? 'PROBATIONARY' : 'OFFICIAL',
      officialOn: probationary ? null : ends,
      card: probationary ? null : row.card,
    };
  }
}
