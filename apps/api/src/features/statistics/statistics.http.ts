import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { AppError, FieldErrors } from '../../graphql/errors.js';
import { t } from '../../graphql/i18n.js';
import { today } from '../../graphql/scalars.js';
import { checkYear } from '../../graphql/years.js';
import { authorised } from '../../http/context.js';
import { sendHttpError } from '../../http/errors.js';
import { writeStatistics } from './statistics.export.js';
import { scopeStatistics } from './statistics.service.js';

/**
 * `year=YYYY` as the day the report is as of: 31 December of a past year,
 * today for the current year or when absent; BAD_USER_INPUT otherwise.
 */
export function reportDay(year: unknown, now = today()): string {
  if (year === undefined || year === '') return now;
  const y = typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
  const errors = new FieldErrors([]);
  checkYear(errors, y, 'year', now);
  errors.throwIfAny();
  return y === Number(now.slice(0, 4)) ? now : `${y}-12-31`;
}

/**
 * GET /export/statistics.xlsx?withinId=…&year=…: the statistics of a subtree
 * in the caller's scope (as the statistics query, NOT_FOUND outside it) as
 * an .xlsx, as of the end of the year (today for the current one), the term
 * the one holding that day. Every error before the first byte is JSON.
 */
export function statisticsHttp(ds: DataSource, log: (e: unknown) => void): Router {
  const router = Router();
  router.get('/export/statistics.xlsx', async (req, res) => {
    try {
      const ctx = await authorised(ds, req, 'member:read');
      const withinId = req.query.withinId;
      if (typeof withinId !== 'string' || !withinId)
        throw new AppError('BAD_USER_INPUT', t('required'), {
          fields: [{ path: ['withinId'], message: t('required') }],
        });
      const on = reportDay(req.query.year);
      const stats = await scopeStatistics(ctx, withinId, on);
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="thong-ke-${stats.organization.code.replace(/[^\w-]/g, '-')}-${on}.xlsx"`,
      );
      await writeStatistics(stats, res);
      res.end();
    } catch (e) {
      sendHttpError(req, res, e, log);
    }
  });
  return router;
}
