import { applyScope, likeEscape, requireUser, type Subtree, subtreeClause } from '../../auth/scope.js';
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
import { scopedMembers } from '../members/member.access.js';
import { Member } from '../members/member.entity.js';
import { CELL_KINDS, CURRENT_STATUSES, recognitionDueOn } from '../members/member.rules.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { Alert } from './alert.entity.js';
import { alert, type Kind } from './alert.kind.js';
import {
  badgeAdmissionRanges,
  badgeDue,
  CELL_MIN_OFFICIAL_MEMBERS,
  ceremonyDueOn,
  isCellTooSmall,
  isCeremonyDue,
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
  const rows = await probationary(ctx, root)
    .andWhere('COALESCE(m.ceremony_on, m.admitted_on) <= :cut', { cut: overdueProbationStartsBefore(asOf) })
    .getMany();
  if (!rows.length) return [];
  const cal = await calendarFrom(ctx, minOf(rows.map((m) => m.ceremonyOn ?? m.admittedOn)), asOf);
  return rows
    .filter((m) => isRecognitionOverdue(m, asOf, cal))
    .map((m) => {
      const dueOn = recognitionDueOn(m, cal);
      const due = displayDate(dueOn);
      return alert(
        'PROBATION_OVERDUE',
        dueOn,
        {
          vi: `Đảng viên dự bị ${m.fullName} đã quá hạn xét công nhận chính thức (hạn ${due}).`,
          en: `Probationary member ${m.fullName} is overdue for recognition as official (due ${due}).`,
        },
        { memberId: m.id, organizationId: m.organizationId },
      );
    });
};

/** Members admitted (the decision) within the last 12 months with no ceremony recorded, due within 10 days or late. */
const ceremoniesDue: Kind = async (ctx, root, asOf) => {
  const rows = await probationary(ctx, root)
    .andWhere('m.ceremony_on IS NULL')
    .andWhere('m.admitted_on > :since', { since: addMonths(asOf, -12) })
    .getMany();
  if (!rows.length) return [];
  const cal = await calendarFrom(ctx, minOf(rows.map((m) => m.admittedOn)), asOf);
  return rows
    .filter((m) => isCeremonyDue(m.admittedOn, asOf, cal))
    .map((m) => {
      const dueOn = ceremonyDueOn(m.admittedOn, cal);
      return alert(
        'CEREMONY_DUE',
        dueOn,
        {
          vi: `Chưa tổ chức lễ kết nạp cho ${m.fullName} (quyết định ngày ${displayDate(m.admittedOn)}; hạn ${displayDate(dueOn)}).`,
          en: `No admission ceremony recorded for ${m.fullName} (decided on ${displayDate(m.admittedOn)}; due ${displayDate(dueOn)}).`,
        },
        { memberId: m.id, organizationId: m.organizationId },
      );
    });
};

/** Probationary members of the subtree, on the partial index by path. */
function probationary(ctx: Context, root: Subtree) {
  return applyScope(db(ctx).createQueryBuilder(Member, 'm'), ctx, 'm.org_path', root).andWhere(
    "m.status = 'PROBATIONARY'",
  );
}

