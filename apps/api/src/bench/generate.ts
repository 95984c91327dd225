import { foldSearch } from '@dangvu/schema';
import type { QueryRunner } from 'typeorm';
import { cadres } from './cadres.js';
import {
  COMMITTEES,
  ETHNICITIES,
  FAMILY,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
  PLACES,
  PROVINCES,
  QUALIFICATIONS,
  type ScaleSpec,
  THEORY_LEVELS,
  UNITS,
} from './country.js';
import { inspections } from './inspections.js';
import { meetings } from './meetings.js';

/**
 * Generates a country into a migrated database, in a few large statements
 * that run inside PostgreSQL (generate_series, random()): the organisation
 * tree level by level, then the members and their ADMITTED (and exit) events
 * in batches of about BATCH rows per statement, so that statement-level
 * triggers on member see transition tables of bounded size. Only the columns
 * the application itself writes are inserted; whatever the migrations
 * maintain (defaults, triggers, rollups) maintains itself.
 *
 * Names get their search_text in SQL with `lower(translate(…))` over the
 * whole Vietnamese alphabet, which is what foldSearch computes for these
 * names; `checkFolding` proves it on a sample.
 */
const BATCH = 250_000;

/** Every precomposed Vietnamese letter (both cases) and its folded form, as translate() arguments. */
export function foldTable(): [string, string] {
  let from = '';
  let to = '';
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const base of ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'đ'])
    for (const letter of [base, base.toUpperCase()])
      for (const tone of tones) {
        const c = (letter + tone).normalize('NFC');
        const f = foldSearch(c);
        if (c.length === 1 && f.length === 1 && f !== c && !/[A-Z]/.test(c)) {
          from += c;
          to += f;
        }
      }
  return [from, to];
}

/** The SQL that folds a text expression; $1 and $2 are the foldTable() strings. */
export const FOLD = (expr: string) => `lower(translate(${expr}, $1, $2))`;
const PICK = (arr: string, n = 'random()') => `(${arr})[1 + floor(${n} * cardinality(${arr}))::int]`;
/** A code segment: at least n digits, never truncated (lpad truncates). */
const PAD = (expr: string, n: number) => `lpad(${expr}::text, greatest(${n}, length(${expr}::text)), '0')`;
const INSERT_ORG = `INSERT INTO organization (id, code, name, search_text, kind, sector, parent_id, path, established_on)`;

export interface Generated {
  organizations: number;
  cells: number;
  members: number;
  events: number;
}

