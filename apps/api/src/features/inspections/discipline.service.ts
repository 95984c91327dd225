import { DISCIPLINE_FORM_LABELS, PARTY_POSITIONS } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, forbidden, ruleViolation } from '../../graphql/errors.js';
import { today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { endPlacementsOfMember } from '../cadres/placement.service.js';
import { lockMember } from '../members/member.access.js';
import type { Member } from '../members/member.entity.js';
import { checkCurrent } from '../members/member.rules.js';
import { recordEvent } from '../members/member-events.js';
import { leaveRoll } from '../members/member-status.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { closeLocked, lockInScope } from '../organizations/organization.service.js';
import {
  checkFormForSubject,
  checkHoldsPost,
  checkProbationaryLimit,
  checkViolation,
  inForceUntil,
  mayDecide,
  type SubjectKind,
} from './discipline.rules.js';
import { namedSubjects } from './inspection.access.js';
import { DISCIPLINE_AUDIT_FIELDS, Discipline } from './inspection.entity.js';
import type { ImposeDisciplineInput } from './inspection.inputs.js';
import { checkNamed } from './inspection.rules.js';
import { lockConducted } from './inspection.service.js';

const ACTION = 'imposeDiscipline';

/** Does the member hold a party post (SECRETARY … INSPECTION_MEMBER) on the day? */
async function holdsPartyPost(ctx: Context, memberId: string, on: string): Promise<boolean> {
  const rows = await db(ctx).query(
    `SELECT 1 FROM placement p JOIN cadre c ON c.id = p.cadre_id
      WHERE c.member_id = $1 AND p.position = ANY($2::text[]) AND p.starts_on <= $3 AND (p.ends_on IS NULL OR p.ends_on > $3)
      LIMIT 1`,
    [memberId, PARTY_POSITIONS, on],
  );
  return rows.length > 0;
}

function checkInput(input: ImposeDisciplineInput, concludedOn: string | null) {
  const errors = new FieldErrors();
  errors.check(!!input.memberId !== !!input.organizationId, 'memberId', 'oneSubject');
  const reason = input.reason.trim();
  errors.check(reason.length > 0, 'reason', 'required');
  errors.check(reason.length <= 4000, 'reason', 'tooLong', { max: 4000 });
  errors.check((input.decisionNumber ?? '').length <= 100, 'decisionNumber', 'tooLong', { max: 100 });
  errors.check(input.decidedOn <= today(), 'decidedOn', 'dateInFuture');
  if (concludedOn) errors.check(input.decidedOn >= concludedOn, 'decidedOn', 'dateBefore', { date: concludedOn });
  errors.throwIfAny();
}

/**
 * Thi hành kỷ luật (ImposeDisciplineInput), decided by the body that
 * conducted the inspection; its effects run in the same transaction,
 * audited: EXPULSION takes the member off the roll (the members feature's
 * exit path) and ends every placement; DISMISSAL ends the party posts;
 * DISSOLUTION closes the organisation under the dissolve rules. The member's
 * history shows a DISCIPLINED (or EXPELLED) event.
 */
export function imposeDiscipline(ctx: Context, input: ImposeDisciplineInput): Promise<Discipline> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const i = await lockConducted(ctx, input.inspectionId);
    checkInput(input, i.concludedOn);
    const subject: SubjectKind = input.memberId ? 'MEMBER' : 'ORGANIZATION';
    const first = checkViolation(i.status, i.outcome) ?? checkFormForSubject(input.form, subject);
    if (first) throw ruleViolation(first);
    if (!mayDecide(user.role, input.form, subject)) throw forbidden();
    const named = checkNamed(await namedSubjects(ctx, i.id), input);
    if (named) throw ruleViolation(named);
    let member: Member | null = null;
    let org: Organization | null = null;
    if (input.memberId) {
      member = await lockMember(ctx, input.memberId);
      const breach =
        checkCurrent(member.status) ??
        checkProbationaryLimit(input.form, member.status) ??
        checkHoldsPost(
          input.form,
          input.form === 'DISMISSAL' && (await holdsPartyPost(ctx, member.id, input.decidedOn)),
        );
      if (breach) throw ruleViolation(breach);
    } else org = await lockInScope(ctx, input.organizationId!);
    const values = {
      form: input.form,
      memberId: member?.id ?? null,
      organizationId: org?.id ?? null,
      reason: input.reason.trim(),
      decidedOn: input.decidedOn,
      decidedById: i.conductedById,
      decisionNumber: input.decisionNumber?.trim() || null,
      inspectionId: i.id,
      inForceUntil: inForceUntil(input.form, input.decidedOn),
    };
    // org_path is set by the trigger subject_place
    const [{ id, org_path }] = await db(ctx).query(
      `INSERT INTO discipline (form, member_id, organization_id, reason, decided_on, decided_by_id, decision_number, inspection_id, in_force_until, created_by, org_path)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'') RETURNING id, org_path`,
      [...Object.values(values), user.id],
    );
    await audit(ctx, {
      action: ACTION,
      entityType: 'Discipline',
      entityId: id,
      changes: diff(null, values, DISCIPLINE_AUDIT_FIELDS),
      scopePath: org_path,
    });
    const note = `${DISCIPLINE_FORM_LABELS[input.form].vi}: ${values.reason}`;
    if (member && input.form === 'EXPULSION')
      await leaveRoll(ctx, member, {
        kind: 'EXPELLED',
        status: 'EXPELLED',
        on: input.decidedOn,
        decisionNumber: values.decisionNumber,
        note,
        action: ACTION,
        allPlacements: true,
      });
    else if (member) {
      await recordEvent(ctx, {
        memberId: member.id,
        kind: 'DISCIPLINED',
        on: input.decidedOn,
        decisionNumber: values.decisionNumber,
        note,
      });
      if (input.form === 'DISMISSAL') await endPlacementsOfMember(ctx, member.id, input.decidedOn, ACTION, false);
    }
    if (org && input.form === 'DISSOLUTION')
      await closeLocked(ctx, org, { on: input.decidedOn, decisionNumber: values.decisionNumber }, 'DISSOLVED', ACTION);
    return (await db(ctx).findOneBy(Discipline, { id }))!;
  });
}
