import DataLoader from 'dataloader';
import { applyScope, type SubtreeColumns, subtreeWhere } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { FieldErrors, notFound } from '../../graphql/errors.js';
import { today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { checkYear } from '../../graphql/years.js';
import { CELL_KINDS } from '../members/member.rules.js';
import { Organization } from '../organizations/organization.entity.js';
import { namedSubtree, ORGANIZATION, organizationById } from '../organizations/organization.service.js';
import { Absence, Meeting, MeetingCompliance } from './meeting.entity.js';
import { isCompliant, monthsMissed, monthsOfQuarter, quarterRange } from './meeting.rules.js';

export const MEETING_COLUMNS: SubtreeColumns = { anc: 'mt.anc', path: 'mt.org_path' };
export const ABSENCE_COLUMNS: SubtreeColumns = { anc: 'a.anc', path: 'a.org_path' };

/** Meetings whose cell lies in the caller's scope. */
export function scopedMeetings(ctx: Context) {
  const w = subtreeWhere(ctx, null, MEETING_COLUMNS);
  return db(ctx).createQueryBuilder(Meeting, 'mt').where(w.sql, w.params);
}

/** The meetings one organisation in scope held from `from` to `to` (NOT_FOUND outside the scope), in order. */
export async function meetingsOf(ctx: Context, organizationId: string, from: string, to: string): Promise<Meeting[]> {
  const org = await organizationById(ctx, organizationId);
  if (!org) throw notFound(ORGANIZATION);
  const errors = new FieldErrors([]);
  errors.check(from <= to, 'to', 'dateBefore', { date: from });
  errors.throwIfAny();
  return scopedMeetings(ctx)
    .andWhere('mt.organization_id = :id AND mt.held_on BETWEEN :from AND :to', { id: org.id, from, to })
    .orderBy('mt.held_on')
    .addOrderBy('mt.created_at')
    .addOrderBy('mt.id')
    .getMany();
}

/** The named absences of meetings already known to be visible, one query per request batch. */
export function absencesOf(ctx: Context, meetingId: string): Promise<Absence[]> {
  const l = loader(
    ctx,
    'meetingAbsences',
    () =>
      new DataLoader<string, Absence[]>(async (ids) => {
        const rows = await db(ctx)
          .createQueryBuilder(Absence, 'a')
          .where('a.meeting_id = ANY(:ids::uuid[])', { ids })
          .orderBy('a.member_id')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.meetingId === id));
      }),
  );
  return l.load(meetingId);
}

/**
 * Each active cell of a subtree in scope with its meetings of a quarter:
 * one statement, the counts read from meeting_org_idx per cell.
 */
export async function meetingCompliance(
  ctx: Context,
  withinId: string,
  year: number,
  quarter: number,
): Promise<MeetingCompliance[]> {
  const errors = new FieldErrors([]);
  errors.check(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4, 'quarter', 'quarterRange');
  checkYear(errors, year);
  errors.throwIfAny();
  const within = await namedSubtree(ctx, withinId);
  const [from, to] = quarterRange(year, quarter);
  const held = (kind: string) =>
    `FROM meeting mt WHERE mt.organization_id = o.id AND mt.kind = '${kind}' AND mt.held_on BETWEEN :from AND :to`;
  const { raw, entities } = await applyScope(db(ctx).createQueryBuilder(Organization, 'o'), ctx, 'o.path', within)
    .andWhere(`o.status = 'ACTIVE' AND o.kind IN (:...cells)`, { cells: CELL_KINDS, from, to })
    .addSelect(`(SELECT count(*) ${held('THEMATIC')})::int`, 'thematic')
    .addSelect(`(SELECT count(*) ${held('REGULAR')})::int`, 'regular')
    .addSelect(`(SELECT array_agg(DISTINCT to_char(mt.held_on, 'YYYY-MM')) ${held('REGULAR')})`, 'months')
    // grouped by parent (the path less its last id), then by code
    .orderBy('left(o.path, length(o.path) - 37)')
    .addOrderBy('o.code')
    .getRawAndEntities();
  const months = monthsOfQuarter(year, quarter);
  const on = today();
  const byId = new Map(raw.map((r) => [r.o_id as string, r]));
  return entities.map((o) => {
    const r = byId.get(o.id);
    const regularMonths: string[] = r.months ?? [];
    return Object.assign(new MeetingCompliance(), {
      organization: o,
      regularMeetings: r.regular,
      thematicMeetings: r.thematic,
      monthsMissed: monthsMissed(regularMonths, months, on),
      compliant: isCompliant(regularMonths, months, r.thematic),
    });
  });
}