async function organizations(q: QueryRunner, spec: ScaleSpec, log: (m: string) => void): Promise<void> {
  const fold = foldTable();
  const places = PLACES.text;
  await q.query(
    `WITH s AS (SELECT gen_random_uuid() AS id, g, 'P' || ${PAD('g', 2)} AS code,
                       CASE WHEN ($3::text[])[1 + (g - 1) % cardinality($3::text[])] IN ('Hà Nội','Huế','Hải Phòng','Đà Nẵng','Hồ Chí Minh','Cần Thơ')
                            THEN 'Đảng bộ thành phố ' ELSE 'Đảng bộ tỉnh ' END
                       || ($3::text[])[1 + (g - 1) % cardinality($3::text[])] AS name
                  FROM generate_series(1, $4::int) g)
     ${INSERT_ORG}
     SELECT id, code, name, ${FOLD(`code || ' ' || name`)}, 'PROVINCIAL_COMMITTEE', 'OTHER', NULL, '/' || id || '/', date '1930-02-03' FROM s`,
    [...fold, PROVINCES.text, spec.provinces],
  );
  // committees directly under each province (đảng bộ trực thuộc)
  await q.query(
    `WITH s AS (SELECT gen_random_uuid() AS id, p.id AS pid, p.path AS ppath, p.code || '-K' || ${PAD('g', 2)} AS code,
                       ($3::text[])[1 + (g - 1) % cardinality($3::text[])]
                       || CASE WHEN g > cardinality($3::text[]) THEN ' ' || g ELSE '' END
                       || ' ' || regexp_replace(p.name, '^Đảng bộ (tỉnh|thành phố) ', '') AS name,
                       ($4::text[])[1 + (g - 1) % cardinality($4::text[])] AS sector
                  FROM organization p CROSS JOIN generate_series(1, $5::int) g WHERE p.kind = 'PROVINCIAL_COMMITTEE')
     ${INSERT_ORG}
     SELECT id, code, name, ${FOLD(`code || ' ' || name`)}, 'DISTRICT_COMMITTEE', sector, pid, ppath || id || '/', date '1976-01-01' FROM s`,
    [...fold, COMMITTEES.map((c) => c[0]), COMMITTEES.map((c) => c[1]), spec.committeesPerProvince],
  );
  // communes and wards directly under the province, shared out evenly
  await q.query(
    `WITH p AS (SELECT id, path, code, row_number() OVER (ORDER BY code) AS k FROM organization WHERE kind = 'PROVINCIAL_COMMITTEE'),
     s AS (SELECT gen_random_uuid() AS id, p.id AS pid, p.path AS ppath, p.code || '-X' || ${PAD('g', 3)} AS code,
                  random() < 0.2 AS ward, ${PICK('$3::text[]')} || ' ' || ${PICK('$3::text[]')} AS place
             FROM p CROSS JOIN LATERAL generate_series(1, ($4::bigint * p.k / $5 - $4::bigint * (p.k - 1) / $5)::int) g)
     ${INSERT_ORG}
     SELECT id, code, CASE WHEN ward THEN 'Đảng bộ phường ' ELSE 'Đảng bộ xã ' END || place,
            ${FOLD(`code || ' ' || CASE WHEN ward THEN 'Đảng bộ phường ' ELSE 'Đảng bộ xã ' END || place`)},
            'GRASSROOTS_COMMITTEE', CASE WHEN ward THEN 'WARD' ELSE 'COMMUNE' END, pid, ppath || id || '/', date '2025-07-01' FROM s`,
    [...fold, places, spec.communes, spec.provinces],
  );
  // their village (or residential-group) cells, and a school, health, military and police cell each
  await q.query(
    `WITH c AS (SELECT id, path, code, sector, greatest(1, round($4::float8 * (0.5 + random())))::int AS n
                  FROM organization WHERE kind = 'GRASSROOTS_COMMITTEE' AND sector IN ('COMMUNE', 'WARD')),
     s AS (SELECT gen_random_uuid() AS id, c.id AS pid, c.path AS ppath, c.code || '-' || ${PAD('g', 2)} AS code, g, c.n,
                  c.sector AS psector, ${PICK('$3::text[]')} || ' ' || ${PICK('$3::text[]')} AS place
             FROM c CROSS JOIN LATERAL generate_series(1, c.n + $5::int) g),
     t AS (SELECT s.*, CASE WHEN g > n THEN (ARRAY['Chi bộ Trường học', 'Chi bộ Trạm Y tế', 'Chi bộ Quân sự', 'Chi bộ Công an'])[1 + (g - n - 1) % 4]
                            WHEN psector = 'WARD' THEN 'Chi bộ Tổ dân phố số ' || g ELSE 'Chi bộ thôn ' || place END AS name,
                       CASE WHEN g > n THEN (ARRAY['SCHOOL', 'HEALTH', 'MILITARY', 'POLICE'])[1 + (g - n - 1) % 4]
                            WHEN psector = 'WARD' THEN 'RESIDENTIAL_GROUP' ELSE 'VILLAGE' END AS sector FROM s)
     ${INSERT_ORG}
     SELECT id, code, name, ${FOLD(`code || ' ' || name`)}, 'SUBORDINATE_CELL', sector, pid, ppath || id || '/', date '2025-07-01' FROM t`,
    [...fold, places, spec.villagesPerCommune, spec.institutionCellsPerCommune],
  );
  // grassroots organisations under the committees: the committee's size varies with their number
  await q.query(
    `WITH k AS (SELECT id, path, code, sector, greatest(1, round($6::float8 / count(*) OVER () * (0.3 + 1.4 * random())))::int AS n
                  FROM organization WHERE kind = 'DISTRICT_COMMITTEE'),
     s AS (SELECT gen_random_uuid() AS id, k.id AS pid, k.path AS ppath, k.code || '-' || ${PAD('g', 3)} AS code,
                  random() < $7::float8 AS committee, ${PICK('$3::text[]')} AS place,
                  (SELECT u.i FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS u(name, sector, i)
                    WHERE u.sector = k.sector OR (k.sector IN ('AGENCY', 'OTHER') AND u.sector IN ('AGENCY', 'OTHER')) OR g < 0
                    ORDER BY random() LIMIT 1) AS u
             FROM k CROSS JOIN LATERAL generate_series(1, k.n) g),
     t AS (SELECT s.*, CASE WHEN committee THEN 'Đảng bộ ' ELSE 'Chi bộ ' END || ($4::text[])[u] || ' ' || place AS name FROM s)
     ${INSERT_ORG}
     SELECT id, code, name, ${FOLD(`code || ' ' || name`)}, CASE WHEN committee THEN 'GRASSROOTS_COMMITTEE' ELSE 'GRASSROOTS_CELL' END,
            ($5::text[])[u], pid, ppath || id || '/', date '1990-01-01' FROM t`,
    [
      ...fold,
      places,
      UNITS.map((u) => u[0]),
      UNITS.map((u) => u[1]),
      spec.otherGrassroots,
      spec.grassrootsCommitteeShare,
    ],
  );
  // the cells of those grassroots committees
  await q.query(
    `WITH c AS (SELECT id, path, code, sector, greatest(2, round($3::float8 * (0.5 + random())))::int AS n
                  FROM organization WHERE kind = 'GRASSROOTS_COMMITTEE' AND sector NOT IN ('COMMUNE', 'WARD')),
     s AS (SELECT gen_random_uuid() AS id, c.id AS pid, c.path AS ppath, c.sector, c.code || '-' || ${PAD('g', 2)} AS code,
                  'Chi bộ ' || (ARRAY['Phòng', 'Tổ', 'Khoa', 'Đội', 'Phân xưởng', 'Bộ phận'])[1 + floor(random() * 6)::int] || ' số ' || g AS name
             FROM c CROSS JOIN LATERAL generate_series(1, c.n) g)
     ${INSERT_ORG}
     SELECT id, code, name, ${FOLD(`code || ' ' || name`)}, 'SUBORDINATE_CELL', sector, pid, ppath || id || '/', date '1995-01-01' FROM s`,
    [...fold, spec.cellsPerGrassrootsCommittee],
  );
  const [{ n }] = await q.query('SELECT count(*)::int AS n FROM organization');
  log(`  ${n} organisations`);
}

