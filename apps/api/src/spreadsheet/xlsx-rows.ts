import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SheetLimitError, type SheetLimits } from './limits.js';
import { MarkupGuard } from './xml-guard.js';

/** A cell's value: its text, or a Date for a number shown with a date format. */
export type Cell = string | Date;
/** One row that holds a value: its spreadsheet number and its non-empty cells by column (1 = A). */
export type OnRow = (row: number, cells: Map<number, Cell>) => void;

interface Handlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams one part of the zip through saxes. What it inflates counts against
 * the budget, declared size first (refused before a byte is inflated) and then
 * byte by byte (yauzl also refuses an entry longer than it declares).
 */
class Parts {
  private declared = 0;
  constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: SheetLimits,
  ) {}

  has(path: string): boolean {
    return this.entries.has(path);
  }

  async parse(path: string, h: Handlers): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) throw new Error(`missing part ${path}`);
    const max = this.limits.maxUncompressedBytes;
    this.declared += entry.uncompressedSize;
    if (this.declared > max) throw new SheetLimitError('uncompressedSize', max);
    const parser = new SaxesParser({ xmlns: false });
    if (h.open) parser.on('opentag', (t) => h.open!(local(t.name), t.attributes as Record<string, string>));
    if (h.close) parser.on('closetag', (t) => h.close!(local(t.name)));
    if (h.text) parser.on('text', h.text);
    const guard = new MarkupGuard(this.limits.maxMarkupRun);
    const decoder = new TextDecoder();
    const stream: Readable = await this.zip.openReadStreamPromise(entry);
    let inflated = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > entry.uncompressedSize) throw new SheetLimitError('uncompressedSize', max);
        guard.check(chunk);
        parser.write(decoder.decode(chunk, { stream: true }));
      }
      parser.write(decoder.decode());
      parser.close();
    } finally {
      stream.destroy();
    }
  }
}

