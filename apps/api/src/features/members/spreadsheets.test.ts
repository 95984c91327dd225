import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeMember, makeUser, makeWorld, startTestApp, type World } from '../../test/harness.js';

const app = await startTestApp();

async function xlsx(rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([
    'Họ và tên',
    'Giới tính',
    'Ngày sinh',
    'Dân tộc',
    'Trạng thái',
    'Ngày vào Đảng',
    'Số thẻ đảng viên',
    'Lý luận chính trị',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(w: World, orgId: string, body: Buffer, opts: { token?: string; type?: string; ndjson?: boolean } = {}) {
  return fetch(`${app.url}/import/members?organizationId=${orgId}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${opts.token ?? w.users.COMMUNE_ADMIN.token}`,
      'content-type': opts.type ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ...(opts.ndjson ? { accept: 'application/x-ndjson' } : {}),
    },
    body,
  });
}

const countIn = async (cellId: string) =>
  (await app.ds.query('SELECT count(*)::int AS n FROM member WHERE organization_id = $1', [cellId]))[0].n as number;

describe('POST /import/members', () => {
  it('imports every row of a valid file into the cell, with events and audit', async () => {
    const w = await makeWorld(app.ds);
    const body = await xlsx([
      ['Nông Văn Dũng', 'Nam', '15/03/1985', 'Tày', 'Đảng viên chính thức', '19/05/2010', '', 'Trung cấp'],
      ['Hoàng Thị Thu', 'Nữ', new Date(Date.UTC(1999, 0, 2)), 'Dao', 'Đảng viên dự bị', '2025-09-02', '', ''],
    ]);
    const res = await upload(w, w.C1a.id, body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ imported: 2, errors: [] });
    const rows = await app.ds.query(
      'SELECT full_name, status, official_on, theory_level FROM member WHERE organization_id = $1 ORDER BY full_name',
      [w.C1a.id],
    );
    expect(rows).toEqual([
      { full_name: 'Hoàng Thị Thu', status: 'PROBATIONARY', official_on: null, theory_level: 'NONE' },
      { full_name: 'Nông Văn Dũng', status: 'OFFICIAL', official_on: '2011-05-19', theory_level: 'INTERMEDIATE' },
    ]);
  });

  it('reads the cell-vote and ceremony columns: age counted on the vote, probation from the ceremony', async () => {
    const w = await makeWorld(app.ds);
    const csv = (rows: string[]) =>
      Buffer.from(
        [
          'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Trạng thái,Ngày vào Đảng,Ngày chi bộ xét kết nạp,Ngày lễ kết nạp',
          ...rows,
        ].join('\n'),
      );
    const young = await upload(
      w,
      w.C1a.id,
      csv(['Bàn Thị Mai,Nữ,08/01/2008,Dao,Đảng viên dự bị,10/01/2026,05/01/2026,']),
      {
        type: 'text/csv',
      },
    );
    const refused = (await young.json()) as { imported: number; errors: unknown[] };
    expect(refused.imported).toBe(0);
    expect(refused.errors).toEqual([expect.objectContaining({ row: 2, field: 'cellVoteOn' })]);
    const res = await upload(
      w,
      w.C1a.id,
      csv(['Bàn Thị Mai,Nữ,08/01/2008,Dao,Đảng viên dự bị,10/01/2026,08/01/2026,20/01/2026']),
      { type: 'text/csv' },
    );
    expect(await res.json()).toEqual({ imported: 1, errors: [] });
    const [m] = await app.ds.query(
      `SELECT id, to_char(cell_vote_on, 'YYYY-MM-DD') AS vote, to_char(ceremony_on, 'YYYY-MM-DD') AS ceremony
         FROM member WHERE organization_id = $1`,
      [w.C1a.id],
    );
    expect(m).toMatchObject({ vote: '2026-01-08', ceremony: '2026-01-20' });
    const r = await app.gql(
      `query($id: ID!) { member(id: $id) { probationEndsOn events { kind on } } }`,
      { id: m.id },
      {
        token: w.users.COMMUNE_ADMIN.token,
      },
    );
    expect(r.data!.member).toEqual({
      probationEndsOn: '2027-01-20',
      events: [
        { kind: 'ADMITTED', on: '2026-01-10' },
        { kind: 'CEREMONY_HELD', on: '2026-01-20' },
      ],
    });
  });

  it('saves nothing when one row is bad, and lists that row with its field and message', async () => {
    const w = await makeWorld(app.ds);
    const body = await xlsx([
      ['Nông Văn Dũng', 'Nam', '15/03/1985', 'Tày', 'Đảng viên chính thức', '19/05/2010'],
      ['Lý Thị Hằng', 'Nữ', '01/01/2010', 'Dao', 'Đảng viên dự bị', '2025-01-01'],
      ['Ma Văn Tám', 'X', '31/02/1980', 'Tày', 'Đảng viên chính thức', '19/05/2001'],
    ]);
    const res = await upload(w, w.C1a.id, body);
    expect(res.status).toBe(422);
    const answer = (await res.json()) as { imported: number; errors: unknown[] };
    expect(answer.imported).toBe(0);
    expect(answer.errors).toEqual([
      {
        row: 3,
        field: 'admittedOn',
        message: expect.stringMatching(/^Người vào Đảng phải đủ 18 tuổi .*\(\d\d\/\d\d\/\d{4}\)\. \(Điều lệ Đảng/),
      },
      { row: 4, field: 'gender', message: expect.any(String) },
      { row: 4, field: 'dateOfBirth', message: expect.any(String) },
    ]);
    expect(await countIn(w.C1a.id)).toBe(0);
  });

  it('reads CSV, and reports progress as NDJSON when asked', async () => {
    const w = await makeWorld(app.ds);
    const lines = ['Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng'];
    for (let i = 0; i < 120; i++) lines.push(`Người ${i},Nam,01/01/1980,Kinh,01/01/2005`);
    const res = await upload(w, w.C1b.id, Buffer.from(lines.join('\n')), { type: 'text/csv', ndjson: true });
    const events = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.filter((e) => e.type === 'progress' && e.phase === 'saving').length).toBeGreaterThan(1);
    expect(events.at(-1)).toEqual({ type: 'result', imported: 120, errors: [] });
    expect(await countIn(w.C1b.id)).toBe(120);
  });

  it('saves a file of several batches: every row with its event and its audit entry, in one transaction', async () => {
    const w = await makeWorld(app.ds);
    const lines = ['Họ và tên,Số thẻ đảng viên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng,Ngày lễ kết nạp'];
    const base = 70_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
    for (let i = 0; i < 2_050; i++)
      lines.push(`Hà Thị Lương ${i},${base + i},Nữ,02/03/1990,Tày,01/02/2015,${i % 2 ? '15/02/2015' : ''}`);
    const res = await upload(w, w.C1b.id, Buffer.from(lines.join('\n')), { type: 'text/csv' });
    expect(await res.json()).toEqual({ imported: 2_050, errors: [] });
    const [stored] = await app.ds.query(
      `SELECT count(*)::int AS members, count(DISTINCT m.search_text)::int AS names,
              (SELECT count(*) FROM member_event e JOIN member x ON x.id = e.member_id
                WHERE x.organization_id = $1 AND e.kind = 'ADMITTED' AND e.to_organization_id = $1)::int AS admitted,
              (SELECT count(*) FROM member_event e JOIN member x ON x.id = e.member_id
                WHERE x.organization_id = $1 AND e.kind = 'CEREMONY_HELD' AND e.on = '2015-02-15')::int AS ceremonies,
              (SELECT count(*) FROM audit_entry a JOIN member x ON x.id = a.entity_id
                WHERE x.organization_id = $1 AND a.action = 'importMembers' AND a.entity_type = 'Member'
                  AND a.user_id = $2 AND a.scope_path = $3)::int AS audited
         FROM member m WHERE m.organization_id = $1`,
      [w.C1b.id, w.users.COMMUNE_ADMIN.id, w.C1b.path],
    );
    expect(stored).toEqual({ members: 2_050, names: 2_050, admitted: 2_050, ceremonies: 1_025, audited: 2_050 });
    const [one] = await app.ds.query(
      `SELECT m.card_number, m.search_text, m.ceremony_on, a.changes FROM member m
         JOIN audit_entry a ON a.entity_id = m.id WHERE m.card_number = $1`,
      [String(base + 2_049)],
    );
    expect(one).toMatchObject({ search_text: `ha thi luong 2049 ${base + 2_049}`, ceremony_on: '2015-02-15' });
    expect(one.changes.fullName).toEqual({ from: null, to: 'Hà Thị Lương 2049' });
    expect(one.changes.cardNumber).toEqual({ from: null, to: String(base + 2_049) });
  });

  it('reads a large file with Vietnamese text and dates intact across stream chunks', async () => {
    const w = await makeWorld(app.ds);
    const rows = Array.from({ length: 600 }, (_, i) => [
      `Nguyễn Thị Ánh Tuyết ${i}`,
      'Nữ',
      new Date(Date.UTC(1980, 0, 1 + (i % 300))),
      'Mường',
      'Đảng viên chính thức',
      '19/05/2010',
      `TH${String(i).padStart(6, '0')}`,
    ]);
    const res = await upload(w, w.C1b.id, await xlsx(rows));
    expect(await res.json()).toEqual({ imported: 600, errors: [] });
    const saved = await app.ds.query(
      `SELECT full_name, to_char(date_of_birth, 'YYYY-MM-DD') AS born, ethnicity FROM member
        WHERE organization_id = $1 AND card_number = ANY($2::text[]) ORDER BY card_number`,
      [w.C1b.id, ['TH000000', 'TH000599']],
    );
    expect(saved).toEqual([
      { full_name: 'Nguyễn Thị Ánh Tuyết 0', born: '1980-01-01', ethnicity: 'Mường' },
      { full_name: 'Nguyễn Thị Ánh Tuyết 599', born: '1980-10-26', ethnicity: 'Mường' },
    ]);
    const mangled = await app.ds.query(
      `SELECT count(*)::int AS n FROM member WHERE organization_id = $1 AND full_name !~ '^Nguyễn Thị Ánh Tuyết [0-9]+$'`,
      [w.C1b.id],
    );
    expect(mangled[0].n).toBe(0);
  });

  it('refuses without a session (401), for an inspector (403), and outside the scope as not found (404)', async () => {
    const w = await makeWorld(app.ds);
    const body = await xlsx([['A', 'Nam', '01/01/1980', 'Kinh', '', '01/01/2005']]);
    expect((await upload(w, w.C1a.id, body, { token: 'dv_nope' })).status).toBe(401);
    expect((await upload(w, w.C1a.id, body, { token: w.users.COMMUNE_INSPECTOR.token })).status).toBe(403);
    expect((await upload(w, w.C2a.id, body)).status).toBe(404);
    expect(await countIn(w.C2a.id)).toBe(0);
  });
});

