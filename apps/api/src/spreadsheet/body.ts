import type { IncomingMessage } from 'node:http';
import { SheetLimitError } from './limits.js';

/**
 * The request body as it arrives, refused (SheetLimitError 'bodySize') as
 * soon as it declares or sends more than `max` bytes.
 */
export async function* bodyChunks(req: IncomingMessage, max: number): AsyncGenerator<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max) throw new SheetLimitError('bodySize', max);
  let total = 0;
  // not destroyed on an early stop: the socket must still carry the answer
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > max) throw new SheetLimitError('bodySize', max);
    yield chunk;
  }
}

/** The whole body in memory, within `max` bytes (an .xlsx is a zip: read from its end). */
export async function bodyBuffer(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of bodyChunks(req, max)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