const minOf = (dates: string[]) => dates.reduce((a, b) => (a < b ? a : b));

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
  const rows = await scopedMembers(ctx, root)
    .andWhere('m.status IN (:...current)', { current: CURRENT_STATUSES })
    .andWhere(`(${or})`, params)
    .getMany();
  const badges = rows.flatMap((m) => {
    const badge = badgeDue(m.firstAdmittedOn ?? m.admittedOn, asOf);
    return badge ? [{ m, badge }] : [];
  });
  // a member under a discipline in force on the award day waits for the first award day after it lapses
  const spans = await disciplineSpans(
    ctx,
    badges.map((b) => b.m.id),
  );
  return badges.map(({ m, badge }) => {
    const award = badgeAwardOn(badge.ceremonyOn, spans.get(m.id) ?? []);
    const on = displayDate(award.on);
    const reached = {
      vi: `${m.fullName} đủ ${badge.years} năm tuổi Đảng ngày ${displayDate(badge.dueOn)}`,
      en: `${m.fullName} reaches ${badge.years} years of party membership on ${displayDate(badge.dueOn)}`,
    };
    const message = award.deferredUntil
      ? {
          vi: `${reached.vi}; đang trong thời hạn kỷ luật đến ${displayDate(award.deferredUntil)}: Huy hiệu chờ đến ngày trao ${on}.`,
          en: `${reached.en}; under a discipline in force until ${displayDate(award.deferredUntil)}: the badge waits until the award day of ${on}.`,
        }
      : { vi: `${reached.vi}; trao Huy hiệu ngày ${on}.`, en: `${reached.en}; badge award on ${on}.` };
    return alert('BADGE_DUE', award.on, message, { memberId: m.id, organizationId: m.organizationId });
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
  return rows
    .filter((t) => transferOverdueOn(t.on, cal) < asOf)
    .map((t) => {
      const since = displayDate(t.on);
      return alert(
        'TRANSFER_WAITING',
        transferOverdueOn(t.on, cal),
        {
          vi: `Chuyển sinh hoạt của ${t.name} từ ${t.ft} đến ${t.tt} đang chờ từ ${since}.`,
          en: `The transfer of ${t.name} from ${t.ft} to ${t.tt} has waited since ${since}.`,
        },
        { memberId: t.member_id, organizationId: t.to_in ? t.to_id : t.from_id },
      );
    });
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
  return rows
    .filter((t) => isTemporaryEnding(t.until, asOf))
    .map((t) => {
      const until = displayDate(t.until);
      const ended = t.until < asOf;
      return alert(
        'TEMPORARY_TRANSFER_ENDING',
        t.until,
        {
          vi: `Sinh hoạt đảng tạm thời của ${t.name} tại ${t.tt} ${ended ? 'đã kết thúc' : 'kết thúc'} ngày ${until}.`,
          en: `The temporary transfer of ${t.name} to ${t.tt} ${ended ? 'ended' : 'ends'} on ${until}.`,
        },
        { memberId: t.member_id, organizationId: t.home_in ? t.home : t.to_id },
      );
    });
};

/** Active cells of the subtree with fewer than 3 official members, counted from the rollups under each cell's path. */
const cellsTooSmall: Kind = async (ctx, root) => {
  // a cell holds no organisation: its count is its own rollup rows, read in one range of the rollup path index
  const rows: { id: string; name: string; n: number }[] = await db(ctx).query(
    `SELECT o.id, o.name, COALESCE(r.n, 0)::int AS n
       FROM organization o
       LEFT JOIN (SELECT organization_id, sum(n) AS n FROM member_rollup
                   WHERE org_path LIKE $1 AND dim = 'all' AND val = '' AND status = 'OFFICIAL' GROUP BY 1) r
              ON r.organization_id = o.id
      WHERE o.path LIKE $1 AND o.status = 'ACTIVE' AND o.kind = ANY($2::text[])`,
    [`${likeEscape(root.path)}%`, CELL_KINDS],
  );
  return rows
    .filter((o) => isCellTooSmall(o.n))
    .map((o) =>
      alert(
        'CELL_TOO_SMALL',
        null,
        {
          vi: `${o.name} có ${o.n} đảng viên chính thức; chi bộ cần ít nhất ${CELL_MIN_OFFICIAL_MEMBERS} (Điều lệ Đảng, Điều 21).`,
          en: `${o.name} has ${o.n} official members; a cell needs at least ${CELL_MIN_OFFICIAL_MEMBERS} (Party Charter, Article 21).`,
        },
        { organizationId: o.id },
      ),
    );
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
  return rows.flatMap((o) => {
    const since = secretaryVacantSince(
      o.starts.map((startsOn, i) => ({ startsOn, endsOn: o.ends[i] })),
      asOf,
    );
    if (!since) return [];
    return [
      alert(
        'SECRETARY_VACANT',
        since,
        {
          vi: `${o.name} khuyết bí thư từ ${displayDate(since)}.`,
          en: `${o.name} has had no secretary since ${displayDate(since)}.`,
        },
        { organizationId: o.id },
      ),
    ];
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
];

/** The alerts of a subtree in the caller's scope (NOT_FOUND outside it), soonest due first. */
export async function alerts(ctx: Context, withinId: string, asOf?: string | null): Promise<Alert[]> {
  requireUser(ctx);
  const root = await subtreeOf(ctx, withinId);
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const all = (await Promise.all(KINDS.map((k) => k(ctx, root!, on)))).flat();
  return all.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.kind.localeCompare(b.kind));
}
