import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { Rng } from '../demo/random.js';
import { BAD_DATES, fuzzString, type IdPool } from './values.js';

export interface HttpRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const HEADER = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Trạng thái', 'Ngày vào Đảng', 'Số thẻ đảng viên'];

function q(params: Record<string, string>): string {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : '';
}

/** A member row for a spreadsheet: valid, partly wrong, or hostile. */
function memberRow(r: Rng): string[] {
  const good = [
    `Nông Văn ${r.int(1, 999)}`,
    r.pick(['Nam', 'Nữ']),
    `${r.int(10, 28)}/0${r.int(1, 9)}/19${r.int(50, 99)}`,
    'Tày',
    'Đảng viên chính thức',
    `${r.int(10, 28)}/0${r.int(1, 9)}/20${r.int(10, 20)}`,
    r.chance(0.5) ? String(r.int(10_000_000, 99_999_999)) : '',
  ];
  return good.map((v) => (r.chance(0.15) ? fuzzString(r).slice(0, 2000) : v));
}

function csv(rows: string[][], sep = ','): string {
  return rows
    .map((row) => row.map((c) => (/[",\n;]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(sep))
    .join('\n');
}

/** A file for /import/members: CSV or xlsx, valid or broken. */
export async function importFile(r: Rng): Promise<{ body: Buffer; type: string }> {
  const rows = [HEADER, ...Array.from({ length: r.int(0, 12) }, () => memberRow(r))];
  switch (r.int(0, 6)) {
    case 0:
      return { body: Buffer.from(csv(rows)), type: 'text/csv' };
    case 1:
      return { body: Buffer.from(`\uFEFF${csv(rows, ';')}`), type: 'text/csv; charset=utf-8' };
    case 2: {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      for (const row of rows) ws.addRow(row);
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      // sometimes truncated or with flipped bytes
      if (r.chance(0.3)) return { body: buf.subarray(0, r.int(0, buf.length)), type: 'application/octet-stream' };
      if (r.chance(0.3)) for (let i = 0; i < 20; i++) buf[r.int(0, buf.length - 1)] = r.int(0, 255);
      return { body: buf, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
    }
    case 3:
      return {
        body: Buffer.from(Array.from({ length: r.int(0, 4096) }, () => r.int(0, 255))),
        type: 'application/octet-stream',
      };
    case 4:
      return { body: Buffer.from('PK\u0003\u0004garbage'), type: 'application/vnd.ms-excel' };
    case 5:
      return {
        body: Buffer.from(
          csv([
            ['x', 'y'],
            ['1', '2'],
          ]),
        ),
        type: 'text/csv',
      };
    default:
      return { body: Buffer.alloc(0), type: 'text/csv' };
  }
}

/** Malformed HTTP requests to /graphql: broken bodies, encodings, methods and documents. */
export function malformedGraphql(r: Rng): HttpRequest {
  const post = (kind: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE): HttpRequest => ({
    kind,
    method: 'POST',
    path: '/graphql',
    headers,
    body,
  });
  const levels = r.int(10, 32);
  const bomb = `{ roots { ...F0 } } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Organization { id }`;
  switch (r.int(0, 21)) {
    case 0:
      return post('bad-json', '{bad');
    case 1:
      return post('nul-json', '{"query":"{ me { id } }"}\u0000');
    case 2:
      return post('bogus-encoding', '{}', { ...JSON_TYPE, 'content-encoding': 'bogus' });
    case 3:
      return post('utf16', '{}', { 'content-type': 'application/json; charset=utf-16' });
    case 4:
      return post('gzip', gzipSync(Buffer.from(JSON.stringify({ query: '{ __typename }' }))), {
        ...JSON_TYPE,
        'content-encoding': 'gzip',
      });
    case 5:
      return post('bad-gzip', Buffer.from('not gzip'), { ...JSON_TYPE, 'content-encoding': 'gzip' });
    case 6:
      return post('too-large', JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(2_200_000) } }));
    case 7:
      return post('fragment-bomb', JSON.stringify({ query: bomb }));
    case 8:
      return post(
        'deep',
        JSON.stringify({ query: `{ roots ${'{ children '.repeat(r.int(10, 200))}{ id }${' }'.repeat(0)}` }),
      );
    case 9:
      return post(
        'aliases',
        JSON.stringify({
          query: `{ ${Array.from({ length: r.int(40, 400) }, (_, i) => `a${i}: __typename`).join(' ')} }`,
        }),
      );
    case 10:
      return post('subscription', JSON.stringify({ query: 'subscription { me { id } }' }));
    case 11:
      return post(
        'persisted',
        JSON.stringify(
          r.pick([
            { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
            { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
            { extensions: { persistedQuery: { version: 2 } } },
            { extensions: { persistedQuery: 'x' } },
          ]),
        ),
      );
    case 12:
      return post('batch', JSON.stringify([{ query: '{ __typename }' }, { query: '{ me { id } }' }]));
    case 13:
      return post('not-object', JSON.stringify(r.pick(['x', 1, null, true, { query: 1 }, { variables: 'x' }])));
    case 14:
      return post('text-plain', 'query=%7B__typename%7D', { 'content-type': 'text/plain' });
    case 15:
      return {
        kind: 'get-mutation',
        method: 'GET',
        path: `/graphql${q({ query: 'mutation { logout }' })}`,
        headers: { 'apollo-require-preflight': '1' },
      };
    case 16:
      return {
        kind: 'get',
        method: 'GET',
        path: `/graphql${q({ query: '{ roots { id name } }', variables: fuzzString(r) })}`,
        headers: { 'apollo-require-preflight': '1' },
      };
    case 17:
      return {
        kind: 'method',
        method: r.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']),
        path: '/graphql',
        headers: JSON_TYPE,
        body: '{}',
      };
    case 18:
      return post('syntax', JSON.stringify({ query: fuzzString(r) }));
    case 19:
      return post(
        'introspection',
        JSON.stringify({ query: '{ __schema { types { name fields { name args { name } } } } }' }),
      );
    case 20:
      return post(
        'directives',
        JSON.stringify({ query: `{ me @skip(if: "x") { id } roots @include(if: $v) { id } }` }),
      );
    default:
      return post('empty', '');
  }
}

/** The other routes: health, spreadsheets, the admin app, unknown paths. */
export async function routeRequest(r: Rng, ids: IdPool): Promise<HttpRequest> {
  switch (r.int(0, 7)) {
    case 0:
      return { kind: 'health', method: 'GET', path: r.pick(['/healthz', '/readyz']), headers: {} };
    case 2: {
      // the statistics report of a subtree, or of ids and years that name nothing
      const params: Record<string, string> = {};
      if (r.chance(0.8)) params.withinId = r.chance(0.8) ? ids.pick(r) : fuzzString(r).slice(0, 200);
      if (r.chance(0.6)) params.year = r.pick(['2024', '1929', '9999', 'abc', '', fuzzString(r).slice(0, 50)]);
      return { kind: 'statistics', method: 'GET', path: `/export/statistics.xlsx${q(params)}`, headers: {} };
    }
    case 1: {
      // a whole-province export takes a second or more: most exports name a subtree
      const params: Record<string, string> = r.chance(0.6) ? { withinId: ids.pick(r) } : {};
      const keys = [
        'withinId',
        'statuses',
        'genders',
        'ethnicities',
        'theoryLevels',
        'admittedFrom',
        'admittedTo',
        'bornFrom',
        'bornTo',
        'search',
      ];
      for (const k of keys)
        if (!(k in params) && r.chance(0.3))
          params[k] =
            k === 'withinId'
              ? ids.pick(r)
              : k.endsWith('From') || k.endsWith('To')
                ? r.pick([...BAD_DATES, '2000-01-01'])
                : k === 'statuses'
                  ? r.pick(['OFFICIAL', 'X', 'OFFICIAL,PROBATIONARY'])
                  : fuzzString(r).slice(0, 200);
      return { kind: 'export', method: 'GET', path: `/export/members.xlsx${q(params)}`, headers: {} };
    }
    case 3:
    case 4: {
      const file = await importFile(r);
      const params: Record<string, string> = {};
      if (r.chance(0.9)) params.organizationId = ids.pick(r);
      if (r.chance(0.2)) params.filename = r.pick(['a.csv', 'a.xlsx', '../x', 'a\u0000.csv']);
      return {
        kind: 'import',
        method: 'POST',
        path: `/import/members${q(params)}`,
        headers: { 'content-type': file.type, ...(r.chance(0.2) ? { accept: 'application/x-ndjson' } : {}) },
        body: file.body,
      };
    }
    case 5:
      return {
        kind: 'import-bad-body',
        method: 'POST',
        path: `/import/members?organizationId=${ids.pick(r)}`,
        headers: r.pick<Record<string, string>>([
          { 'content-encoding': 'bogus' },
          { 'content-encoding': 'gzip' },
          { 'content-type': 'text/csv; charset=utf-16' },
        ]),
        body: 'x',
      };
    case 6:
      return {
        kind: 'unknown-route',
        method: r.pick(['GET', 'POST', 'PUT', 'DELETE']),
        path: r.pick([
          '/api',
          '/api/members',
          '/graphqlx',
          '/graphql/x',
          '/export/x.xlsx',
          '/import',
          '/%00',
          '/..%2f..%2fetc%2fpasswd',
          '/export/statistics.xlsx?year=abc',
          '/import/members/x',
        ]),
        headers: {},
      };
    default:
      return {
        kind: 'static',
        method: 'GET',
        path: r.pick(['/', '/index.html', '/members', '/assets/nothing.js', '/playground']),
        headers: {},
      };
  }
}
