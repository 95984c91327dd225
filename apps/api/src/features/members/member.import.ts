import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { activeCellInScope } from './member.access.js';
import { checkRegisteredOfficialOn, checkUnderAge, registeredOfficialOn } from './member.rules.js';
import { insertMember } from './member.service.js';
import { type ColumnKey, columnOf, type ParsedRow, parseRow, type RowError } from './member.spreadsheet.js';

export type ImportFormat = 'xlsx' | 'csv';
export type Progress = (phase: 'reading' | 'checking' | 'saving', done: number, total: number) => void;

export interface ImportResult {
  imported: number;
  errors: RowError[];
}

/** The data rows of the first sheet, keyed by column, with their spreadsheet row numbers. */
export async function readSheet(
  body: Buffer,
  format: ImportFormat,
): Promise<{ row: number; cells: Partial<Record<ColumnKey, unknown>> }[]> {
  const wb = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  if (format === 'xlsx') {
    await wb.xlsx.load(body as never);
    sheet = wb.worksheets[0];
  } else {
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    const header = text.split('\n')[0];
    const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
    sheet = await wb.csv.read(Readable.from(text), { parserOptions: { delimiter } } as never);
  }
  if (!sheet) return [];
  const headerRow = sheet.getRow(1);
  const keys = new Map<number, ColumnKey>();
  headerRow.eachCell((cell, col) => {
    const key = columnOf(String(cell.text ?? cell.value ?? ''));
    if (key) keys.set(col, key);
  });
  const rows: { row: number; cells: Partial<Record<ColumnKey, unknown>> }[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Partial<Record<ColumnKey, unknown>> = {};
    let any = false;
    r.eachCell((cell, col) => {
      const key = keys.get(col);
      if (!key) return;
      const v = cell.value;
      cells[key] = v instanceof Date ? v : (cell.text ?? v);
      if (String(cells[key] ?? '').trim()) any = true;
    });
    if (any) rows.push({ row: n, cells });
  });
  return rows;
}

const FILE_ERRORS = {
  noRows: {
    vi: 'Tệp không có dòng dữ liệu nào (dòng 1 là tiêu đề cột).',
    en: 'The file has no data rows (row 1 holds the headers).',
  },
  noName: {
    vi: 'Không tìm thấy cột "Họ và tên" ở dòng tiêu đề.',
    en: 'No "Họ và tên" (full name) column in the header row.',
  },
  unreadable: {
    vi: 'Không đọc được tệp: cần .xlsx hoặc .csv.',
    en: 'The file cannot be read: an .xlsx or .csv is needed.',
  },
};

/**
 * Imports members into one cell: every row valid and saved, or nothing saved
 * and each bad row listed with its number, field and message.
 */
export async function importMembers(
  ctx: Context,
  organizationId: string,
  body: Buffer,
  format: ImportFormat,
  progress: Progress,
): Promise<ImportResult> {
  requireUser(ctx);
  const lang = ctx.lang;
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(body, format);
  } catch {
    throw new AppError('BAD_USER_INPUT', FILE_ERRORS.unreadable[lang], {
      fields: [{ path: ['file'], message: FILE_ERRORS.unreadable[lang] }],
    });
  }
  progress('reading', sheet.length, sheet.length);
  if (!sheet.length) return { imported: 0, errors: [{ row: 1, field: 'file', message: FILE_ERRORS.noRows[lang] }] };
  if (!sheet.some((r) => 'fullName' in r.cells))
    return { imported: 0, errors: [{ row: 1, field: 'fullName', message: FILE_ERRORS.noName[lang] }] };
  const errors: RowError[] = [];
  const parsed: ParsedRow[] = [];
  const cards = new Map<string, number>();
  const now = today();
  sheet.forEach(({ row, cells }, i) => {
    const r = parseRow(row, cells, lang);
    if ('errors' in r) errors.push(...r.errors);
    else {
      const p = r.ok;
      const e = (field: string, vi: string, en: string) =>
        errors.push({ row, field, message: lang === 'en' ? en : vi });
      if (p.person.dateOfBirth > now) e('dateOfBirth', 'Ngày sinh sau hôm nay.', 'Birth date after today.');
      if (p.admittedOn > now) e('admittedOn', 'Ngày vào Đảng sau hôm nay.', 'Admission date after today.');
      if (p.cellVoteOn && p.cellVoteOn > p.admittedOn)
        e('cellVoteOn', 'Ngày chi bộ xét kết nạp sau ngày vào Đảng.', 'The cell vote comes after the admission.');
      if (p.ceremonyOn && (p.ceremonyOn < p.admittedOn || p.ceremonyOn > now))
        e(
          'ceremonyOn',
          'Ngày lễ kết nạp trước ngày vào Đảng hoặc sau hôm nay.',
          'Ceremony before the admission or after today.',
        );
      const underAge = checkUnderAge(p.person.dateOfBirth, p.cellVoteOn ?? p.admittedOn);
      const ageField = p.cellVoteOn ? 'cellVoteOn' : 'admittedOn';
      if (underAge) errors.push({ row, field: ageField, message: `${underAge.message[lang]} [${underAge.rule}]` });
      const official = checkRegisteredOfficialOn(p.status, p, p.officialOn);
      if (official) errors.push({ row, field: official.field, message: official.message[lang] });
      const card = p.person.cardNumber;
      if (card) {
        if (cards.has(card))
          e('cardNumber', `Số thẻ trùng với dòng ${cards.get(card)}.`, `Card number repeats row ${cards.get(card)}.`);
        else cards.set(card, row);
      }
      parsed.push(p);
    }
    if (i % 200 === 0) progress('checking', i + 1, sheet.length);
  });
  progress('checking', sheet.length, sheet.length);
  if (cards.size) {
    const taken: { card_number: string }[] = await db(ctx).query(
      'SELECT card_number FROM member WHERE card_number = ANY($1::text[])',
      [[...cards.keys()]],
    );
    for (const t of taken)
      errors.push({
        row: cards.get(t.card_number)!,
        field: 'cardNumber',
        message:
          lang === 'en' ? `Card number ${t.card_number} is already in use.` : `Số thẻ ${t.card_number} đã được dùng.`,
      });
  }
  if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  let imported = 0;
  await withTransaction(ctx, async () => {
    const org = await activeCellInScope(ctx, organizationId);
    for (const p of parsed) {
      await insertMember(ctx, {
        action: 'importMembers',
        org,
        person: p.person,
        status: p.status,
        dates: p,
        officialOn: registeredOfficialOn(p.status, p, p.officialOn),
        note: `import, row ${p.row}`,
        cardPath: ['file', String(p.row), 'cardNumber'],
      });
      imported++;
      if (imported % 50 === 0 || imported === parsed.length) progress('saving', imported, parsed.length);
    }
  });
  return { imported, errors: [] };
}
