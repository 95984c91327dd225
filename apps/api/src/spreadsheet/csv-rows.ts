import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { SheetLimitError, type SheetLimits } from './limits.js';
import type { Cell, OnRow } from './xlsx-rows.js';

const NEWLINE = 0x0a;
const HEAD_BYTES = 64 * 1024;

/**
 * Reads a .csv (UTF-8, with or without BOM; comma-separated, or
 * semicolon-separated when the header line has semicolons and no comma) row
 * by row with csv-parse, whose record size bound keeps an unclosed quote from
 * buffering the file, and refuses it at the first limit crossed.
 */
export async function readCsvRows(input: AsyncIterable<Buffer>, limits: SheetLimits, onRow: OnRow): Promise<void> {
  const it = input[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let ended = false;
  while (!head.includes(NEWLINE) && head.length < HEAD_BYTES) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head = Buffer.concat([head, next.value]);
  }
  const nl = head.indexOf(NEWLINE);
  const header = head.subarray(0, nl < 0 ? head.length : nl).toString('utf8');
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  async function* source() {
    yield head;
    while (!ended) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: limits.maxColumns * (limits.maxCellLength + 3),
  });
  const src = Readable.from(source());
  src.on('error', (e) => parser.destroy(e));
  src.pipe(parser);
  let row = 0;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      const cells = new Map<number, Cell>();
      record.forEach((value, i) => {
        if (!value.trim()) return;
        if (i >= limits.maxColumns) throw new SheetLimitError('columns', limits.maxColumns, row);
        if (value.length > limits.maxCellLength) throw new SheetLimitError('cellLength', limits.maxCellLength, row);
        cells.set(i + 1, value);
      });
      if (!cells.size) continue;
      if (++rows > limits.maxRows + 1) throw new SheetLimitError('rows', limits.maxRows, row);
      onRow(row, cells);
    }
  } catch (e) {
    if (e instanceof CsvError && e.code === 'CSV_MAX_RECORD_SIZE')
      throw new SheetLimitError('cellLength', limits.maxCellLength, row + 1);
    throw e;
  } finally {
    src.destroy();
  }
}
