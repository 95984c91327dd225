import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/session.service.js';
import type { Context } from '../graphql/context.js';
import { langFromHeader } from '../graphql/i18n.js';

export function bearer(req: Request): string | null {
  const header = req.headers.authorization ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? m[1] : null;
}

/** The request context for GraphQL and the spreadsheet endpoints alike. */
export async function contextFor(ds: DataSource, req: Request): Promise<Context> {
  const token = bearer(req);
  return {
    user: token ? await authenticate(ds, token) : null,
    lang: langFromHeader(req.headers['accept-language']),
    ds,
    token,
    loaders: new Map(),
  };
}
