import { foldSearch } from '@dangvu/schema';
import type { EntityManager } from 'typeorm';

/** The kinds in turn by the inspection's number in its year: supervisions first, then the inspections. */
const KINDS = [
  'REGULAR_SUPERVISION',
  'THEMATIC_SUPERVISION',
  'PARTY_FINANCE',
  'TASK_PERFORMANCE',
  'SIGNS_OF_VIOLATION',
  'DENUNCIATION',
  'DISCIPLINE_APPEAL',
];
const TITLES = [
  'Giám sát thường xuyên việc lãnh đạo thực hiện nghị quyết',
  'Giám sát chuyên đề công tác xây dựng Đảng',
  'Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí',
  'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng',
  'Kiểm tra khi có dấu hiệu vi phạm',
  'Giải quyết tố cáo',
  'Giải quyết khiếu nại kỷ luật đảng',
];

/**
 * Lào Cai's inspection committees at work from 2021 to this year, in
 * proportion to seed 004's commune (6 organisations and 69 members in a
 * year) but much lighter, so that the demo loads quickly: each year the
 * province's committee inspects four of its 14 committees, each of those
 * three of its grassroots organisations, each grassroots committee one of
 * its cells (three members of a cell supervised, one member of a cell's
 * case). The same on every machine (drawn by a hash of the codes); past ones
 * concluded (about one in twenty cancelled), this year's under way and the
 * coming ones planned; shortcomings leave a finding and a remedy, done once
 * its due day has passed (so no remedy is overdue). Codes numbered per
 * organisation and year in planned order. Five statements.
 */
