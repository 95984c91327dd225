import type { OrganizationEventKind } from '@dangvu/schema';
import DataLoader from 'dataloader';
import { inScope } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import type { Organization } from './organization.entity.js';
import { OrganizationEvent } from './organization-event.entity.js';

export interface OrganizationEventRecord {
  organizationId: string;
  kind: OrganizationEventKind;
  on: string;
  decisionNumber?: string | null;
  fromParentId?: string | null;
  toParentId?: string | null;
  otherId?: string | null;
  previousName?: string | null;
}

/** Records a step of an organisation's history, inside the mutation's transaction. */
export async function recordOrganizationEvent(ctx: Context, e: OrganizationEventRecord): Promise<void> {
  await db(ctx).query(
    `INSERT INTO organization_event (organization_id, kind, "on", decision_number, from_parent_id, to_parent_id, other_id, previous_name, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      e.organizationId,
      e.kind,
      e.on,
      e.decisionNumber?.trim() || null,
      e.fromParentId ?? null,
      e.toParentId ?? null,
      e.otherId ?? null,
      e.previousName ?? null,
      ctx.user?.id ?? null,
    ],
  );
}

/**
 * The history of an organisation, oldest first, in one query per request
 * batch. Only for an organisation inside the caller's scope: one reached
 * outside it (named by a transfer or an event) shows no history.
 */
export function organizationEvents(ctx: Context, org: Organization): Promise<OrganizationEvent[]> {
  if (!inScope(ctx, org.path)) return Promise.resolve([]);
  const l = loader(
    ctx,
    'organizationEvents',
    () =>
      new DataLoader<string, OrganizationEvent[]>(async (ids) => {
        const rows = await db(ctx)
          .createQueryBuilder(OrganizationEvent, 'e')
          .where('e.organization_id IN (:...ids)', { ids })
          .orderBy('e.on')
          .addOrderBy('e.recorded_at')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.organizationId === id));
      }),
  );
  return l.load(org.id);
}
