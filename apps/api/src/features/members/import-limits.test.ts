import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeWorld, startTestApp, type World } from '../../test/harness.js';

const app = await startTestApp();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const enc = new TextEncoder();

/**
 * A minimal .xlsx whose sheet XML is streamed into the zip: the header row,
 * then `rows` rows made by `row(n)` (n from 2), deflated as they are made, so
 * that a file unpacking to hundreds of MB is built in bounded memory.
 */
function xlsxStream(rows: number, row: (n: number) => string, header = HEADER): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const small = (name: string, text: string) => {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(enc.encode(text), true);
  };
  small(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  small(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  small(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(enc.encode(`<?xml version="1.0"?><worksheet><sheetData>${header}`));
  let batch = '';
  let repeated: Uint8Array | null = null; // identical batches are encoded once
  for (let n = 2; n < rows + 2; n++) {
    batch += row(n);
    if (batch.length > 1 << 20) {
      const bytes: Uint8Array = repeated && batch.length === repeated.length ? repeated : enc.encode(batch);
      repeated = bytes;
      sheet.push(bytes);
      batch = '';
    }
  }
  sheet.push(enc.encode(`${batch}</sheetData></worksheet>`), true);
  zip.end();
  return Buffer.concat(out);
}

/** The same zip whose central directory declares `size` inflated bytes for `name` (a lying header). */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (let i = copy.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1')); i >= 0; i--) {
    if (copy.readUInt32LE(i) !== 0x02014b50) continue;
    const nameLength = copy.readUInt16LE(i + 28);
    if (copy.toString('utf8', i + 46, i + 46 + nameLength) !== name) continue;
    copy.writeUInt32LE(size, i + 24);
    return copy;
  }
  throw new Error(`no entry ${name}`);
}

/** Posts and measures the time and the process's peak RSS growth (the API runs in this process). */
async function measured(send: () => Promise<{ status: number; body: Answer }>) {
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const r = await send();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ...r, ms, growthMb: (peak - rss) / 1024 / 1024 };
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = `<row r="1">${['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Ngày vào Đảng'].map((h, i) => inline(`${'ABCDE'[i]}1`, h)).join('')}</row>`;
/** A valid data row, the same for every n (rows without `r` are numbered in order), so it compresses well. */
const person = (_n: number) =>
  `<row>${['Người Nhập', 'Nam', '01/01/1980', 'Kinh', '01/01/2005'].map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join('')}</row>`;

/** An error answer in the contract's error model. */
interface Answer {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

// Built before any request: making them blocks the event loop for seconds, which would let a
// keep-alive socket time out on the server just as the client reuses it.
const BOMB = xlsxStream(750_000, person); // 240 bytes a row: 180 MB of XML
const ROWS_50_001 = xlsxStream(50_001, person);

async function post(w: World, body: Buffer | string, opts: { org?: string; type?: string; token?: string } = {}) {
  const res = await fetch(`${app.url}/import/members?organizationId=${opts.org ?? w.C1a.id}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${opts.token ?? w.users.COMMUNE_ADMIN.token}`,
      'content-type': opts.type ?? XLSX,
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

const countIn = async (cellId: string) =>
  (await app.ds.query('SELECT count(*)::int AS n FROM member WHERE organization_id = $1', [cellId]))[0].n as number;

describe('POST /import/members refuses hostile files early, with bounded memory', () => {
  it('answers NOT_FOUND in JSON for a malformed or out-of-scope cell, before reading the file', async () => {
    const w = await makeWorld(app.ds);
    for (const org of ['abc', w.C2a.id, '00000000-0000-0000-0000-000000000000']) {
      const r = await post(w, 'not a spreadsheet at all', { org });
      expect(r.status).toBe(404);
      expect(r.body.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('refuses an xlsx zip bomb (≈180 MB of sheet XML in a small file) in seconds, memory bounded', async () => {
    const w = await makeWorld(app.ds);
    const bomb = BOMB;
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const honest = await measured(() => post(w, bomb));
    expect(honest.status).toBe(400);
    expect(honest.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'uncompressedSize' });
    expect(honest.body.errors[0].message).toMatch(/100 MB/);
    expect(honest.ms).toBeLessThan(3000);
    expect(honest.growthMb).toBeLessThan(200);
    // the same file whose directory claims 5 MB: refused once 5 MB are inflated, not at 180
    const lying = await measured(() => post(w, declareSize(bomb, 'xl/worksheets/sheet1.xml', 5 * 1024 * 1024)));
    expect(lying.status).toBe(400);
    expect(lying.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(lying.ms).toBeLessThan(3000);
    expect(lying.growthMb).toBeLessThan(200);
    console.info(
      `zip bomb ${(bomb.length / 1024).toFixed(0)} KB: honest ${honest.ms.toFixed(0)} ms +${honest.growthMb.toFixed(0)} MB RSS; lying ${lying.ms.toFixed(0)} ms +${lying.growthMb.toFixed(0)} MB RSS`,
    );
    expect(await countIn(w.C1a.id)).toBe(0);
  });

  it('stops at the 50,001st data row of an xlsx within the size cap', async () => {
    const w = await makeWorld(app.ds);
    const started = performance.now();
    const r = await post(w, ROWS_50_001);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'rows', row: 50_002 });
  });

  it('refuses an over-long cell, a value beyond column 100, and XML that would buffer whole', async () => {
    const w = await makeWorld(app.ds);
    const long = await post(
      w,
      xlsxStream(3, (n) => (n === 3 ? `<row r="3">${inline('A3', 'x'.repeat(1001))}</row>` : person(n))),
    );
    expect(long.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cellLength', row: 3 });
    const wide = await post(
      w,
      xlsxStream(1, (n) => `<row r="${n}">${inline(`CW${n}`, 'x')}</row>`),
    );
    expect(wide.body.errors[0].extensions).toMatchObject({ limit: 'columns', row: 2 });
    const cdata = await post(
      w,
      xlsxStream(1, (n) => `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>`),
    );
    expect(cdata.body.errors[0].extensions).toMatchObject({ limit: 'markup' });
    expect(await countIn(w.C1a.id)).toBe(0);
  });

  it('reads CSV as a stream with the same limits, and an unclosed quote does not buffer the file', async () => {
    const w = await makeWorld(app.ds);
    const csv = (lines: string[]) => post(w, lines.join('\n'), { type: 'text/csv' });
    const head = 'Họ và tên,Giới tính,Ngày sinh,Dân tộc,Ngày vào Đảng';
    const rows = await csv([head, ...Array.from({ length: 50_001 }, (_, i) => `N${i},Nam,01/01/1980,Kinh,01/01/2005`)]);
    expect(rows.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'rows' });
    const started = performance.now();
    const quote = await csv([head, `"${'x'.repeat(15 * 1024 * 1024)}`]);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(quote.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cellLength', row: 2 });
    const cell = await csv([head, `A,Nam,01/01/1980,${'K'.repeat(1001)},01/01/2005`]);
    expect(cell.body.errors[0].extensions).toMatchObject({ limit: 'cellLength', row: 2 });
    expect(await countIn(w.C1a.id)).toBe(0);
  });

  it('answers 413 in JSON for a body over 20 MB', async () => {
    const w = await makeWorld(app.ds);
    const r = await post(w, Buffer.alloc(21 * 1024 * 1024, 0x41), { type: 'text/csv' });
    expect(r.status).toBe(413);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'bodySize' });
  });
});
