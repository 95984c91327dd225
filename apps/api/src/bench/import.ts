import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { setTokenSecret } from '../auth/session.service.js';
import { ensureAdmin } from '../db/bootstrap.js';
import { ethnicName } from '../demo/names.js';
import { dateBetween, rng } from '../demo/random.js';
import { startApp } from '../http/server.js';
import { scratchDatabase } from './scratch-database.js';

/**
 * npm run bench:import — the member import (POST /import/members) of a file
 * of IMPORT_ROWS rows (50,000, the import's row limit, by default) as .csv
 * and as .xlsx (FORMATS=csv,xlsx), each into an empty cell, over HTTP with
 * the progress stream, on a fresh embedded PostgreSQL (or DATABASE_URL) whose
 * member table already holds PREFILL members (0 by default). Prints the time
 * of each phase (reading the file, checking the rows, saving them) and checks
 * that every row arrived with its event and audit entry. Not part of npm test.
 */
const ROWS = Number(process.env.IMPORT_ROWS ?? 50_000);
const PREFILL = Number(process.env.PREFILL ?? 0);
const FORMATS = (process.env.FORMATS ?? 'csv,xlsx').split(',').filter((f) => f === 'csv' || f === 'xlsx');
const PASSWORD = 'bench12345';

const HEADERS = [
  'Họ và tên',
  'Số thẻ đảng viên',
  'Giới tính',
  'Ngày sinh',
  'Dân tộc',
  'Trạng thái',
  'Ngày vào Đảng',
  'Lý luận chính trị',
];
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The file's rows: Vietnamese names, unique card numbers from `firstCard`, official members and a few probationary. */
function sheetRows(n: number, firstCard: number, seed: number): string[][] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const female = r.chance(0.4);
    const group = r.chance(0.85) ? 'Kinh' : 'Tày';
    const probationary = r.chance(0.03);
    const admitted = probationary
      ? dateBetween(r, '2025-01-01', '2025-06-30')
      : dateBetween(r, '1970-01-01', '2023-12-31');
    const born = dateBetween(
      r,
      `${Number(admitted.slice(0, 4)) - 45}-01-01`,
      `${Number(admitted.slice(0, 4)) - 19}-12-31`,
    );
    return [
      ethnicName(r, group, female ? 'FEMALE' : 'MALE'),
      String(firstCard + i),
      female ? 'Nữ' : 'Nam',
      dmy(born),
      group,
      probationary ? 'Đảng viên dự bị' : 'Đảng viên chính thức',
      dmy(admitted),
      r.pick(['Sơ cấp', 'Trung cấp', 'Cao cấp', '']),
    ];
  });
}

