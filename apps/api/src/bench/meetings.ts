import type { QueryRunner } from 'typeorm';

/** Months back from the current one (1: last month), as the first day of that month. */
const MONTH = (k: string) => `(date_trunc('month', current_date) - make_interval(months => ${k}))::date`;
/** How many months before the current one a day falls. */
const MONTHS_BACK = (day: string) =>
  `((extract(year FROM current_date) - extract(year FROM ${day})) * 12 + extract(month FROM current_date) - extract(month FROM ${day}))::int`;

/**
 * Cell meetings for the benchmark (features/meetings): every active cell
 * held a regular meeting in each of the last twelve months and a thematic
 * one in each of the last four quarters, except about 3% of cells with no
 * regular meeting last month and 5% with no thematic meeting last quarter
 * (their alerts); each regular meeting names one member absent in three of
 * the months, without reason at 4% of cells (UNEXCUSED_ABSENCES), with a
 * reason elsewhere. Paths and the absences' copies are the database's.
 */
export async function meetings(q: QueryRunner, log: (m: string) => void): Promise<void> {
  const started = Date.now();
  const cells = `SELECT o.id, abs(hashtext(o.code)) AS h FROM organization o
                  WHERE o.status = 'ACTIVE' AND o.kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')`;
  await q.query(
    `INSERT INTO meeting (organization_id, kind, held_on, topic, attendees, absentees, org_path)
     SELECT c.id, 'REGULAR', ${MONTH('k')} + (c.h % 25)::int, 'Sinh hoạt thường kỳ', 12, 1, ''
       FROM (${cells}) c CROSS JOIN generate_series(1, 12) k
      WHERE NOT (k = 1 AND c.h % 33 = 0)`,
  );
  await q.query(
    `INSERT INTO meeting (organization_id, kind, held_on, topic, attendees, absentees, org_path)
     SELECT c.id, 'THEMATIC', (date_trunc('quarter', current_date) - make_interval(months => 3 * k))::date + 40,
            'Sinh hoạt chuyên đề', 13, 0, ''
       FROM (${cells}) c CROSS JOIN generate_series(1, 4) k
      WHERE NOT (k = 1 AND c.h % 20 = 1)`,
  );
  await q.query(
    `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path)
     SELECT mt.id, a.id, c.h % 25 <> 2, '', '1900-01-01', ''
       FROM (${cells}) c
       JOIN LATERAL (SELECT m.id FROM member m WHERE m.organization_id = c.id
                        AND m.status IN ('PROBATIONARY', 'OFFICIAL') ORDER BY m.id LIMIT 1) a ON true
       JOIN meeting mt ON mt.organization_id = c.id AND mt.kind = 'REGULAR'
        AND ${MONTHS_BACK('mt.held_on')} IN (2, 5, 9)`,
  );
  for (const t of ['meeting', 'meeting_absence']) await q.query(`VACUUM (ANALYZE) ${t}`);
  const [n] = await q.query(
    `SELECT (SELECT count(*) FROM meeting)::int AS meetings, (SELECT count(*) FROM meeting_absence)::int AS absences`,
  );
  log(`  ${n.meetings} meetings, ${n.absences} named absences (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