describe('GET /export/members.xlsx', () => {
  it('exports the filtered members of the scope with Vietnamese headers, and nothing outside it', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a, { fullName: 'Đinh Thị Ánh', gender: 'FEMALE' });
    await makeMember(app.ds, w.C1b, { fullName: 'Vàng Văn Páo' });
    await makeMember(app.ds, w.C2a, { fullName: 'Người Xã Khác' });
    const get = (q: string, token = w.users.COMMUNE_ADMIN.token) =>
      fetch(`${app.url}/export/members.xlsx?${q}`, { headers: { authorization: `Bearer ${token}` } });
    const res = await get(`withinId=${w.C1.id}`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).text).toBe('Họ và tên');
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(2).text);
    expect(names).toEqual(['Đinh Thị Ánh', 'Vàng Văn Páo']);
    const women = new ExcelJS.Workbook();
    await women.xlsx.load(Buffer.from(await (await get(`withinId=${w.C1.id}&genders=FEMALE`)).arrayBuffer()) as never);
    expect(women.worksheets[0].rowCount).toBe(2);
    expect((await get(`withinId=${w.C2.id}`)).status).toBe(404);
    const other = await makeUser(app.ds, 'COMMUNE_ADMIN', w.C3);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(Buffer.from(await (await get('', other.token)).arrayBuffer()) as never);
    expect(theirs.worksheets[0].rowCount).toBe(1); // headers only: nothing of C1 or C2
  });
});