/** Excel's built-in number formats that show a date or time. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);
const MAX_STYLES = 65_536;

function isDateFormat(id: number, custom: Map<number, string>): boolean {
  if (BUILTIN_DATE_FORMATS.has(id)) return true;
  const code = custom.get(id);
  return code ? /[dmyhs]/i.test(code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '')) : false;
}

/** The column number of a cell reference (A1 → 1, AB7 → 28); beyond XFD (3 letters) → Infinity. */
function columnOf(ref: string): number {
  const letters = /^[A-Za-z]*/.exec(ref)![0].toUpperCase();
  if (!letters || letters.length > 3) return letters ? Number.POSITIVE_INFINITY : 0;
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function resolve(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The workbook's first sheet, shared strings and styles, as zip paths, and its date system. */
async function workbook(parts: Parts) {
  let firstSheet: string | null = null;
  let date1904 = false;
  await parts.parse('xl/workbook.xml', {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet' && firstSheet === null)
        firstSheet = Object.entries(a).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? '';
    },
  });
  const rels = new Map<string, { target: string; type: string }>();
  if (parts.has('xl/_rels/workbook.xml.rels'))
    await parts.parse('xl/_rels/workbook.xml.rels', {
      open(name, a) {
        if (name === 'Relationship' && rels.size < 10_000)
          rels.set(a.Id, { target: resolve(a.Target ?? ''), type: a.Type ?? '' });
      },
    });
  const byType = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const sheet = (firstSheet !== null ? rels.get(firstSheet)?.target : undefined) ?? 'xl/worksheets/sheet1.xml';
  return {
    sheet,
    sharedStrings: byType('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: byType('/styles', 'xl/styles.xml'),
    date1904,
  };
}

/** The indexes of the cell formats (cellXfs) that show dates. */
async function dateStyles(parts: Parts, path: string): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  if (parts.has(path))
    await parts.parse(path, {
      open(name, a) {
        if (name === 'numFmt' && custom.size < MAX_STYLES) custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs && xfs.length < MAX_STYLES) xfs.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    });
  const dates = new Set<number>();
  xfs.forEach((id, i) => {
    if (isDateFormat(id, custom)) dates.add(i);
  });
  return dates;
}

/** Collects the text of `<t>` elements outside phonetic runs, within a bounded length. */
class TextCollector {
  value = '';
  private inT = false;
  private inPhonetic = false;
  constructor(private readonly max: number) {}
  open(name: string) {
    if (name === 't' && !this.inPhonetic) this.inT = true;
    else if (name === 'rPh') this.inPhonetic = true;
  }
  close(name: string) {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inPhonetic = false;
  }
  add(text: string, row?: number) {
    if (!this.inT) return;
    this.value += text;
    if (this.value.length > this.max) throw new SheetLimitError('cellLength', this.max, row);
  }
}

async function sharedStrings(parts: Parts, path: string, limits: SheetLimits): Promise<string[]> {
  const strings: string[] = [];
  if (!parts.has(path)) return strings;
  const t = new TextCollector(limits.maxCellLength);
  await parts.parse(path, {
    open(name) {
      if (name === 'si') t.value = '';
      t.open(name);
    },
    close(name) {
      t.close(name);
      if (name !== 'si') return;
      strings.push(t.value);
      if (strings.length > limits.maxSharedStrings) throw new SheetLimitError('sharedStrings', limits.maxSharedStrings);
    },
    text: (s) => t.add(s),
  });
  return strings;
}

/**
 * Reads the first sheet of an .xlsx row by row, never holding more than one
 * row, and refuses it at the first limit crossed (SheetLimitError). Other
 * errors mean the file is not a readable .xlsx.
 */
export async function readXlsxRows(body: Buffer, limits: SheetLimits, onRow: OnRow): Promise<void> {
  const zip = await yauzl.fromBufferPromise(body, { lazyEntries: true, validateEntrySizes: true });
  try {
    const entries = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) {
      if (entries.size >= limits.maxEntries) throw new SheetLimitError('entries', limits.maxEntries);
      entries.set(entry.fileName, entry);
    }
    const parts = new Parts(zip, entries, limits);
    const book = await workbook(parts);
    const dates = await dateStyles(parts, book.styles);
    const shared = await sharedStrings(parts, book.sharedStrings, limits);
    const epoch = book.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const cellValue = (type: string, raw: string, style: number): Cell => {
      if (type === 's') return shared[Number(raw)] ?? '';
      if (type === 'b') return raw.trim() === '1' ? 'TRUE' : 'FALSE';
      if (type === 'd') {
        const d = new Date(raw);
        return Number.isNaN(d.getTime()) ? raw : d;
      }
      const n = Number(raw);
      if ((type === 'n' || type === '') && raw.trim() && Number.isFinite(n) && dates.has(style))
        return new Date(epoch + Math.round(n * 86_400_000));
      return raw;
    };
    let rowNumber = 0;
    let rows = 0;
    let cells = new Map<number, Cell>();
    let col = 0;
    let type = '';
    let style = 0;
    let inV = false;
    let v = '';
    const inline = new TextCollector(limits.maxCellLength);
    await parts.parse(book.sheet, {
      open(name, a) {
        if (name === 'row') {
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          cells = new Map();
          col = 0;
        } else if (name === 'c') {
          col = a.r ? columnOf(a.r) : col + 1;
          type = a.t ?? '';
          style = Number(a.s ?? 0);
          v = '';
          inline.value = '';
        } else if (name === 'v') inV = true;
        else inline.open(name);
      },
      close(name) {
        if (name === 'v') inV = false;
        else if (name === 'c') {
          const value = cellValue(type, type === 'inlineStr' ? inline.value : v, style);
          if (typeof value === 'string' && !value.trim()) return;
          if (col > limits.maxColumns) throw new SheetLimitError('columns', limits.maxColumns, rowNumber);
          cells.set(col, value);
        } else if (name === 'row') {
          if (!cells.size) return;
          if (++rows > limits.maxRows + 1) throw new SheetLimitError('rows', limits.maxRows, rowNumber);
          onRow(rowNumber, cells);
        } else inline.close(name);
      },
      text(s) {
        if (inV) {
          v += s;
          if (v.length > limits.maxCellLength) throw new SheetLimitError('cellLength', limits.maxCellLength, rowNumber);
        } else inline.add(s, rowNumber);
      },
    });
  } finally {
    zip.close();
  }
}
