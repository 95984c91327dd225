import type { AlertKind } from '@dangvu/schema';
import { applyScope, likeEscape, requireUser, type Subtree, subtreeClause } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { addDays, addMonths, displayDate } from '../../graphql/dates.js';
import { currentLang } from '../../graphql/i18n.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { PLACEMENT_COLUMNS } from '../cadres/cadre.access.js';
import { scopedMembers } from '../members/member.access.js';
import { Member } from '../members/member.entity.js';
import { CURRENT_STATUSES } from '../members/member.rules.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { Alert } from './alert.entity.js';
import {
  badgeAdmissionRanges,
  badgeDue,
  isRecognitionOverdue,
  recognitionDueOn,
  secretaryVacantSince,
  transferOverdueOn,
} from './alert.rules.js';

/**
 * Alerts are computed from the records on each request, never stored: each
 * kind is one indexed query over the subtree, then its rule. A later feature
 * adds its kinds here, as one function in KINDS.
 */
type Kind = (ctx: Context, root: Subtree, asOf: string) => Promise<Alert[]>;

function alert(kind: AlertKind, dueOn: string | null, message: { vi: string; en: string }, ids: Partial<Alert> = {}) {
  return Object.assign(new Alert(), {
    kind,
    dueOn,
    message: message[currentLang()],
    organizationId: null,
    memberId: null,
    ...ids,
  });
}

/** Probationary members whose cell has not decided within 30 working days after the 12 months. */
const probationOverdue: Kind = async (ctx, root, asOf) => {
  // 30 working days are at least 30 calendar days: a superset by date, then the rule.
  const cut = addDays(addMonths(asOf, -12), -30);
  const qb = applyScope(db(ctx).createQueryBuilder(Member, 'm'), ctx, 'm.org_path', root)
    .andWhere("m.status = 'PROBATIONARY'")
    .andWhere('m.admitted_on <= :cut', { cut });
  const rows = await qb.getMany();
  return rows
    .filter((m) => isRecognitionOverdue(m.admittedOn, asOf))
    .map((m) => {
      const due = displayDate(recognitionDueOn(m.admittedOn));
      return alert(
        'PROBATION_OVERDUE',
        recognitionDueOn(m.admittedOn),
        {
          vi: `Đảng viên dự bị ${m.fullName} đã quá hạn xét công nhận chính thức (hạn ${due}).`,
          en: `Probationary member ${m.fullName} is overdue for recognition as official (due ${due}).`,
        },
        { memberId: m.id, organizationId: m.organizationId },
      );
    });
};

/** Current members reaching a badge milestone within 90 days; due on the award day. */
const badgesDue: Kind = async (ctx, root, asOf) => {
  const ranges = badgeAdmissionRanges(asOf);
  const params: Record<string, string> = {};
  const or = ranges
    .map(([from, to], i) => {
      params[`bf${i}`] = from;
      params[`bt${i}`] = to;
      return `m.admitted_on BETWEEN :bf${i} AND :bt${i}`;
    })
    .join(' OR ');
  const rows = await scopedMembers(ctx, root)
    .andWhere('m.status IN (:...current)', { current: CURRENT_STATUSES })
    .andWhere(`(${or})`, params)
    .getMany();
  return rows.flatMap((m) => {
    const badge = badgeDue(m.admittedOn, asOf);
    if (!badge) return [];
    const on = displayDate(badge.ceremonyOn);
    return [
      alert(
        'BADGE_DUE',
        badge.ceremonyOn,
        {
          vi: `${m.fullName} đủ ${badge.years} năm tuổi Đảng ngày ${displayDate(badge.dueOn)}; trao Huy hiệu ngày ${on}.`,
          en: `${m.fullName} reaches ${badge.years} years of party membership on ${displayDate(badge.dueOn)}; badge award on ${on}.`,
        },
        { memberId: m.id, organizationId: m.organizationId },
      ),
    ];
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
  return rows
    .filter((t) => transferOverdueOn(t.on) < asOf)
    .map((t) => {
      const since = displayDate(t.on);
      return alert(
        'TRANSFER_WAITING',
        transferOverdueOn(t.on),
        {
          vi: `Chuyển sinh hoạt của ${t.name} từ ${t.ft} đến ${t.tt} đang chờ từ ${since}.`,
          en: `The transfer of ${t.name} from ${t.ft} to ${t.tt} has waited since ${since}.`,
        },
        { memberId: t.member_id, organizationId: t.to_in ? t.to_id : t.from_id },
      );
    });
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

const KINDS: Kind[] = [probationOverdue, badgesDue, transfersWaiting, secretaryVacant];

/** The alerts of a subtree in the caller's scope (NOT_FOUND outside it), soonest due first. */
export async function alerts(ctx: Context, withinId: string, asOf?: string | null): Promise<Alert[]> {
  requireUser(ctx);
  const root = await subtreeOf(ctx, withinId);
  const on = asOf && isLocalDate(asOf) ? asOf : today();
  const all = (await Promise.all(KINDS.map((k) => k(ctx, root!, on)))).flat();
  return all.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.kind.localeCompare(b.kind));
}
