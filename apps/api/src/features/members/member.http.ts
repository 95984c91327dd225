import { can, type Permission } from '@dangvu/schema';
import { type Request, type Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { t } from '../../graphql/i18n.js';
import { contextFor } from '../../http/context.js';
import { bodyChunks } from '../../spreadsheet/body.js';
import { SHEET_LIMITS } from '../../spreadsheet/limits.js';
import { exportMembers } from './member.export.js';
import { checkImportTarget, type ImportFormat, importMembers } from './member.import.js';
import type { MemberFilter } from './member.inputs.js';
import { filteredMembers } from './member.service.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  TOO_MANY_REQUESTS: 429,
};

/** An error as the contract's error model: `{ errors: [{ message, extensions: { code, … } }] }`. */
function errorBody(e: unknown, log: (e: unknown) => void) {
  if (e instanceof AppError) return { errors: [{ message: e.message, extensions: e.extensions }] };
  log(e);
  return { errors: [{ message: t('internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
}

function statusOf(e: unknown): number {
  if (!(e instanceof AppError)) return 500;
  if (e.extensions.limit === 'bodySize') return 413;
  return STATUS[String(e.extensions.code)] ?? 400;
}

function sendError(req: Request, res: Response, e: unknown, log: (e: unknown) => void) {
  // a refused upload is not read further: the connection closes after the answer
  if (!req.complete) res.setHeader('Connection', 'close');
  const retry = e instanceof AppError ? e.extensions.retryAfterSeconds : undefined;
  if (typeof retry === 'number') res.setHeader('Retry-After', String(retry));
  res.status(statusOf(e)).json(errorBody(e, log));
}

async function authorised(ds: DataSource, req: Request, permission: Permission): Promise<Context> {
  const ctx = await contextFor(ds, req);
  if (!ctx.user) throw new AppError('UNAUTHENTICATED', t('unauthenticated'));
  if (!can(ctx.user.role, permission)) throw new AppError('FORBIDDEN', t('forbidden'));
  return ctx;
}

const list = (v: unknown) =>
  typeof v === 'string' && v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** The members filter from query parameters (lists comma-separated), as in MemberFilter. */
function filterFrom(q: Request['query']): MemberFilter {
  return {
    withinId: str(q.withinId),
    statuses: list(q.statuses) as MemberFilter['statuses'],
    genders: list(q.genders) as MemberFilter['genders'],
    ethnicities: list(q.ethnicities),
    theoryLevels: list(q.theoryLevels) as MemberFilter['theoryLevels'],
    admittedFrom: str(q.admittedFrom),
    admittedTo: str(q.admittedTo),
    bornFrom: str(q.bornFrom),
    bornTo: str(q.bornTo),
    search: str(q.search),
  };
}

/**
 * GET /export/members.xlsx?withinId=… (and any MemberFilter field) and
 * POST /import/members?organizationId=… (body: the .xlsx or .csv file), both
 * under the caller's session and scope.
 */
export function membersHttp(ds: DataSource, log: (e: unknown) => void): Router {
  const router = Router();
  router.get('/export/members.xlsx', async (req, res) => {
    try {
      const ctx = await authorised(ds, req, 'member:read');
      const filter = filterFrom(req.query);
      await filteredMembers(ctx, filter); // scope and filter checked before the first byte
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="dang-vien-${new Date().toISOString().slice(0, 10)}.xlsx"`,
      );
      await exportMembers(ctx, filter, res);
      res.end();
    } catch (e) {
      if (res.headersSent) res.destroy(e as Error);
      else sendError(req, res, e, log);
    }
  });

  router.post('/import/members', async (req, res) => {
    const ndjson = String(req.headers.accept ?? '').includes('application/x-ndjson');
    try {
      const ctx = await authorised(ds, req, 'member:write');
      const organizationId = str(req.query.organizationId);
      if (!organizationId)
        throw new AppError('BAD_USER_INPUT', t('required'), {
          fields: [{ path: ['organizationId'], message: t('required') }],
        });
      await checkImportTarget(ctx, organizationId); // before a byte of the body is read
      const type = String(req.headers['content-type'] ?? '');
      const name = String(req.query.filename ?? '');
      const format: ImportFormat = /csv/.test(type) || name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
      const chunks = bodyChunks(req, SHEET_LIMITS.maxBodyBytes);
      const result = await importMembers(ctx, organizationId, { format, chunks }, (phase, done, total) => {
        if (!ndjson) return;
        if (!res.headersSent) res.status(200).setHeader('Content-Type', 'application/x-ndjson');
        res.write(`${JSON.stringify({ type: 'progress', phase, done, total })}\n`);
      });
      const answer = { imported: result.imported, errors: result.errors };
      if (ndjson && res.headersSent) res.end(`${JSON.stringify({ type: 'result', ...answer })}\n`);
      else res.status(result.errors.length ? 422 : 200).json(answer);
    } catch (e) {
      if (ndjson && res.headersSent) res.end(`${JSON.stringify({ type: 'error', ...errorBody(e, log) })}\n`);
      else sendError(req, res, e, log);
    }
  });
  return router;
}
