import { subtreeClause } from '../../auth/scope.js';
import { displayDate } from '../../graphql/dates.js';
import { db } from '../../graphql/transaction.js';
import { alert, inLang, type Kind, type Say } from '../alerts/alert.kind.js';
import { isRemedyOverdue } from '../alerts/alert.rules.js';
import { REMEDY_COLUMNS } from './inspection.access.js';

const REMEDY_OVERDUE: Say<[name: string, code: string, due: string, action: string]> = {
  vi: (name, code, due, action) => `${name} quá hạn khắc phục (${code}, hạn ${due}): ${action}`,
  en: (name, code, due, action) => `${name} is past the remedy's due date (${code}, due ${due}): ${action}`,
};

/** Open remedies of concluded inspections, due before asOf, whose responsible organisation lies in the subtree. */
export const remediesOverdue: Kind = async (ctx, root, asOf) => {
  const params: unknown[] = [asOf];
  const where = subtreeClause(ctx, root, REMEDY_COLUMNS, params);
  const rows: { id: string; action: string; due_on: string; responsible_id: string; name: string; code: string }[] =
    await db(ctx).query(
      `SELECT r.id, r.action, to_char(r.due_on, 'YYYY-MM-DD') AS due_on, r.responsible_id, o.name, i.code
         FROM remedy r JOIN organization o ON o.id = r.responsible_id JOIN inspection i ON i.id = r.inspection_id
        WHERE ${where} AND r.status = 'OPEN' AND r.due_on < $1`,
      params,
    );
  const message = inLang(REMEDY_OVERDUE);
  return rows
    .filter((r) => isRemedyOverdue(r.due_on, asOf))
    .map((r) =>
      alert('REMEDY_OVERDUE', r.due_on, message(r.name, r.code, displayDate(r.due_on), r.action), {
        organizationId: r.responsible_id,
      }),
    );
};
