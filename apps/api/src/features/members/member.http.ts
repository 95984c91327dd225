import { type Request, Router } from 'express';
import { coerceInputValue, type GraphQLInputType } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError, badInput, type FieldError, fromDatabaseError } from '../../graphql/errors.js';
import { t } from '../../graphql/i18n.js';
import { isUuid } from '../../graphql/scalars.js';
import { schema } from '../../graphql/schema.js';
import { authorised } from '../../http/context.js';
import { sendHttpError } from '../../http/errors.js';
import { bodyChunks } from '../../spreadsheet/body.js';
import { SHEET_LIMITS } from '../../spreadsheet/limits.js';
import { exportMembers } from './member.export.js';
import { checkImportTarget, type ImportFormat, importMembers } from './member.import.js';
import type { MemberFilter } from './member.inputs.js';
import { filteredMembers } from './member.service.js';

const list = (v: unknown) =>
  typeof v === 'string' && v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * The members filter from query parameters (lists comma-separated), checked
 * as GraphQL checks the MemberFilter input (enums, LocalDate, strings), so a
 * bad parameter is BAD_USER_INPUT before the first byte of the file.
 */
async function filterFrom(q: Request['query']): Promise<MemberFilter> {
  const raw = rawFilter(q);
  const type = (await schema()).getType('MemberFilter') as GraphQLInputType;
  const fields: FieldError[] = [];
  const filter = coerceInputValue(raw, type, (path, _value, error) => {
    fields.push({ path: path.map(String), message: error.message });
  }) as MemberFilter;
  if (fields.length) throw badInput(fields);
  return filter;
}

/** At most this many rows picked one by one (a page of the list is at most 100; 200 ids are ~7.4 KB of URL). */
export const MAX_PICKED = 200;

/** `ids=a,b,…`: the rows picked in the list, uuids, at most MAX_PICKED; undefined when absent. */
function pickedIds(q: Request['query']): string[] | undefined {
  const ids = list(q.ids);
  if (!ids) return undefined;
  if (ids.length > MAX_PICKED || !ids.every(isUuid))
    throw badInput([{ path: ['ids'], message: t('pickedIds', { max: MAX_PICKED }) }]);
  return ids;
}

function rawFilter(q: Request['query']): Record<string, unknown> {
  const filter: Record<string, unknown> = {
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
  for (const k of Object.keys(filter)) if (filter[k] === undefined) delete filter[k];
  return filter;
}

/**
 * GET /export/members.xlsx?withinId=… (and any MemberFilter field; `ids` keeps only the picked rows) and
 * POST /import/members?organizationId=… (body: the .xlsx or .csv file), both
 * under the caller's session and scope.
 */
export function membersHttp(ds: DataSource, log: (e: unknown) => void): Router {
  const router = Router();
  router.get('/export/members.xlsx', async (req, res) => {
    try {
      const ctx = await authorised(ds, req, 'member:read');
      const filter = await filterFrom(req.query);
      const ids = pickedIds(req.query);
      await filteredMembers(ctx, filter); // scope and filter checked before the first byte
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="dang-vien-${new Date().toISOString().slice(0, 10)}.xlsx"`,
      );
      await exportMembers(ctx, filter, res, ids);
      res.end();
    } catch (e) {
      sendHttpError(req, res, e, log);
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
      if (ndjson && res.headersSent) {
        const known = e instanceof AppError ? e : fromDatabaseError(e);
        const error = known
          ? { message: known.message, extensions: known.extensions }
          : { message: t('internal'), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
        if (!(e instanceof AppError)) log(e);
        res.end(`${JSON.stringify({ type: 'error', errors: [error] })}\n`);
      } else sendHttpError(req, res, e, log);
    }
  });
  return router;
}
