import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, notFound, type RuleBreach, ruleViolation } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { CADRE, cadreById } from '../cadres/cadre.access.js';
import { scopedMembers } from '../members/member.access.js';
import { CURRENT_STATUSES } from '../members/member.rules.js';
import { checkActive } from '../organizations/organization.rules.js';
import { findOrganization, ORGANIZATION } from '../organizations/organization.service.js';
import { MEETING_AUDIT_FIELDS, Meeting } from './meeting.entity.js';
import type { RecordMeetingInput } from './meeting.inputs.js';
import {
  checkAbsencesWithin,
  checkAbsenteesInCell,
  checkCount,
  checkDistinctAbsences,
  checkHeldAfterEstablished,
  checkHeldNotInFuture,
  checkMeetingCell,
} from './meeting.rules.js';

/** At most this many named absences in one meeting, and this long a topic. */
const MAX_ABSENCES = 500;
const MAX_TOPIC = 500;

/** The field errors of the input's shape: a topic too long, a day after today, negative counts. */
function checkShape(input: RecordMeetingInput) {
  const errors = new FieldErrors();
  errors.check((input.topic ?? '').trim().length <= MAX_TOPIC, 'topic', 'tooLong', { max: MAX_TOPIC });
  errors.check((input.absences?.length ?? 0) <= MAX_ABSENCES, 'absences', 'tooMany', { max: MAX_ABSENCES });
  const asField = (field: string, b: RuleBreach | null) => b && errors.addMessage(field, b.message);
  asField('heldOn', checkHeldNotInFuture(input.heldOn, today()));
  asField('attendees', checkCount(input.attendees));
  asField('absentees', checkCount(input.absentees));
  errors.throwIfAny();
}

/** How many of `ids` are current members of the cell (ids that are not uuids name nobody). */
async function currentMembersOfCell(ctx: Context, cellId: string, ids: string[]): Promise<number> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return 0;
  // count(*), not TypeORM's getCount (COUNT(DISTINCT m.id)): the ids are distinct keys already
  const row = await scopedMembers(ctx)
    .select('count(*)::int', 'n')
    .andWhere('m.organization_id = :cellId AND m.status IN (:...statuses) AND m.id = ANY(:ids)', {
      cellId,
      statuses: CURRENT_STATUSES,
      ids: valid,
    })
    .getRawOne<{ n: number }>();
  return row?.n ?? 0;
}

/** Ghi biên bản sinh hoạt chi bộ: one meeting of an active cell in scope, with its named absences. */
export function recordMeeting(ctx: Context, input: RecordMeetingInput): Promise<Meeting> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await findOrganization(ctx, input.organizationId, true);
    if (!org) throw notFound(ORGANIZATION);
    const state = checkActive(org.status, org.code) ?? checkMeetingCell(org.kind, org.code);
    if (state) throw ruleViolation(state);
    checkShape(input);
    const absences = input.absences ?? [];
    const ids = absences.map((a) => a.memberId);
    const breach =
      checkHeldAfterEstablished(input.heldOn, org.establishedOn) ??
      checkDistinctAbsences(ids) ??
      checkAbsencesWithin(absences.length, input.absentees) ??
      checkAbsenteesInCell(ids.length, await currentMembersOfCell(ctx, org.id, ids));
    if (breach) throw ruleViolation(breach);
    const cadreId = input.supervisingCadreId ?? null;
    if (cadreId && !(await cadreById(ctx, cadreId))) throw notFound(CADRE);
    const topic = input.topic?.trim() || null;
    const values = {
      organizationId: org.id,
      kind: input.kind,
      heldOn: input.heldOn,
      topic,
      attendees: input.attendees,
      absentees: input.absentees,
      supervisingCadreId: cadreId,
      createdById: user.id,
      version: 1,
    };
    // org_path is set by the trigger meeting_place; each absence's copies by meeting_absence_place
    const id = (await db(ctx).insert(Meeting, { ...values, orgPath: '' } as never)).identifiers[0].id as string;
    if (absences.length)
      await db(ctx).query(
        `INSERT INTO meeting_absence (meeting_id, member_id, excused, kind, held_on, org_path)
         SELECT $1::uuid, m, e, '', '1900-01-01', '' FROM unnest($2::uuid[], $3::boolean[]) AS t(m, e)`,
        [id, ids, absences.map((a) => a.excused)],
      );
    await audit(ctx, {
      action: 'recordMeeting',
      entityType: 'Meeting',
      entityId: id,
      changes: {
        ...diff(null, values, MEETING_AUDIT_FIELDS),
        absences: { from: null, to: absences.map((a) => ({ memberId: a.memberId, excused: a.excused })) },
      },
      scopePath: org.path,
    });
    return (await db(ctx).findOneBy(Meeting, { id }))!;
  });
}
