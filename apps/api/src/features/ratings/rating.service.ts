import { mayRate } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, forbidden, ruleViolation } from '../../graphql/errors.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { checkYear } from '../../graphql/years.js';
import { audit, diff } from '../audit/audit.service.js';
import { disciplinedIn } from '../inspections/discipline.checks.js';
import { lockMember } from '../members/member.access.js';
import { lockInScope } from '../organizations/organization.service.js';
import { RATING_AUDIT_FIELDS, Rating } from './rating.entity.js';
import type { RateInput } from './rating.inputs.js';
import {
  checkDisciplinedCap,
  checkMemberInYear,
  checkNotExempt,
  checkOrganizationRated,
  checkScoreGrade,
} from './rating.rules.js';

const ACTION = 'rate';

function checkInput(input: RateInput): void {
  const errors = new FieldErrors();
  errors.check(!!input.memberId !== !!input.organizationId, 'memberId', 'oneSubject');
  checkYear(errors, input.year);
  const s = input.score;
  errors.check(s === null || s === undefined || (Number.isFinite(s) && s >= 0 && s <= 100), 'score', 'scoreRange');
  errors.throwIfAny();
}

/**
 * Rates a member or an organisation for a year (RateInput): the subject is
 * found in the caller's scope and locked, the caller must be the one who
 * rates it (mayRate), the rules hold; a second rating of the same subject
 * and year replaces the first (its version increments), audited from → to.
 */
export function rate(ctx: Context, input: RateInput): Promise<Rating> {
  const user = requireUser(ctx);
  checkInput(input);
  return withTransaction(ctx, async () => {
    const score = input.score ?? null;
    let column: 'member_id' | 'organization_id';
    let subjectId: string;
    if (input.memberId) {
      const m = await lockMember(ctx, input.memberId);
      if (!mayRate(user.role, user.scopeId, { kind: 'MEMBER' })) throw forbidden();
      const breach =
        checkNotExempt(m.exempt) ??
        checkMemberInYear(input.year, m.admittedOn, m.leftOn) ??
        checkScoreGrade(score, input.grade) ??
        checkDisciplinedCap(input.grade, await disciplinedIn(ctx, m.id, input.year));
      if (breach) throw ruleViolation(breach);
      [column, subjectId] = ['member_id', m.id];
    } else {
      const o = await lockInScope(ctx, input.organizationId!);
      const subject = {
        kind: 'ORGANIZATION' as const,
        organizationId: o.id,
        organizationKind: o.kind,
        parentId: o.parentId,
      };
      if (!mayRate(user.role, user.scopeId, subject)) throw forbidden();
      const breach =
        checkOrganizationRated(o.kind, input.year, o.establishedOn, o.closedOn) ?? checkScoreGrade(score, input.grade);
      if (breach) throw ruleViolation(breach);
      [column, subjectId] = ['organization_id', o.id];
    }
    const before = await db(ctx).findOneBy(Rating, {
      [column === 'member_id' ? 'memberId' : 'organizationId']: subjectId,
      year: input.year,
    });
    let id: string;
    if (before) {
      await db(ctx).query(
        'UPDATE rating SET grade = $2, score = $3, rated_by = $4, rated_at = now(), version = version + 1 WHERE id = $1',
        [before.id, input.grade, score, user.id],
      );
      id = before.id;
    } else {
      // org_path is set by the trigger subject_place
      [{ id }] = await db(ctx).query(
        `INSERT INTO rating (year, grade, score, ${column}, rated_by, org_path) VALUES ($1,$2,$3,$4,$5,'') RETURNING id`,
        [input.year, input.grade, score, subjectId, user.id],
      );
    }
    const after = (await db(ctx).findOneBy(Rating, { id }))!;
    await audit(ctx, {
      action: ACTION,
      entityType: 'Rating',
      entityId: id,
      changes: diff(before ? { ...before } : null, { ...after }, RATING_AUDIT_FIELDS),
      scopePath: after.orgPath,
    });
    return after;
  });
}
