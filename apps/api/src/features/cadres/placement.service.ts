import { PARTY_POSITIONS } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, forbidden, notFound, ruleViolation } from '../../graphql/errors.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { assertNoDisciplineInForce } from '../inspections/discipline.checks.js';
import { Member } from '../members/member.entity.js';
import { findOrganization, ORGANIZATION } from '../organizations/organization.service.js';
import { lockCadre, lockPlacement, placementById } from './cadre.access.js';
import { PLACEMENT_AUDIT_FIELDS, Placement } from './cadre.entity.js';
import type { EndPlacementInput, PlaceCadreInput } from './cadre.inputs.js';
import {
  checkCellCommittee,
  checkEnd,
  checkOfficialMember,
  checkOpen,
  checkPlaceable,
  checkSeatFree,
  checkVillageHead,
  mayPlace,
} from './cadre.rules.js';

/**
 * Bố trí cán bộ (PlaceCadreInput): the organisation is locked, so two
 * placements in one seat cannot pass the seat check together.
 */
export function placeCadre(ctx: Context, input: PlaceCadreInput): Promise<Placement> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await findOrganization(ctx, input.organizationId, true);
    if (!org) throw notFound(ORGANIZATION);
    if (!mayPlace(user, org)) throw forbidden();
    const cadre = await lockCadre(ctx, input.cadreId);
    const errors = new FieldErrors();
    errors.check((input.decisionNumber ?? '').length <= 100, 'decisionNumber', 'tooLong', { max: 100 });
    if (org.establishedOn)
      errors.check(input.startsOn >= org.establishedOn, 'startsOn', 'dateBefore', { date: org.establishedOn });
    errors.throwIfAny();
    const member = cadre.memberId ? await db(ctx).findOneBy(Member, { id: cadre.memberId }) : null;
    const seat: { starts_on: string; ends_on: string | null }[] = await db(ctx).query(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
         FROM placement WHERE organization_id = $1 AND position = $2 ORDER BY starts_on`,
      [org.id, input.position],
    );
    const [{ official }] = await db(ctx).query(
      `SELECT count(*)::int AS official FROM member WHERE organization_id = $1 AND status = 'OFFICIAL'`,
      [org.id],
    );
    const breach =
      checkPlaceable(org.status, org.code) ??
      checkVillageHead(input.position, org.kind, org.sector) ??
      checkCellCommittee(input.position, org.kind, official) ??
      checkOfficialMember(input.position, member, input.startsOn) ??
      checkSeatFree(
        input.position,
        input.startsOn,
        seat.map((s) => ({ startsOn: s.starts_on, endsOn: s.ends_on })),
      );
    if (breach) throw ruleViolation(breach);
    if (member) await assertNoDisciplineInForce(ctx, member.id, input.startsOn);
    const values = {
      cadreId: cadre.id,
      organizationId: org.id,
      position: input.position,
      mode: input.mode,
      startsOn: input.startsOn,
      endsOn: null,
      decisionNumber: input.decisionNumber?.trim() || null,
      endReason: null,
      version: 1,
    };
    // search_text and org_path are set by the trigger placement_place
    const id = (await db(ctx).insert(Placement, { ...values, orgPath: '', searchText: '' } as never)).identifiers[0]
      .id as string;
    await audit(ctx, {
      action: 'placeCadre',
      entityType: 'Placement',
      entityId: id,
      changes: diff(null, values, PLACEMENT_AUDIT_FIELDS),
      scopePath: org.path,
    });
    return placementById(ctx, id);
  });
}

/** Kết thúc bố trí: who may place at the organisation may end the placement there. */
export function endPlacement(ctx: Context, input: EndPlacementInput): Promise<Placement> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const p = await lockPlacement(ctx, input.id, input.version);
    const org = await findOrganization(ctx, p.organizationId);
    if (!org || !mayPlace(user, org)) throw forbidden();
    const errors = new FieldErrors();
    errors.check((input.reason ?? '').length <= 500, 'reason', 'tooLong', { max: 500 });
    errors.throwIfAny();
    const breach = checkOpen(p.endsOn) ?? checkEnd(p.startsOn, input.endsOn);
    if (breach) throw ruleViolation(breach);
    const changes = { endsOn: input.endsOn, endReason: input.reason?.trim() || null };
    await db(ctx).update(Placement, { id: p.id }, { ...changes, version: p.version + 1 });
    await audit(ctx, {
      action: 'endPlacement',
      entityType: 'Placement',
      entityId: p.id,
      changes: diff({ ...p }, { ...p, ...changes }, PLACEMENT_AUDIT_FIELDS),
      scopePath: p.orgPath,
    });
    return placementById(ctx, p.id);
  });
}

/**
 * Ends, on a date, the placements held then or later that match `where`
 * (the effects of closing an organisation or of a member's exit), inside
 * the caller's transaction, each with an audit entry under `action`. A
 * placement that would start later ends as an empty range on its start.
 */
async function endPlacementsWhere(
  ctx: Context,
  where: string,
  params: unknown[],
  on: string,
  action: string,
  reason: string,
) {
  const n = params.length;
  await db(ctx).query(
    `WITH ended AS (
       UPDATE placement p SET ends_on = GREATEST(p.starts_on, $${n + 1}::date), end_reason = $${n + 3}::text, version = p.version + 1
        FROM placement old
        WHERE old.id = p.id AND ${where} AND (p.ends_on IS NULL OR p.ends_on > $${n + 1}::date)
        RETURNING p.id, old.ends_on AS before, p.ends_on AS after, p.org_path)
     INSERT INTO audit_entry (user_id, action, entity_type, entity_id, changes, scope_path)
     SELECT $${n + 2}::uuid, $${n + 4}::text, 'Placement', id,
            jsonb_build_object('endsOn', jsonb_build_object('from', before, 'to', after),
                               'endReason', jsonb_build_object('from', NULL, 'to', $${n + 3}::text)), org_path
       FROM ended`,
    [...params, on, ctx.user?.id ?? null, reason, action],
  );
}

/** Closing organisations (dissolved, merged, ended) ends the placements at them on that date. */
export function endPlacementsAt(ctx: Context, organizationIds: string[], on: string, action: string) {
  return endPlacementsWhere(ctx, 'p.organization_id = ANY($1::uuid[])', [organizationIds], on, action, action);
}

/** A member's exit ends the member's party placements on that date (all placements on death). */
export function endPlacementsOfMember(ctx: Context, memberId: string, on: string, action: string, all: boolean) {
  return endPlacementsWhere(
    ctx,
    `p.cadre_id IN (SELECT id FROM cadre WHERE member_id = $1) ${all ? '' : 'AND p.position = ANY($2::text[])'}`,
    all ? [memberId] : [memberId, PARTY_POSITIONS],
    on,
    action,
    action,
  );
}
