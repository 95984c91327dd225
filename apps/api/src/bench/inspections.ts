import type { QueryRunner } from 'typeorm';
import { FOLD, foldTable } from './generate.js';

const KINDS = `(ARRAY['REGULAR_SUPERVISION','THEMATIC_SUPERVISION','SIGNS_OF_VIOLATION','TASK_PERFORMANCE','PARTY_FINANCE','REGULAR_SUPERVISION','THEMATIC_SUPERVISION'])`;

/**
 * Inspections for the benchmark (features/inspections), in the proportions
 * of seed 004 (a commune inspected or supervised 6 organisations and 69
 * members in 2023): from 2021 to 2026 every grassroots committee conducts
 * three a year, each naming one of its cells and up to eight members of it;
 * every district-level committee four a year, each naming one of its
 * grassroots organisations. Past ones are mostly CONCLUDED (some
 * CANCELLED), those started this year IN_PROGRESS, later ones PLANNED; a
 * concluded one with shortcomings or a violation has a finding and a remedy.
 * Paths, ancestors and subjects' paths are the database's (triggers).
 */
export async function inspections(q: QueryRunner, log: (m: string) => void): Promise<void> {
  const started = Date.now();
  const [from, to] = foldTable();
  await q.query(
    `WITH c AS (SELECT o.id, o.code, y, k, CASE WHEN o.kind = 'GRASSROOTS_COMMITTEE' THEN 3 ELSE 4 END AS per
                  FROM organization o CROSS JOIN generate_series(2021, 2026) y CROSS JOIN generate_series(1, 4) k
                 WHERE o.status = 'ACTIVE' AND o.kind IN ('GRASSROOTS_COMMITTEE', 'DISTRICT_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE')),
     s AS (SELECT c.*, make_date(y, 1 + floor(random() * 12)::int, 1 + floor(random() * 28)::int) AS start,
                  (${KINDS})[1 + floor(random() * 7)::int] AS kind, random() AS r
             FROM c WHERE k <= per),
     t AS (SELECT s.*, CASE WHEN start > current_date THEN 'PLANNED'
                            WHEN start > current_date - 60 THEN 'IN_PROGRESS'
                            WHEN r < 0.05 THEN 'CANCELLED' ELSE 'CONCLUDED' END AS status,
                  'Kiểm tra, giám sát năm ' || y || ' số ' || k AS title FROM s)
     INSERT INTO inspection (code, kind, title, search_text, conducted_by_id, org_path, planned_start_on, planned_end_on,
                             started_on, concluded_on, cancelled_on, status, outcome, conclusion)
     SELECT 'UBKT-' || code || '-' || y || '-' || lpad(k::text, 3, '0'), kind, title,
            ${FOLD(`'UBKT-' || code || '-' || y || '-' || lpad(k::text, 3, '0') || ' ' || title`)}, id, '', start, start + 30,
            CASE WHEN status IN ('IN_PROGRESS', 'CONCLUDED') THEN start END,
            CASE WHEN status = 'CONCLUDED' THEN start + 45 END,
            CASE WHEN status = 'CANCELLED' THEN start + 10 END, status,
            CASE WHEN status = 'CONCLUDED' THEN (ARRAY['NO_VIOLATION','NO_VIOLATION','SHORTCOMINGS','VIOLATION'])[1 + floor(r * 80)::int % 4] END,
            CASE WHEN status = 'CONCLUDED' THEN 'Kết luận' END
       FROM t`,
    [from, to],
  );
  await q.query(
    `INSERT INTO inspection_counter (organization_id, year, last)
     SELECT conducted_by_id, extract(year FROM planned_start_on)::int, count(*) FROM inspection GROUP BY 1, 2
     ON CONFLICT (organization_id, year) DO UPDATE SET last = EXCLUDED.last`,
  );
  // one organisation below the conducting one, then up to eight current members of it when it is a cell
  await q.query(
    `INSERT INTO inspection_subject (inspection_id, organization_id, planned_start_on, org_path)
     SELECT i.id, c.id, i.planned_start_on, '' FROM inspection i
       JOIN LATERAL (SELECT o.id FROM organization o WHERE o.parent_id = i.conducted_by_id AND o.status = 'ACTIVE'
                      ORDER BY random() LIMIT 1) c ON true`,
  );
  await q.query(
    `INSERT INTO inspection_subject (inspection_id, member_id, planned_start_on, org_path)
     SELECT s.inspection_id, m.id, s.planned_start_on, '' FROM inspection_subject s
       JOIN LATERAL (SELECT m.id FROM member m WHERE m.organization_id = s.organization_id
                        AND m.status IN ('PROBATIONARY', 'OFFICIAL') LIMIT 8) m ON true
      WHERE s.organization_id IS NOT NULL`,
  );
  await q.query(
    `INSERT INTO finding (inspection_id, text, severity, organization_id)
     SELECT i.id, 'Phát hiện', CASE WHEN i.outcome = 'VIOLATION' THEN 'MAJOR' ELSE 'MINOR' END, s.organization_id
       FROM inspection i JOIN inspection_subject s ON s.inspection_id = i.id AND s.organization_id IS NOT NULL
      WHERE i.outcome IN ('SHORTCOMINGS', 'VIOLATION')`,
  );
  await q.query(
    `INSERT INTO remedy (inspection_id, action, responsible_id, due_on, status, completed_on, position, org_path)
     SELECT i.id, 'Khắc phục hạn chế', s.organization_id, i.concluded_on + 90,
            CASE WHEN i.concluded_on + 90 < current_date - 30 THEN 'DONE' ELSE 'OPEN' END,
            CASE WHEN i.concluded_on + 90 < current_date - 30 THEN i.concluded_on + 80 END, 1, ''
       FROM inspection i JOIN inspection_subject s ON s.inspection_id = i.id AND s.organization_id IS NOT NULL
      WHERE i.outcome IN ('SHORTCOMINGS', 'VIOLATION')`,
  );
  for (const t of ['inspection', 'inspection_subject', 'finding', 'remedy']) await q.query(`VACUUM (ANALYZE) ${t}`);
  const [n] = await q.query(
    `SELECT (SELECT count(*) FROM inspection)::int AS inspections, (SELECT count(*) FROM inspection_subject)::int AS subjects,
            (SELECT count(*) FROM remedy)::int AS remedies`,
  );
  const s = ((Date.now() - started) / 1000).toFixed(0);
  log(`  ${n.inspections} inspections, ${n.subjects} subjects, ${n.remedies} remedies (${s} s)`);
}
