import { ALERT_KINDS, type AlertKind } from '@dangvu/schema';
import type { SelectQueryBuilder } from 'typeorm';
import { applyScope, likeEscape, pathRange, requireUser, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { addDays, addMonths, displayDate } from '../../graphql/dates.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { PLACEMENT_COLUMNS } from '../cadres/cadre.access.js';
import type { WorkingCalendar } from '../calendar/holiday.rules.js';
import { calendarBetween } from '../calendar/holiday.service.js';
import { disciplineSpans } from '../inspections/discipline.checks.js';
import { badgeAwardOn } from '../inspections/discipline.rules.js';
import { remediesOverdue } from '../inspections/inspection.alerts.js';
import { regularMeetingMissing, thematicMeetingMissing, unexcusedAbsences } from '../meetings/meeting.alerts.js';
import { scopedMembers } from '../members/member.access.js';
import { Member } from '../members/member.entity.js';
import { CELL_KINDS, CURRENT_STATUSES, recognitionDueOn } from '../members/member.rules.js';
import { namedSubtree } from '../organizations/organization.service.js';
import { ratingQuotaExceeded } from '../ratings/rating.alerts.js';
import { type Alert, AlertGroup, AlertSummary } from './alert.entity.js';
import { alert, inLang, type Kind, type Links } from './alert.kind.js';
import * as say from './alert.messages.js';
import {
  badgeAdmissionRanges,
  badgeDue,
  CELL_MIN_OFFICIAL_MEMBERS,
  ceremonyDueOn,
  isCellTooSmall,
  isCeremonyNoticed,
  isRecognitionOverdue,
  isTemporaryEnding,
  overdueProbationStartsBefore,
  secretaryVacantSince,
  temporaryEndingRange,
  transferOverdueOn,
} from './alert.rules.js';

/**
 * Alerts are computed from the records on each request, never stored: each
 * kind is one indexed query over the subtree, then its rule. A later feature
 * adds its kinds here, as one function in KINDS (alert.kind.ts).
 */
/** The working-day calendar from `from` to shortly after asOf (holidays loaded once per year per request). */
function calendarFrom(ctx: Context, from: string, asOf: string): Promise<WorkingCalendar> {
  return calendarBetween(ctx, from < asOf ? from : asOf, addDays(asOf, 60));
}

/** Probationary members whose cell has not decided within 30 working days after the 12 months. */
const probationOverdue: Kind = async (ctx, root, asOf) => {
  // 30 working days are at least 30 calendar days: a superset by date, then the rule.
  // the ceremony follows the decision, so admitted_on <= cut too: a range of the partial index
  const cut = overdueProbationStartsBefore(asOf);
  const q = probationary(ctx, root).andWhere(
    'm.admitted_on <= :cut AND COALESCE(m.ceremony_on, m.admitted_on) <= :cut',
    { cut },
  );
  const rows = await memberRows(q);
  if (!rows.length) return [];
  const cal = await calendarFrom(ctx, minOf(rows.map((m) => m.ceremonyOn ?? m.admittedOn)), asOf);
  const message = inLang(say.PROBATION_OVERDUE);
  return rows
    .filter((m) => isRecognitionOverdue(m, asOf, cal))
    .map((m) => {
      const dueOn = recognitionDueOn(m, cal);
      return alert('PROBATION_OVERDUE', dueOn, message(m.fullName, displayDate(dueOn)), memberOf(m));
    });
};

/** Members admitted (the decision) within the last 12 months with no ceremony recorded, due within 10 days or late. */
const ceremoniesDue: Kind = async (ctx, root, asOf) => {
  const rows = await memberRows(
    probationary(ctx, root)
      .andWhere('m.ceremony_on IS NULL')
      .andWhere('m.admitted_on > :since', { since: addMonths(asOf, -12) }),
  );
  if (!rows.length) return [];
  const cal = await calendarFrom(ctx, minOf(rows.map((m) => m.admittedOn)), asOf);
  const dueOf = onceEach((day) => ceremonyDueOn(day, cal));
  const noticed = onceEach((day) => isCeremonyNoticed(dueOf(day), asOf));
  const shown = onceEach(displayDate);
  const message = inLang(say.CEREMONY_DUE);
  return rows
    .filter((m) => noticed(m.admittedOn))
    .map((m) => {
      const dueOn = dueOf(m.admittedOn);
      return alert('CEREMONY_DUE', dueOn, message(m.fullName, shown(m.admittedOn), shown(dueOn)), memberOf(m));
    });
};

/** Probationary members of the subtree, on the partial index by path. */
function probationary(ctx: Context, root: Subtree) {
  return applyScope(db(ctx).createQueryBuilder(Member, 'm'), ctx, 'm.org_path', root).andWhere(
    "m.status = 'PROBATIONARY'",
  );
}

const minOf = (dates: string[]) => dates.reduce((a, b) => (a < b ? a : b));

/** f computed once per distinct day: thousands of members share a few hundred admission days. */
function onceEach<T>(f: (day: string) => T): (day: string) => T {
  const known = new Map<string, T>();
  return (day) => {
    if (!known.has(day)) known.set(day, f(day));
    return known.get(day)!;
  };
}

/** What the member alerts need of a member: the rules' dates and the message's name (the rest only for those shown, by `member`). */
interface MemberRow {
  id: string;
  fullName: string;
  organizationId: string;
  admittedOn: string;
  ceremonyOn: string | null;
  firstAdmittedOn: string | null;
}

function memberRows(qb: SelectQueryBuilder<Member>): Promise<MemberRow[]> {
  return qb
    .select('m.id', 'id')
    .addSelect('m.full_name', 'fullName')
    .addSelect('m.organization_id', 'organizationId')
    .addSelect('m.admitted_on', 'admittedOn')
    .addSelect('m.ceremony_on', 'ceremonyOn')
    .addSelect('m.first_admitted_on', 'firstAdmittedOn')
    .getRawMany();
}

/** A member alert's links: the member (read through the scope) and its cell. */
const memberOf = (m: MemberRow): Links => ({
  memberId: m.id,
  organizationId: m.organizationId,
  memberInScope: true,
});

/** Current members reaching a badge milestone within 90 days; due on the award day. */
const badgesDue: Kind = async (ctx, root, asOf) => {
  const ranges = badgeAdmissionRanges(asOf);
  const params: Record<string, string> = {};
  const or = ranges
    .map(([from, to], i) => {
      params[`bf${i}`] = from;
      params[`bt${i}`] = to;
      return `COALESCE(m.first_admitted_on, m.admitted_on) BETWEEN :bf${i} AND :bt${i}`;
    })
    .join(' OR ');
  // one range a milestone on member_anc<k>_party_since_idx (its expression and predicate, migration AlertsAtScale1733200000000)
  const rows = await memberRows(
    scopedMembers(ctx, root)
      .andWhere(`m.status IN (${CURRENT_STATUSES.map((c) => `'${c}'`).join(', ')})`)
      .andWhere(`(${or})`, params),
  );
  const dueFrom = onceEach((from) => badgeDue(from, asOf));
  const badges = rows.flatMap((m) => {
    const badge = dueFrom(m.firstAdmittedOn ?? m.admittedOn);
    return badge ? [{ m, badge }] : [];
  });
  // a member under a discipline in force on the award day waits for the first award day after it lapses
  const spans = await disciplineSpans(
    ctx,
    badges.map((b) => b.m.id),
  );
  const [due, deferred] = [inLang(say.BADGE_DUE), inLang(say.BADGE_DEFERRED)];
  const shown = onceEach(displayDate);
  return badges.map(({ m, badge }) => {
    const award = badgeAwardOn(badge.ceremonyOn, spans.get(m.id) ?? []);
    const [reached, on] = [shown(badge.dueOn), shown(award.on)];
    const message = award.deferredUntil
      ? deferred(m.fullName, badge.years, reached, shown(award.deferredUntil), on)
      : due(m.fullName, badge.years, reached, on);
    return alert('BADGE_DUE', award.on, message, memberOf(m));
  });
};

/** Pending transfers to or from the subtree waiting longer than 30 working days. */
const transfersWaiting: Kind = async (ctx, root, asOf) => {
  const rows: {
    member_id: string;
    name: string;
    on: string;
    ft: string;
    tt: string;
    to_id: string;
    from_id: string;
    to_in: boolean;
  }[] = await db(ctx).query(
    `SELECT t.member_id, m.full_name AS name, t.requested_on AS on, ft.name AS ft, tt.name AS tt,
              t.to_organization_id AS to_id, t.from_organization_id AS from_id, tt.path LIKE $2 AS to_in
         FROM transfer t
         JOIN member m ON m.id = t.member_id
         JOIN organization ft ON ft.id = t.from_organization_id
         JOIN organization tt ON tt.id = t.to_organization_id
        WHERE t.status = 'PENDING' AND t.requested_on <= $1 AND (tt.path LIKE $2 OR ft.path LIKE $2)`,
    [addDays(asOf, -30), `${likeEscape(root.path)}%`],
  );
  if (!rows.length) return [];
  const cal = await calendarFrom(ctx, minOf(rows.map((t) => t.on)), asOf);
  const message = inLang(say.TRANSFER_WAITING);
  return rows
    .filter((t) => transferOverdueOn(t.on, cal) < asOf)
    .map((t) =>
      alert('TRANSFER_WAITING', transferOverdueOn(t.on, cal), message(t.name, t.ft, t.tt, displayDate(t.on)), {
        memberId: t.member_id,
        organizationId: t.to_in ? t.to_id : t.from_id,
      }),
    );
};

/** Running or just ended temporary transfers of members of the subtree, or to it; due on their last day. */
const temporaryEnding: Kind = async (ctx, root, asOf) => {
  const [from, to] = temporaryEndingRange(asOf);
  const rows: {
    member_id: string;
    name: string;
    until: string;
    tt: string;
    home: string;
    to_id: string;
    home_in: boolean;
  }[] = await db(ctx).query(
    `SELECT t.member_id, m.full_name AS name, t.until, tt.name AS tt, m.organization_id AS home,
              t.to_organization_id AS to_id, m.org_path LIKE $3 AS home_in
         FROM transfer t
         JOIN member m ON m.id = t.member_id
         JOIN organization tt ON tt.id = t.to_organization_id
        WHERE t.temporary AND t.status = 'ACCEPTED' AND t.until BETWEEN $1 AND $2
          AND m.status = ANY($4::text[]) AND (m.org_path LIKE $3 OR tt.path LIKE $3)`,
    [from, to, `${likeEscape(root.path)}%`, CURRENT_STATUSES],
  );
  const message = inLang(say.TEMPORARY_TRANSFER_ENDING);
  return rows
    .filter((t) => isTemporaryEnding(t.until, asOf))
    .map((t) =>
      alert('TEMPORARY_TRANSFER_ENDING', t.until, message(t.name, t.tt, t.until < asOf, displayDate(t.until)), {
        memberId: t.member_id,
        organizationId: t.home_in ? t.home : t.to_id,
      }),
    );
};

/** Active cells of the subtree with fewer than 3 official members, counted from the rollups under each cell's path. */
const cellsTooSmall: Kind = async (ctx, root) => {
  // each cell of the subtree (with its name) and its own rollup row (a cell holds no organisation), merged in path
  // order from two index-only ranges (organization_active_cell_idx, member_rollup_count_path_idx)
  const rows: { id: string; name: string; n: number }[] = await db(ctx).query(
    `SELECT o.id, o.name, COALESCE(r.n, 0)::int AS n
       FROM organization o
       LEFT JOIN member_rollup r ON r.org_path = o.path AND r.org_path ~>=~ $1 AND r.org_path ~<~ $2
             AND r.dim = 'all' AND r.status = 'OFFICIAL' AND r.val = ''
      WHERE o.path ~>=~ $1 AND o.path ~<~ $2 AND o.status = 'ACTIVE' AND o.kind = ANY($3::text[])
        AND COALESCE(r.n, 0) < $4`,
    [...pathRange(root.path), CELL_KINDS, CELL_MIN_OFFICIAL_MEMBERS],
  );
  const message = inLang(say.CELL_TOO_SMALL);
  return rows
    .filter((o) => isCellTooSmall(o.n))
    .map((o) => alert('CELL_TOO_SMALL', null, message(o.name, o.n), { organizationId: o.id }));
};

/** Active organisations whose secretary has left with nobody placed after (the seats no longer held on the day). */
const secretaryVacant: Kind = async (ctx, root, asOf) => {
  const params: unknown[] = [asOf];
  const placed = subtreeClause(ctx, root, PLACEMENT_COLUMNS, params);
  const rows: { id: string; name: string; starts: string[]; ends: (string | null)[] }[] = await db(ctx).query(
    `SELECT o.id, o.name, array_agg(to_char(p.starts_on, 'YYYY-MM-DD')) AS starts,
            array_agg(to_char(p.ends_on, 'YYYY-MM-DD')) AS ends
       FROM placement p JOIN organization o ON o.id = p.organization_id
      WHERE ${placed} AND p.position = 'SECRETARY' AND p.starts_on <= $1 AND o.status = 'ACTIVE'
      GROUP BY o.id, o.name
     HAVING NOT bool_or(p.ends_on IS NULL OR p.ends_on > $1)`,
    params,
  );
  const message = inLang(say.SECRETARY_VACANT);
  return rows.flatMap((o) => {
    const since = secretaryVacantSince(
      o.starts.map((startsOn, i) => ({ startsOn, endsOn: o.ends[i] })),
      asOf,
    );
    return since
      ? [alert('SECRETARY_VACANT', since, message(o.name, displayDate(since)), { organizationId: o.id })]
      : [];
  });
};

const KINDS: Kind[] = [
  probationOverdue,
  ceremoniesDue,
  badgesDue,
  transfersWaiting,
  temporaryEnding,
  cellsTooSmall,
  secretaryVacant,
  remediesOverdue,
  regularMeetingMissing,
  thematicMeetingMissing,
  unexcusedAbsences,
  ratingQuotaExceeded,
];

/** Soonest due first; undated alerts last; then by kind. */
const byDue = (a: Alert, b: Alert) => order(a.dueOn ?? '9999', b.dueOn ?? '9999') || order(a.kind, b.kind);

/** Code-unit order: ISO dates and the kinds' codes sort so, without the collator's cost (thousands of alerts). */
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every alert of a subtree in the caller's scope (NOT_FOUND outside it) on a day, soonest due first. */
async function computeAlerts(ctx: Context, withinId: string, asOf?: string | null): Promise<[string, Alert[]]> {
  requireUser(ctx);
  const root = await namedSubtree(ctx, withinId);
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const all = (await Promise.all(KINDS.map((k) => k(ctx, root, on)))).flat();
  return [on, all.sort(byDue)];
}

/** The alerts of a subtree in the caller's scope (NOT_FOUND outside it), soonest due first; only `kinds` when given. */
export async function alerts(
  ctx: Context,
  withinId: string,
  asOf?: string | null,
  kinds?: readonly AlertKind[] | null,
): Promise<Alert[]> {
  const [, all] = await computeAlerts(ctx, withinId, asOf);
  return kinds ? all.filter((a) => kinds.includes(a.kind)) : all;
}

/** Each kind's count and its `perKind` soonest alerts, in the order of ALERT_KINDS (the kinds with alerts). */
export async function alertSummary(
  ctx: Context,
  withinId: string,
  asOf: string | null | undefined,
  perKind: number,
): Promise<AlertSummary> {
  const [on, all] = await computeAlerts(ctx, withinId, asOf);
  const groups = ALERT_KINDS.map((kind) => {
    const ofKind = all.filter((a) => a.kind === kind);
    return Object.assign(new AlertGroup(), { kind, count: ofKind.length, alerts: ofKind.slice(0, perKind) });
  }).filter((g) => g.count > 0);
  return Object.assign(new AlertSummary(), { asOf: on, total: all.length, groups });
}
