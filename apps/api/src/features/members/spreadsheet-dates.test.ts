import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makeMember, makeWorld, startTestApp, type World } from '../../test/harness.js';

const app = await startTestApp();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function exported(w: World, query: string): Promise<Response> {
  return fetch(`${app.url}/export/members.xlsx?${query}`, {
    headers: { authorization: `Bearer ${w.users.COMMUNE_ADMIN.token}` },
  });
}

async function sheetOf(res: Response): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return wb.worksheets[0];
}

/** The column of a header in the first row. */
function column(ws: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, n) => {
    if (cell.text === header) found = n;
  });
  return found;
}

async function imported(w: World, cellId: string, body: Buffer, type = XLSX) {
  const res = await fetch(`${app.url}/import/members?organizationId=${cellId}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.users.COMMUNE_ADMIN.token}`, 'content-type': type },
    body,
  });
  return { status: res.status, body: (await res.json()) as { imported: number; errors: unknown[] } };
}

const datesIn = (cellId: string) =>
  app.ds.query(
    `SELECT full_name AS name, to_char(date_of_birth, 'YYYY-MM-DD') AS born, to_char(admitted_on, 'YYYY-MM-DD') AS admitted
       FROM member WHERE organization_id = $1 ORDER BY full_name`,
    [cellId],
  );

describe('members spreadsheet dates', () => {
  it('the export writes real Excel dates shown dd/mm/yyyy, and the import reads that file back', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a, { fullName: 'Lò Văn Pọm', dateOfBirth: '1985-03-15', admittedOn: '2010-05-19' });
    const ws = await sheetOf(await exported(w, `withinId=${w.C1a.id}`));
    const born = ws.getRow(2).getCell(column(ws, 'Ngày sinh'));
    expect(born.type).toBe(ExcelJS.ValueType.Date);
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect((born.value as Date).toISOString()).toBe('1985-03-15T00:00:00.000Z');
    const admitted = ws.getRow(2).getCell(column(ws, 'Ngày vào Đảng'));
    expect(admitted.numFmt).toBe('dd/mm/yyyy');
    expect((admitted.value as Date).toISOString().slice(0, 10)).toBe('2010-05-19');
    // the exported file, as it is, imports into another cell with the same dates
    const file = Buffer.from(await ws.workbook.xlsx.writeBuffer());
    const res = await imported(w, w.C1b.id, file);
    expect(res).toEqual({ status: 200, body: { imported: 1, errors: [] } });
    expect(await datesIn(w.C1b.id)).toEqual([{ name: 'Lò Văn Pọm', born: '1985-03-15', admitted: '2010-05-19' }]);
  });

  it('the import accepts Excel dates formatted dd/mm/yyyy, text dd/mm/yyyy and ISO, in .xlsx and .csv', async () => {
    const w = await makeWorld(app.ds);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Ngày vào Đảng']);
    ws.addRow(['A Excel', 'Nam', new Date(Date.UTC(1990, 11, 31)), 'Tày', new Date(Date.UTC(2015, 1, 3))]);
    ws.getRow(2).getCell(3).numFmt = 'dd/mm/yyyy';
    ws.getRow(2).getCell(5).numFmt = 'dd/mm/yyyy';
    ws.addRow(['B Văn bản', 'Nữ', '05/03/1991', 'Dao', '3/2/2016']);
    ws.addRow(['C ISO', 'Nam', '1992-07-08', 'Mông', '2017-02-03']);
    const res = await imported(w, w.C1a.id, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res).toEqual({ status: 200, body: { imported: 3, errors: [] } });
    expect(await datesIn(w.C1a.id)).toEqual([
      { name: 'A Excel', born: '1990-12-31', admitted: '2015-02-03' },
      { name: 'B Văn bản', born: '1991-03-05', admitted: '2016-02-03' },
      { name: 'C ISO', born: '1992-07-08', admitted: '2017-02-03' },
    ]);
    const csv = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng\nD Csv,Nữ,09/10/1993,Kinh,2018-11-12\n';
    expect(await imported(w, w.C1b.id, Buffer.from(csv), 'text/csv')).toEqual({
      status: 200,
      body: { imported: 1, errors: [] },
    });
    expect(await datesIn(w.C1b.id)).toEqual([{ name: 'D Csv', born: '1993-10-09', admitted: '2018-11-12' }]);
    // a day that does not exist is refused with its row and field
    const bad = await imported(w, w.C1b.id, Buffer.from(csv.replace('09/10/1993', '31/02/1993')), 'text/csv');
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'dateOfBirth' })]);
  });

  it('exports only the picked rows with ids=…, still within the scope; bad ids are BAD_USER_INPUT', async () => {
    const w = await makeWorld(app.ds);
    const a = await makeMember(app.ds, w.C1a, { fullName: 'Chọn Một' });
    await makeMember(app.ds, w.C1a, { fullName: 'Không Chọn' });
    const b = await makeMember(app.ds, w.C1b, { fullName: 'Chọn Hai' });
    const outside = await makeMember(app.ds, w.C2a, { fullName: 'Ngoài Phạm Vi' });
    const ws = await sheetOf(await exported(w, `withinId=${w.C1.id}&ids=${a.id},${b.id},${outside.id}`));
    const names = [];
    for (let r = 2; r <= ws.rowCount; r++) names.push(ws.getRow(r).getCell(column(ws, 'Họ và tên')).text);
    expect(names).toEqual(['Chọn Hai', 'Chọn Một']);
    for (const ids of ['not-a-uuid', Array.from({ length: 201 }, () => a.id).join(',')]) {
      const res = await exported(w, `withinId=${w.C1.id}&ids=${ids}`);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string; fields: { path: string[] }[] } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['ids'] }] });
    }
  });
});

describe('a LocalDate that is not a day', () => {
  it('names its field with a message in the request’s language, without graphql-js’s preamble', async () => {
    const w = await makeWorld(app.ds);
    const LIST = 'query($f: MemberFilter) { members(filter: $f) { totalCount } }';
    const fieldOf = async (bornFrom: string, lang?: 'en') => {
      const r = await app.gql(LIST, { f: { bornFrom } }, { token: w.users.COMMUNE_ADMIN.token, lang });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      return r.errors![0].extensions!.fields[0];
    };
    expect(await fieldOf('31/02/1990')).toEqual({
      path: ['f', 'bornFrom'],
      message: 'Không phải một ngày (nhập dd/mm/yyyy; API: YYYY-MM-DD).',
    });
    expect((await fieldOf('1990-02-31', 'en')).message).toBe('Not a date (type dd/mm/yyyy; API: YYYY-MM-DD).');
    expect((await fieldOf('')).message).toBe('Bắt buộc nhập.');
  });
});
