import { requireUser } from '../../auth/scope.js';
import { cardNumbersTaken } from '../../auth/unscoped.js';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { withTransaction } from '../../graphql/transaction.js';
import { hasNul, nulInput } from '../../graphql/validation.js';
import { readCsvRows } from '../../spreadsheet/csv-rows.js';
import { limitMessage, SHEET_LIMITS, SheetLimitError, type SheetLimits } from '../../spreadsheet/limits.js';
import { type Cell, readXlsxRows } from '../../spreadsheet/xlsx-rows.js';
import { ORGANIZATION } from '../organizations/organization.service.js';
import { activeCellInScope } from './member.access.js';
import { assertCardChecksAllowed, CardClash, isCardTaken } from './member.cards.js';
import { insertMembers, type NewMember } from './member.insert.js';
import { checkRegisteredOfficialOn, checkUnderAge, registeredOfficialOn } from './member.rules.js';
import { type ColumnKey, columnOf, type ParsedRow, parseRow, type RowError } from './member.spreadsheet.js';

export type ImportFormat = 'xlsx' | 'csv';
export type Progress = (phase: 'reading' | 'checking' | 'saving', done: number, total: number) => void;

export interface ImportResult {
  imported: number;
  errors: RowError[];
}

export interface SheetRow {
  row: number;
  cells: Partial<Record<ColumnKey, unknown>>;
}

/** The upload as it arrives: its format and its body's chunks. */
export interface ImportSource {
  format: ImportFormat;
  chunks: AsyncIterable<Buffer>;
}

/**
 * The data rows of the first sheet, keyed by the columns named in row 1, read
 * as a stream and refused at the first limit (SheetLimitError).
 */
export async function readSheet(source: ImportSource, limits: SheetLimits = SHEET_LIMITS): Promise<SheetRow[]> {
  const keys = new Map<number, ColumnKey>();
  const rows: SheetRow[] = [];
  const onRow = (row: number, cells: Map<number, Cell>) => {
    if (row === 1) {
      for (const [col, v] of cells) {
        const key = columnOf(String(v));
        if (key) keys.set(col, key);
      }
      return;
    }
    const keyed: Partial<Record<ColumnKey, unknown>> = {};
    let any = false;
    for (const [col, key] of keys) {
      const v = cells.get(col);
      if (v === undefined) continue;
      keyed[key] = refuseNulCell(v, row, key);
      any = true;
    }
    if (any) rows.push({ row, cells: keyed });
  };
  if (source.format === 'csv') await readCsvRows(source.chunks, limits, onRow);
  else {
    const chunks: Buffer[] = [];
    for await (const chunk of source.chunks) chunks.push(chunk);
    await readXlsxRows(Buffer.concat(chunks), limits, onRow);
  }
  return rows;
}

/** A cell holding a NUL character (PostgreSQL's text cannot store it) refuses the file: BAD_USER_INPUT naming the cell. */
function refuseNulCell(value: unknown, row: number, key: ColumnKey): unknown {
  if (typeof value === 'string' && hasNul(value)) throw nulInput([['file', String(row), key]]);
  return value;
}

/** Rows saved a statement: 1,000 rows × 22 columns stay within PostgreSQL's 65,535 parameters. */
const IMPORT_BATCH = 1_000;

/** The file's card numbers that may clash (the held ones are audited and throttled after the rollback). */
const cardClash = (candidates: string[]) => new CardClash('importMembers', candidates, ['file', 'cardNumber']);

/**
 * The import's target, checked before a byte of the file is read: an active
 * cell in the caller's scope; a malformed or out-of-scope id is NOT_FOUND.
 */
export async function checkImportTarget(ctx: Context, organizationId: string): Promise<void> {
  requireUser(ctx);
  if (!isUuid(organizationId)) throw notFound(ORGANIZATION);
  await withTransaction(ctx, () => activeCellInScope(ctx, organizationId));
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
  source: ImportSource,
  progress: Progress,
): Promise<ImportResult> {
  requireUser(ctx);
  const lang = ctx.lang;
  let sheet: SheetRow[];
  try {
    sheet = await readSheet(source);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if (e instanceof SheetLimitError) {
      const message = limitMessage(e, lang);
      throw new AppError('BAD_USER_INPUT', message, {
        fields: [{ path: ['file'], message }],
        limit: e.limit,
        max: e.max,
        ...(e.row ? { row: e.row } : {}),
      });
    }
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
      if (underAge) errors.push({ row, field: ageField, message: `${underAge.message[lang]} (${underAge.source})` });
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
  if (cards.size) await assertCardChecksAllowed(ctx);
  const fileCards = [...cards.keys()];
  let imported = 0;
  try {
    await withTransaction(ctx, async () => {
      const org = await activeCellInScope(ctx, organizationId);
      // card numbers are checked in the import's transaction; a concurrent import that takes one
      // first surfaces as a unique violation at insert, which becomes the same clash
      const taken = await cardNumbersTaken(ctx, fileCards);
      if (taken.size) throw cardClash([...taken]);
      if (errors.length) return;
      const rows: NewMember[] = parsed.map((p) => ({
        action: 'importMembers',
        org,
        person: p.person,
        status: p.status,
        dates: p,
        officialOn: registeredOfficialOn(p.status, p, p.officialOn),
        note: `import, row ${p.row}`,
        cardPath: ['file', String(p.row), 'cardNumber'],
      }));
      // a batch a statement (the rows, their events, their audit entries), each batch's rollups once
      progress('saving', 0, rows.length);
      for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
        const batch = rows.slice(i, i + IMPORT_BATCH);
        await insertMembers(ctx, batch).catch((e) => {
          throw isCardTaken(e) ? cardClash(fileCards) : e;
        });
        imported += batch.length;
        progress('saving', imported, rows.length);
      }
    });
  } catch (e) {
    if (!(e instanceof CardClash)) throw e; // TOO_MANY_REQUESTS past the clash limit, or unexpected
    for (const card of e.held.length ? e.held : e.cards.slice(0, 1))
      errors.push({
        row: cards.get(card)!,
        field: 'cardNumber',
        message: lang === 'en' ? `Card number ${card} is already in use.` : `Số thẻ ${card} đã được dùng.`,
      });
  }
  if (errors.length) return { imported: 0, errors: errors.sort((a, b) => a.row - b.row) };
  return { imported, errors: [] };
}
