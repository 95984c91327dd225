import { can, type Permission } from '@dangvu/schema';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/session.service.js';
import type { Context } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { langFromHeader, t } from '../graphql/i18n.js';

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

/** The context of a request to a spreadsheet route: UNAUTHENTICATED without a session, FORBIDDEN without the permission. */
export async function authorised(ds: DataSource, req: Request, permission: Permission): Promise<Context> {
  const ctx = await contextFor(ds, req);
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', t('unauthenticated'));
  if (!can(ctx.user.role, permission)) throw new AppError('FORBIDDEN', t('forbidden'));
  return ctx;
}