export async function insertLaoCaiInspections(m: EntityManager, provinceId: string, today: string): Promise<number> {
  const [{ n }] = await m.query(
    `WITH lc AS (SELECT path FROM organization WHERE id = $1),
     c AS (SELECT o.id, o.code, y, k, abs(hashtext(o.code || ':' || y || ':' || k)) AS h
             FROM organization o, lc CROSS JOIN generate_series(2021, extract(year FROM $2::date)::int) y
             CROSS JOIN generate_series(1, 4) k
            WHERE o.path LIKE lc.path || '%' AND o.status = 'ACTIVE'
              AND k <= CASE o.kind WHEN 'PROVINCIAL_COMMITTEE' THEN 4 WHEN 'DISTRICT_COMMITTEE' THEN 3
                                   WHEN 'GRASSROOTS_COMMITTEE' THEN 1 ELSE 0 END),
     s AS (SELECT c.*, make_date(y, 1 + (k - 1) * 3 + h % 3, 1 + h % 28) AS start,
                  1 + ((k - 1 + y % 2) * 2 + h % 2 + CASE WHEN h % 9 = 0 THEN 3 ELSE 0 END) % 7 AS kk FROM c),
     t AS (SELECT s.*, CASE WHEN start > $2::date THEN 'PLANNED' WHEN start + 40 > $2::date THEN 'IN_PROGRESS'
                            WHEN h % 20 = 7 THEN 'CANCELLED' ELSE 'CONCLUDED' END AS status,
                  row_number() OVER (PARTITION BY id, y ORDER BY start, k) AS no FROM s),
     u AS (SELECT t.*, 'UBKT-' || code || '-' || y || '-' || lpad(no::text, 3, '0') AS icode,
                  ($3::text[])[kk] || ' năm ' || y AS title FROM t)
     , ins AS (
     INSERT INTO inspection (code, kind, title, search_text, conducted_by_id, planned_start_on, planned_end_on, started_on,
                             concluded_on, cancelled_on, cancel_reason, status, outcome, conclusion, created_at, org_path)
     SELECT icode, ($4::text[])[kk], title, lower(icode) || ' ' || ($5::text[])[kk] || ' nam ' || y, id, start, start + 30,
            CASE WHEN status IN ('IN_PROGRESS', 'CONCLUDED') THEN start END,
            CASE WHEN status = 'CONCLUDED' THEN start + 40 END,
            CASE WHEN status = 'CANCELLED' THEN start - 5 END,
            CASE WHEN status = 'CANCELLED' THEN 'Điều chỉnh kế hoạch kiểm tra, giám sát.' END, status,
            CASE WHEN status = 'CONCLUDED' THEN (ARRAY['NO_VIOLATION','NO_VIOLATION','SHORTCOMINGS','NO_VIOLATION','SHORTCOMINGS','VIOLATION'])[1 + h % 6] END,
            CASE WHEN status = 'CONCLUDED' THEN 'Kết luận kiểm tra, giám sát; đề nghị khắc phục những hạn chế đã chỉ ra.' END,
            (start - 30)::timestamptz, ''
       FROM u RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [provinceId, today, TITLES, KINDS, TITLES.map(foldSearch)],
  );
  const mine = `i.org_path LIKE (SELECT path FROM organization WHERE id = $1) || '%'`;
  // one organisation right below the conducting one, drawn by the inspection's code (joins, not a lookup per row)
  await m.query(
    `WITH kids AS (
       SELECT o.id, o.parent_id, row_number() OVER (PARTITION BY o.parent_id ORDER BY o.code) AS rn,
              count(*) OVER (PARTITION BY o.parent_id) AS cnt
         FROM organization o WHERE o.path LIKE (SELECT path FROM organization WHERE id = $1) || '_%' AND o.status = 'ACTIVE')
     INSERT INTO inspection_subject (inspection_id, organization_id, planned_start_on, org_path)
     SELECT i.id, k.id, i.planned_start_on, '' FROM inspection i
       JOIN kids k ON k.parent_id = i.conducted_by_id AND k.rn = 1 + abs(hashtext(i.code)) % k.cnt
      WHERE ${mine}`,
    [provinceId],
  );
  // … and, when it is a cell, members of it admitted before the year: three in a supervision, one on a case, none on dues or the committee's work
  await m.query(
    `INSERT INTO inspection_subject (inspection_id, member_id, planned_start_on, org_path)
     SELECT s.inspection_id, mb.id, s.planned_start_on, '' FROM inspection i
       JOIN inspection_subject s ON s.inspection_id = i.id
       JOIN organization o ON o.id = s.organization_id AND o.kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')
       JOIN LATERAL (SELECT mb.id FROM member mb WHERE mb.organization_id = o.id AND mb.status IN ('OFFICIAL', 'PROBATIONARY')
                        AND mb.admitted_on < date_trunc('year', s.planned_start_on)
                      ORDER BY hashtext(coalesce(mb.card_number, mb.full_name) || i.code), mb.card_number
                      LIMIT CASE WHEN i.kind LIKE '%SUPERVISION' THEN 3 ELSE 1 END) mb ON true
      WHERE ${mine} AND i.kind NOT IN ('PARTY_FINANCE', 'TASK_PERFORMANCE')`,
    [provinceId],
  );
  await m.query(
    `INSERT INTO finding (inspection_id, text, severity, organization_id, recorded_at)
     SELECT i.id, 'Việc thực hiện còn hạn chế, thiếu sót; hồ sơ chưa đầy đủ.',
            CASE WHEN i.outcome = 'VIOLATION' THEN 'MAJOR' ELSE 'MINOR' END, s.organization_id, i.started_on + 7
       FROM inspection i JOIN inspection_subject s ON s.inspection_id = i.id AND s.organization_id IS NOT NULL
      WHERE ${mine} AND i.outcome IN ('SHORTCOMINGS', 'VIOLATION')`,
    [provinceId],
  );
  await m.query(
    `INSERT INTO remedy (inspection_id, action, responsible_id, due_on, status, completed_on, position, org_path)
     SELECT i.id, 'Kiểm điểm, khắc phục hạn chế, thiếu sót đã chỉ ra.', s.organization_id, i.concluded_on + 60,
            CASE WHEN i.concluded_on + 60 < $2::date THEN 'DONE' ELSE 'OPEN' END,
            CASE WHEN i.concluded_on + 60 < $2::date THEN i.concluded_on + 45 END, 1, ''
       FROM inspection i JOIN inspection_subject s ON s.inspection_id = i.id AND s.organization_id IS NOT NULL
      WHERE ${mine} AND i.outcome IN ('SHORTCOMINGS', 'VIOLATION')`,
    [provinceId, today],
  );
  return n;
}