/** The smallest prime above n: card numbers are 10,000,000 + (g · A mod P), a permutation of 1 … P−1. */
function primeAbove(n: number): number {
  const isPrime = (p: number) => {
    for (let d = 2; d * d <= p; d++) if (p % d === 0) return false;
    return p > 1;
  };
  let p = n + 1;
  while (!isPrime(p)) p++;
  return p;
}

async function members(q: QueryRunner, spec: ScaleSpec, log: (m: string) => void): Promise<void> {
  // each cell's share of the members, in a random order of cells (a roll filled over the years, not district by district)
  await q.query('DROP TABLE IF EXISTS bench_cell');
  await q.query(
    `CREATE TEMP TABLE bench_cell AS
     WITH c AS (SELECT o.id, p.sector IN ('COMMUNE', 'WARD') AS commune, 0.5 + random() AS w, random() AS r
                  FROM organization o JOIN organization p ON p.id = o.parent_id
                 WHERE o.kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL')),
     k AS (SELECT id, r, round(CASE WHEN commune THEN $1::float8 * $2::float8 ELSE $1::float8 * (1 - $2::float8) END * w / sum(w) OVER (PARTITION BY commune))::int AS cnt FROM c)
     SELECT id, row_number() OVER w AS n, sum(cnt) OVER w - cnt + 1 AS lo, sum(cnt) OVER w AS hi
       FROM k WINDOW w AS (ORDER BY r)`,
    [spec.members, spec.communeShare],
  );
  const batches: { a: number; b: number; m: number }[] = await q.query(
    `SELECT min(n)::int AS a, max(n)::int AS b, max(hi)::int AS m FROM bench_cell GROUP BY (lo - 1) / $1 ORDER BY 1`,
    [BATCH],
  );
  const total = batches.at(-1)?.m ?? 0;
  const p = primeAbove(total + 1);
  const a = 7919 % p || 1;
  const [from, to] = foldTable();
  const started = Date.now();
  for (const [i, batch] of batches.entries()) {
    await q.query(
      `WITH s AS (
         SELECT c.id AS org, g, random() < 0.4 AS female, random() AS rs, random() AS ra, random() AS rb, random() AS rl,
                ${PICK('$5::text[]')} AS family, random() AS rm, random() AS rg
           FROM bench_cell c CROSS JOIN LATERAL generate_series(c.lo, c.hi) g WHERE c.n BETWEEN $3 AND $4),
       p AS (
         SELECT org, g, female,
                family || ' ' || CASE WHEN female THEN ${PICK('$8::text[]', 'rm')} || ' ' || ${PICK('$9::text[]', 'rg')}
                                      ELSE ${PICK('$6::text[]', 'rm')} || ' ' || ${PICK('$7::text[]', 'rg')} END AS full_name,
                CASE WHEN rs < 0.03 THEN 'PROBATIONARY' WHEN rs < 0.955 THEN 'OFFICIAL'
                     WHEN rs < 0.98 THEN 'TRANSFERRED_OUT' ELSE 'DECEASED' END AS status, ra, rb, rl
           FROM s),
       d AS (
         SELECT p.*, CASE WHEN status = 'PROBATIONARY' THEN current_date - (1 + floor(ra * 360))::int
                          ELSE date '1965-01-01' + floor(sqrt(ra) * (current_date - 400 - date '1965-01-01'))::int END AS admitted,
                CASE WHEN status = 'PROBATIONARY' THEN NULL ELSE (10000000 + (g::bigint * $12::bigint) % $13::bigint)::text END AS card
           FROM p),
       m AS (
         INSERT INTO member (card_number, full_name, search_text, gender, date_of_birth, ethnicity, theory_level, qualification,
                             organization_id, status, admitted_on, official_on, left_on)
         SELECT card, full_name, ${FOLD(`full_name || COALESCE(' ' || card, '')`)}, CASE WHEN female THEN 'FEMALE' ELSE 'MALE' END,
                admitted - (18 * 365 + floor(rb * rb * 32 * 365))::int, ${PICK('$10::text[]')}, ${PICK('$11::text[]')}, ${PICK('$14::text[]')},
                org, status, admitted, CASE WHEN status <> 'PROBATIONARY' THEN (admitted + interval '1 year')::date END,
                CASE WHEN status IN ('TRANSFERRED_OUT', 'DECEASED') THEN admitted + 366 + floor(rl * (current_date - admitted - 366))::int END
           FROM d
         RETURNING id, organization_id, status, admitted_on, left_on)
       INSERT INTO member_event (member_id, kind, "on", from_organization_id, to_organization_id)
       SELECT id, 'ADMITTED', admitted_on, NULL, organization_id FROM m
       UNION ALL
       SELECT id, status, left_on, organization_id, NULL FROM m WHERE left_on IS NOT NULL`,
      [
        from,
        to,
        batch.a,
        batch.b,
        FAMILY.text,
        MALE_MIDDLE.text,
        MALE_GIVEN.text,
        FEMALE_MIDDLE.text,
        FEMALE_GIVEN.text,
        ETHNICITIES,
        THEORY_LEVELS,
        a,
        p,
        QUALIFICATIONS,
      ],
    );
    const s = (Date.now() - started) / 1000;
    log(
      `  members: ${batch.m.toLocaleString('en')} of ${total.toLocaleString('en')} (${s.toFixed(0)} s, batch ${i + 1})`,
    );
  }
  await q.query('DROP TABLE bench_cell');
}

