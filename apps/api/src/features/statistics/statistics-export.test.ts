import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { today } from '../../graphql/scalars.js';
import { makeMember, makeWorld, startTestApp } from '../../test/harness.js';
import { reportDay } from './statistics.http.js';

const app = await startTestApp();

const get = (path: string, token?: string) =>
  fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('GET /export/statistics.xlsx', () => {
  it('the report of a subtree in scope as a real workbook, as of the end of the year asked', async () => {
    const w = await makeWorld(app.ds);
    await makeMember(app.ds, w.C1a, {
      gender: 'FEMALE',
      ethnicity: 'Tày',
      theoryLevel: 'ELEMENTARY',
      admittedOn: '2015-03-01',
    });
    await makeMember(app.ds, w.C2a, { admittedOn: '2015-03-01' });
    await makeMember(app.ds, w.C2a, { status: 'PROBATIONARY', admittedOn: '2024-05-01' });
    const res = await get(`/export/statistics.xlsx?withinId=${w.D1.id}&year=2020`, w.users.DISTRICT_ADMIN.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('2020-12-31.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = wb.getWorksheet('Thống kê')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((r) => {
      const v = r.values as unknown[];
      rows.set(String(v[1]), v.slice(2));
    });
    expect(rows.get('Số liệu đến ngày 31/12/2020')).toEqual([]);
    expect(rows.get('Chi bộ, đảng bộ cơ sở')).toEqual([2]);
    expect(rows.get('Chi bộ trực thuộc')).toEqual([3]);
    // on 31/12/2020 the probationary member was not yet admitted
    expect(rows.get('Đảng viên')).toEqual([2]);
    expect(rows.get('Đảng viên dự bị')).toEqual([0, 0]);
    expect(rows.get('Đảng viên nữ')).toEqual([1, 0.5]);
    expect(rows.get('Đảng viên người dân tộc thiểu số')).toEqual([1, 0.5]);
    expect(rows.get('Sơ cấp')).toEqual([1, 0.5]);
    expect(rows.get('Từ 31 đến 40 tuổi')).toEqual([2, 1]); // born 1/1/1980: 40
    // this year: today
    const now = await get(`/export/statistics.xlsx?withinId=${w.D1.id}`, w.users.COMMUNE_ADMIN.token);
    expect(now.status).toBe(404);
    const mine = await get(`/export/statistics.xlsx?withinId=${w.C1.id}`, w.users.COMMUNE_ADMIN.token);
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toContain(`${today()}.xlsx`);
  });

  it('every refusal is JSON in the error model, before the first byte', async () => {
    const w = await makeWorld(app.ds);
    const token = w.users.DISTRICT_ADMIN.token;
    const cases: [string, string | undefined, number, string][] = [
      [`/export/statistics.xlsx?withinId=${w.D1.id}`, undefined, 401, 'UNAUTHENTICATED'],
      [`/export/statistics.xlsx?withinId=${w.D2.id}`, token, 404, 'NOT_FOUND'],
      ['/export/statistics.xlsx?withinId=abc', token, 404, 'NOT_FOUND'],
      ['/export/statistics.xlsx', token, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.xlsx?withinId=${w.D1.id}&year=20x0`, token, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.xlsx?withinId=${w.D1.id}&year=1929`, token, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.xlsx?withinId=${w.D1.id}&year=9999`, token, 400, 'BAD_USER_INPUT'],
      [`/export/statistics.xlsx?withinId=${w.D1.id}&year=1&year=2`, token, 400, 'BAD_USER_INPUT'],
    ];
    for (const [path, t, status, code] of cases) {
      const res = await get(path, t);
      expect([path, res.status]).toEqual([path, status]);
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe(code);
      expect(JSON.stringify(body)).not.toMatch(/at \/|\.ts:|SELECT|Error:/);
    }
  });

  it('year: 31 December of a past year, today for the current year or none', () => {
    expect(reportDay(undefined, '2026-11-26')).toBe('2026-11-26');
    expect(reportDay('2026', '2026-11-26')).toBe('2026-11-26');
    expect(reportDay('2025', '2026-11-26')).toBe('2025-12-31');
    expect(reportDay('1930', '2026-11-26')).toBe('1930-12-31');
    expect(() => reportDay('2027', '2026-11-26')).toThrow();
    expect(() => reportDay('1929', '2026-11-26')).toThrow();
  });
});
