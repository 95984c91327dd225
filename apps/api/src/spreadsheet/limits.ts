import { type MessageKey, t } from '../graphql/i18n.js';

/**
 * Limits on an uploaded spreadsheet. A file is read as a stream and refused at
 * the first limit it crosses, so neither its size nor what it inflates to can
 * hold the process: the request body, the zip's entries and their inflated
 * bytes, the rows, the columns and the length of one cell are all bounded.
 */
export interface SheetLimits {
  /** Bytes of the request body (the .xlsx or .csv as sent). */
  maxBodyBytes: number;
  /** Entries in the .xlsx zip's central directory. */
  maxEntries: number;
  /** Inflated bytes of the parts read (workbook, relations, styles, shared strings, the first sheet), declared and actual. */
  maxUncompressedBytes: number;
  /** Data rows, below the header row. */
  maxRows: number;
  /** The rightmost column that may hold a value. */
  maxColumns: number;
  /** Characters in one cell. */
  maxCellLength: number;
  /** Shared strings of an .xlsx. */
  maxSharedStrings: number;
  /** Bytes of XML between two '<' (one text or one tag): what the XML parser may buffer at once. */
  maxMarkupRun: number;
}

export const SHEET_LIMITS: SheetLimits = {
  maxBodyBytes: 20 * 1024 * 1024,
  maxEntries: 1_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 100,
  maxCellLength: 1_000,
  maxSharedStrings: 1_000_000,
  maxMarkupRun: 64 * 1024,
};

export type LimitKind =
  | 'bodySize'
  | 'entries'
  | 'uncompressedSize'
  | 'rows'
  | 'columns'
  | 'cellLength'
  | 'sharedStrings'
  | 'markup';

/** The file crossed a limit; `row` is the spreadsheet row where it did, when there is one. */
export class SheetLimitError extends Error {
  constructor(
    readonly limit: LimitKind,
    readonly max: number,
    readonly row?: number,
  ) {
    super(`spreadsheet limit ${limit} (${max})${row ? ` at row ${row}` : ''}`);
  }
}

const MB = 1024 * 1024;
const KEYS: Record<LimitKind, MessageKey> = {
  bodySize: 'sheetBodySize',
  entries: 'sheetEntries',
  uncompressedSize: 'sheetUncompressedSize',
  rows: 'sheetRows',
  columns: 'sheetColumns',
  cellLength: 'sheetCellLength',
  sharedStrings: 'sheetSharedStrings',
  markup: 'sheetMarkup',
};

/** The limit's message in the request's language. */
export function limitMessage(e: SheetLimitError, lang: 'vi' | 'en'): string {
  const inMb = e.limit === 'bodySize' || e.limit === 'uncompressedSize';
  const max = (inMb ? e.max / MB : e.max).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return t(KEYS[e.limit], { max, row: e.row ?? '' }, lang);
}