/** Proves that the SQL folding matches foldSearch on a sample of names. */
async function checkFolding(q: QueryRunner): Promise<void> {
  const rows: { name: string; search_text: string }[] = await q.query(
    `(SELECT full_name || COALESCE(' ' || card_number, '') AS name, search_text FROM member TABLESAMPLE SYSTEM (1) LIMIT 2000)
     UNION ALL (SELECT code || ' ' || name, search_text FROM organization TABLESAMPLE SYSTEM (5) LIMIT 2000)`,
  );
  const bad = rows.find((r) => foldSearch(r.name) !== r.search_text);
  if (bad) throw new Error(`search_text "${bad.search_text}" is not foldSearch("${bad.name}")`);
}

/** Generates the country; the caller runs it after the migrations. */
/** The terms the statistics count admissions and inspections within (features/statistics). */
export const TERMS = `INSERT INTO term (name, starts_on, ends_on)
  VALUES ('Nhiệm kỳ 2020–2025', '2020-10-01', '2025-09-30'), ('Nhiệm kỳ 2025–2030', '2025-10-01', '2030-09-30')
  ON CONFLICT (name) DO NOTHING`;

export async function generate(q: QueryRunner, spec: ScaleSpec, log: (m: string) => void): Promise<Generated> {
  await q.query('SET synchronous_commit = off');
  await q.query(`SET maintenance_work_mem = '512MB'`);
  await q.query('SELECT setseed(0.42)');
  await organizations(q, spec, log);
  await members(q, spec, log);
  await cadres(q, log);
  await inspections(q, log);
  await meetings(q, log);
  await q.query(TERMS);
  await checkFolding(q);
  const t = Date.now();
  for (const table of [
    'organization',
    'member',
    'member_event',
    'member_stat',
    'cadre',
    'placement',
    'inspection_subject',
  ])
    await q.query(`VACUUM (ANALYZE) ${table}`);
  log(`  VACUUM (ANALYZE) in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  const [row] = await q.query(
    `SELECT (SELECT count(*) FROM organization)::int AS organizations,
            (SELECT count(*) FROM organization WHERE kind IN ('SUBORDINATE_CELL', 'GRASSROOTS_CELL'))::int AS cells,
            (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM member_event)::int AS events`,
  );
  return row;
}