async function fileOf(format: string, rows: string[][]): Promise<Buffer> {
  if (format === 'csv') {
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    return Buffer.from(`${[HEADERS, ...rows].map((row) => row.map(quote).join(',')).join('\n')}\n`);
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow(HEADERS);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A district, a commune and `cells` village cells; returns the cells' ids. */
async function tree(ds: DataSource, cells: number): Promise<{ districtId: string; cellIds: string[] }> {
  const org = async (code: string, name: string, kind: string, sector: string, parent: string | null) => {
    const [o] = await ds.query(
      `INSERT INTO organization (code, name, search_text, kind, sector, parent_id, path)
       VALUES ($1, $2, lower($1 || ' ' || $2), $3, $4, $5, '') RETURNING id`,
      [code, name, kind, sector, parent],
    );
    await ds.query(
      `UPDATE organization o SET path = COALESCE((SELECT p.path FROM organization p WHERE p.id = o.parent_id), '/') || o.id || '/'
        WHERE o.id = $1`,
      [o.id],
    );
    return o.id as string;
  };
  const districtId = await org('BI', 'Đảng bộ huyện Nhập liệu', 'DISTRICT_COMMITTEE', 'OTHER', null);
  const communeId = await org('BI-X01', 'Đảng bộ xã Thử', 'GRASSROOTS_COMMITTEE', 'COMMUNE', districtId);
  const cellIds: string[] = [];
  for (let c = 0; c < cells; c++)
    cellIds.push(await org(`BI-X01-${c}`, `Chi bộ thôn ${c + 1}`, 'SUBORDINATE_CELL', 'VILLAGE', communeId));
  return { districtId, cellIds };
}

/** PREFILL members in the first cell, as the member table of a province holds them (indexes and rollups to maintain). */
async function prefill(ds: DataSource, cellId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 50_000) {
    await ds.query(
      `WITH m AS (
         INSERT INTO member (card_number, full_name, search_text, gender, date_of_birth, ethnicity, organization_id, status, admitted_on, official_on)
         SELECT (10000000 + g)::text, 'Nguyễn Văn ' || g, 'nguyen van ' || g, 'MALE', '1970-01-01', 'Kinh', $1, 'OFFICIAL', '1995-01-01', '1996-01-01'
           FROM generate_series($2::int, $3::int) g
         RETURNING id, admitted_on, organization_id)
       INSERT INTO member_event (member_id, kind, "on", to_organization_id) SELECT id, 'ADMITTED', admitted_on, organization_id FROM m`,
      [cellId, i, Math.min(n, i + 50_000) - 1],
    );
  }
  await ds.query('VACUUM ANALYZE member');
}

async function main() {
  const { ds, close } = await scratchDatabase('dangvu_bench_import');
  try {
    setTokenSecret('bench-import-secret');
    await ensureAdmin(ds, 'admin', PASSWORD);
    const { districtId, cellIds } = await tree(ds, FORMATS.length + 1);
    if (PREFILL) await prefill(ds, cellIds[0], PREFILL);
    await ds.query(
      `INSERT INTO app_user (username, display_name, password_hash, role, scope_id)
       SELECT 'bench-import', 'Ban Tổ chức', password_hash, 'DISTRICT_ADMIN', $1 FROM app_user WHERE username = 'admin'`,
      [districtId],
    );
    const app = await startApp({ ds, port: 0, host: '127.0.0.1' });
    try {
      const login = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { login(username: "bench-import", password: "${PASSWORD}") { token } }`,
        }),
      }).then((r) => r.json() as Promise<{ data: { login: { token: string } } }>);
      const token = login.data.login.token;
      console.log(
        `member import: ${ROWS.toLocaleString('en')} rows a file, ${PREFILL.toLocaleString('en')} members already stored`,
      );
      for (const [i, format] of FORMATS.entries()) {
        const cellId = cellIds[i + 1];
        const body = await fileOf(format, sheetRows(ROWS, 30_000_000 + i * 1_000_000, 7 + i));
        const t0 = performance.now();
        const phases = new Map<string, number>();
        const res = await fetch(`${app.url}/import/members?organizationId=${cellId}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/x-ndjson',
            'content-type':
              format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          body,
        });
        let result: { imported?: number; errors?: unknown[] } = {};
        let buffered = '';
        for await (const chunk of res.body!) {
          buffered += Buffer.from(chunk).toString();
          const lines = buffered.split('\n');
          buffered = lines.pop()!;
          for (const line of lines.filter(Boolean)) {
            const msg = JSON.parse(line);
            if (msg.type === 'progress' && !phases.has(msg.phase)) phases.set(msg.phase, performance.now() - t0);
            else if (msg.type !== 'progress') result = msg;
          }
        }
        const ms = performance.now() - t0;
        const [stored] = await ds.query(
          `SELECT (SELECT count(*) FROM member WHERE organization_id = $1)::int AS members,
                  (SELECT count(*) FROM member_event e JOIN member m ON m.id = e.member_id WHERE m.organization_id = $1)::int AS events,
                  (SELECT count(*) FROM audit_entry a JOIN member m ON m.id = a.entity_id WHERE m.organization_id = $1
                      AND a.action = 'importMembers')::int AS audited`,
          [cellId],
        );
        const at = (p: string) => ((phases.get(p) ?? ms) / 1000).toFixed(1);
        console.log(
          `${format.padEnd(5)} ${(body.length / 2 ** 20).toFixed(1)} MiB: ${(ms / 1000).toFixed(1)} s, ` +
            `${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s (checking from ${at('checking')} s, saving from ${at('saving')} s); ` +
            `imported ${result.imported}, ${result.errors?.length ?? 'no'} errors; stored ${stored.members} members, ` +
            `${stored.events} events, ${stored.audited} audit entries`,
        );
      }
      const mem = process.memoryUsage();
      console.log(`process (API and bench): rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB`);
    } finally {
      await app.stop();
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
