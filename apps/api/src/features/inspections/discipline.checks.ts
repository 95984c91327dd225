import { PROCEEDING_KINDS } from '@dangvu/schema';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { db } from '../../graphql/transaction.js';
import { checkNotInForce, checkNotUnderProceedings, type DisciplineSpan } from './discipline.rules.js';

/**
 * What discipline and open proceedings bar elsewhere: appointments
 * (features/cadres), transfers (features/members) and ratings
 * (features/ratings) call these inside their own transaction, for a member
 * they have already found in scope.
 */

/** The disciplines of members, as spans (decision day, last day in force), keyed by member. */
export async function disciplineSpans(
  ctx: Context,
  memberIds: readonly string[],
): Promise<Map<string, DisciplineSpan[]>> {
  const out = new Map<string, DisciplineSpan[]>();
  if (!memberIds.length) return out;
  const rows: { member_id: string; decided_on: string; in_force_until: string | null }[] = await db(ctx).query(
    'SELECT member_id, decided_on, in_force_until FROM discipline WHERE member_id = ANY($1::uuid[])',
    [memberIds],
  );
  for (const r of rows) {
    const list = out.get(r.member_id) ?? [];
    list.push({ decidedOn: r.decided_on, inForceUntil: r.in_force_until });
    out.set(r.member_id, list);
  }
  return out;
}

/** Was the member disciplined in the year (a discipline decided in it)? The ratings' DISCIPLINED_CAP asks. */
export async function disciplinedIn(ctx: Context, memberId: string, year: number): Promise<boolean> {
  const spans = (await disciplineSpans(ctx, [memberId])).get(memberId) ?? [];
  return spans.some((s) => s.decidedOn.startsWith(`${year}-`));
}

/** DISCIPLINE_IN_FORCE: refuses an appointment starting on `day` of a member under a discipline in force then. */
export async function assertNoDisciplineInForce(ctx: Context, memberId: string, day: string): Promise<void> {
  const spans = (await disciplineSpans(ctx, [memberId])).get(memberId) ?? [];
  const breach = checkNotInForce(spans, day);
  if (breach) throw ruleViolation(breach);
}

/**
 * UNDER_PROCEEDINGS: refuses a transfer of a member who is the subject of
 * an inspection on signs of violation, a denunciation or a discipline
 * appeal that is neither concluded nor cancelled.
 */
export async function assertNotUnderProceedings(ctx: Context, memberId: string): Promise<void> {
  const [{ n }] = await db(ctx).query(
    `SELECT count(*)::int AS n FROM inspection_subject s JOIN inspection i ON i.id = s.inspection_id
      WHERE s.member_id = $1 AND i.kind = ANY($2::text[]) AND i.status IN ('PLANNED','IN_PROGRESS')`,
    [memberId, PROCEEDING_KINDS],
  );
  const breach = checkNotUnderProceedings(n);
  if (breach) throw ruleViolation(breach);
}
