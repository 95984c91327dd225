import { SheetLimitError } from './limits.js';

const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * Bounds what a streaming XML parser may buffer, by looking at the raw bytes
 * before they reach it: no stretch without a '<' longer than `maxRun` (so no
 * text node and no tag is longer), and no comment, CDATA section, DOCTYPE or
 * processing instruction after the XML declaration (the parser would buffer
 * those whole, whatever '<' they contain). Spreadsheet XML has none of them.
 */
export class MarkupGuard {
  private run = 0;
  private seenTag = false;
  private afterLt = false;

  constructor(private readonly maxRun: number) {}

  check(chunk: Uint8Array): void {
    let from = 0;
    if (this.afterLt && chunk.length) {
      this.checkOpening(chunk[0]);
      this.afterLt = false;
    }
    for (;;) {
      const i = chunk.indexOf(LT, from);
      const end = i < 0 ? chunk.length : i;
      this.run += end - from;
      if (this.run > this.maxRun) throw new SheetLimitError('markup', this.maxRun);
      if (i < 0) return;
      this.run = 0;
      if (i + 1 < chunk.length) this.checkOpening(chunk[i + 1]);
      else this.afterLt = true;
      from = i + 1;
    }
  }

  private checkOpening(next: number): void {
    const first = !this.seenTag;
    this.seenTag = true;
    if (next === BANG || (next === QUESTION && !first)) throw new SheetLimitError('markup', this.maxRun);
  }
}
