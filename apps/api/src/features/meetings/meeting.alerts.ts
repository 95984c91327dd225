import type { AlertKind } from '@dangvu/schema';
import { MEMBER_COLUMNS, pathRange, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { displayDate } from '../../graphql/dates.js';
import { db } from '../../graphql/transaction.js';
import { alert, inLang, type Kind, type Say } from '../alerts/alert.kind.js';
import { CELL_KINDS, CURRENT_STATUSES } from '../members/member.rules.js';
import { ABSENCE_COLUMNS, MEETING_COLUMNS } from './meeting.access.js';
import {
  isRemovalGround,
  isTracked,
  lastFullMonth,
  lastFullQuarter,
  quarterOf,
  UNEXCUSED_MONTHS,
  UNEXCUSED_SOURCE,
  UNEXCUSED_WINDOW_MONTHS,
  unexcusedWindowAfter,
} from './meeting.rules.js';

/** The cells' kinds as SQL, as organization_active_cell_idx's predicate writes them (migration AlertKindIndexes1733700000000). */
const CELLS = CELL_KINDS.map((k) => `'${k}'`).join(', ');

/**
 * Active cells of the subtree established before the period with no meeting
 * of `kind` in it: the cells (with their names) from one index-only range of
 * organization_active_cell_idx, less those met in the period (one
 * index-only range of meeting_kind_anc<k>_idx, hashed), then each remaining
 * one's first meeting (a probe of meeting_org_idx).
 */
async function cellsWithout(ctx: Context, root: Subtree, kind: 'REGULAR' | 'THEMATIC', [from, to]: [string, string]) {
  const params: unknown[] = [...pathRange(root.path), from, to, kind];
  const met = subtreeClause(ctx, root, MEETING_COLUMNS, params);
  const rows: { id: string; name: string; first: string | null }[] = await db(ctx).query(
    `SELECT c.id, c.name,
            (SELECT to_char(min(f.held_on), 'YYYY-MM-DD') FROM meeting f WHERE f.organization_id = c.id
               AND f.kind IN ('REGULAR', 'THEMATIC')) AS first
       FROM organization c
      WHERE c.path ~>=~ $1 AND c.path ~<~ $2 AND c.status = 'ACTIVE' AND c.kind IN (${CELLS})
        AND (c.established_on IS NULL OR c.established_on < $3)
        AND NOT EXISTS (SELECT 1 FROM meeting mt WHERE ${met} AND mt.kind = $5 AND mt.held_on BETWEEN $3 AND $4
                           AND mt.organization_id = c.id)`,
    params,
  );
  return rows.filter((o) => isTracked(o.first, from));
}

/** A missed-meeting message, given the cell's name and the period (mm/yyyy, or the quarter as q/yyyy). */
type Missed = Say<[cell: string, period: string]>;

function missing(
  kind: AlertKind,
  meetingKind: 'REGULAR' | 'THEMATIC',
  period: (asOf: string) => [string, string],
  shown: (from: string) => string,
  say: Missed,
): Kind {
  return async (ctx, root, asOf) => {
    const [from, to] = period(asOf);
    const [message, when] = [inLang(say), shown(from)];
    return (await cellsWithout(ctx, root, meetingKind, [from, to])).map((o) =>
      alert(kind, to, message(o.name, when), { organizationId: o.id }),
    );
  };
}

/** A period as the messages show it: the month as mm/yyyy, the quarter as q/yyyy. */
const monthShown = (from: string) => `${from.slice(5, 7)}/${from.slice(0, 4)}`;
const quarterShown = (from: string) => `${quarterOf(from)}/${from.slice(0, 4)}`;

/** REGULAR_MEETING_MISSING: a cell held no regular meeting last month. */
export const regularMeetingMissing = missing('REGULAR_MEETING_MISSING', 'REGULAR', lastFullMonth, monthShown, {
  vi: (cell, month) => `${cell} chưa ghi buổi sinh hoạt thường kỳ tháng ${month}.`,
  en: (cell, month) => `${cell} has no regular meeting recorded for ${month}.`,
});

/** THEMATIC_MEETING_MISSING: a cell held no thematic meeting in the last full quarter. */
export const thematicMeetingMissing = missing('THEMATIC_MEETING_MISSING', 'THEMATIC', lastFullQuarter, quarterShown, {
  vi: (cell, quarter) => `${cell} chưa ghi buổi sinh hoạt chuyên đề nào trong quý ${quarter}.`,
  en: (cell, quarter) => `${cell} has no thematic meeting recorded in quarter ${quarter}.`,
});

const UNEXCUSED: Say<[name: string, months: number, last: string]> = {
  vi: (name, months, last) =>
    `${name} vắng sinh hoạt chi bộ không có lý do ${months} tháng trong ${UNEXCUSED_WINDOW_MONTHS} tháng qua (lần gần nhất ${last}): chi bộ xem xét xóa tên (${UNEXCUSED_SOURCE}).`,
  en: (name, months, last) =>
    `${name} was absent without reason from cell meetings in ${months} months of the last ${UNEXCUSED_WINDOW_MONTHS} (last on ${last}): the cell considers removal (${UNEXCUSED_SOURCE}).`,
};

/**
 * UNEXCUSED_ABSENCES: current members of the subtree absent without reason
 * from regular meetings in 3 or more months of the last 12: one range of the
 * partial index meeting_absence_unexcused_anc<k>_idx (or its path index),
 * the members read through the scope's own condition on member.
 */
export const unexcusedAbsences: Kind = async (ctx, root, asOf) => {
  const params: unknown[] = [unexcusedWindowAfter(asOf), asOf, CURRENT_STATUSES, UNEXCUSED_MONTHS];
  const absences = subtreeClause(ctx, root, ABSENCE_COLUMNS, params);
  const members = subtreeClause(ctx, root, MEMBER_COLUMNS, params);
  const rows: { id: string; name: string; cell: string; months: number; last: string }[] = await db(ctx).query(
    `SELECT m.id, m.full_name AS name, m.organization_id AS cell, a.months, a.last
       FROM (SELECT a.member_id, count(DISTINCT date_trunc('month', a.held_on))::int AS months,
                    to_char(max(a.held_on), 'YYYY-MM-DD') AS last
               FROM meeting_absence a
              WHERE ${absences} AND NOT a.excused AND a.kind = 'REGULAR' AND a.held_on > $1 AND a.held_on <= $2
              GROUP BY a.member_id
             HAVING count(DISTINCT date_trunc('month', a.held_on)) >= $4) a
       JOIN member m ON m.id = a.member_id
      WHERE m.status = ANY($3::text[]) AND ${members}`,
    params,
  );
  const message = inLang(UNEXCUSED);
  return rows
    .filter((r) => isRemovalGround(r.months))
    .map((r) =>
      alert('UNEXCUSED_ABSENCES', r.last, message(r.name, r.months, displayDate(r.last)), {
        memberId: r.id,
        organizationId: r.cell,
        memberInScope: true,
      }),
    );
};
