import { checkReadmissionWait } from '../features/members/admission.rules.js';
import { addDays, addMonths, addYears } from '../graphql/dates.js';
import type { MemberRow } from './members.js';

/**
 * Tuyên Quang's members whose record tells more than an admission, made from
 * members already drawn (the counts of the seed articles stay as they are):
 *
 * - two re-admitted members (kết nạp lại, Điều lệ Đảng, Điều 4): removed for
 *   a ground, re-admitted more than 36 months later, party age counting from
 *   the first admission less the time out: one in Thượng Lâm long official
 *   again, one in Lăng Can probationary again in the new term;
 * - two admissions of the last weeks whose ceremony is not yet recorded: one
 *   in Lăng Can past its 30 working days (CEREMONY_DUE), one in Thượng Lâm
 *   decided 12 days ago.
 *
 * None is admitted (ADMITTED) within the 2020–2025 term: the term's admission
 * counts stay those of the articles.
 */
export function recentHistory(rows: MemberRow[], today: string): void {
  const taken = new Set<MemberRow>();
  /** An official member of the cell admitted long before the term, not yet reshaped. */
  const oldMember = (cell: string) => {
    const row = rows.find(
      (m) => m.cell === cell && m.status === 'OFFICIAL' && m.admittedOn < '2015-01-01' && !taken.has(m),
    );
    if (!row) throw new Error(`demo: no long-standing member in ${cell}`);
    taken.add(row);
    return row;
  };

  const readmit = (row: MemberRow, first: string, removedOn: string, admittedOn: string, ceremonyOn: string) => {
    const wait = checkReadmissionWait(removedOn, admittedOn);
    if (wait) throw new Error(`demo: ${wait.rule}`);
    const official = addMonths(ceremonyOn, 12);
    const probationary = official > today;
    Object.assign(row, {
      dob: addDays(addYears(first, -23), -117),
      firstAdmittedOn: first,
      priorExit: {
        on: removedOn,
        ground: row.cell.startsWith('LB-TL') ? 'ABSENT_OR_DUES_UNPAID' : 'NOT_FULFILLING_DUTIES',
      },
      admittedOn,
      cellVoteOn: addDays(admittedOn, -16),
      ceremonyOn,
      status: probationary ? 'PROBATIONARY' : 'OFFICIAL',
      officialOn: probationary ? null : official,
      card: probationary ? null : row.card,
    } satisfies Partial<MemberRow>);
  };
  readmit(oldMember('LB-TL-01'), '1999-03-26', '2015-04-10', '2019-05-20', '2019-06-14');
  const recent = addMonths(today, -7);
  readmit(oldMember('LB-LC-02'), '2008-03-14', '2019-06-17', recent, addDays(recent, 18));

  const undecided = (row: MemberRow, admittedOn: string) =>
    Object.assign(row, {
      dob: addYears(admittedOn, -24),
      admittedOn,
      cellVoteOn: addDays(admittedOn, -14),
      ceremonyOn: null,
      status: 'PROBATIONARY',
      officialOn: null,
      card: null,
    } satisfies Partial<MemberRow>);
  // 50 days after the decision the 30 working days are over, or end within the alert's 10 days across a Tết
  undecided(oldMember('LB-LC-04'), addDays(today, -50));
  undecided(oldMember('LB-TL-03'), addDays(today, -12));
}
