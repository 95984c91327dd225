import type { MemberEventKind } from '@dangvu/schema';
import DataLoader from 'dataloader';
import { type Context, loader } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import { MemberEvent } from './member.entity.js';

export interface EventRecord {
  memberId: string;
  kind: MemberEventKind;
  on: string;
  decisionNumber?: string | null;
  fromOrganizationId?: string | null;
  toOrganizationId?: string | null;
  note?: string | null;
  ground?: string | null;
}

/** Records a change of status, cell or exemption in the member's history (inside the mutation's transaction). */
export async function recordEvent(ctx: Context, e: EventRecord): Promise<void> {
  await db(ctx).query(
    `INSERT INTO member_event (member_id, kind, "on", decision_number, from_organization_id, to_organization_id, note, recorded_by, ground)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      e.memberId,
      e.kind,
      e.on,
      e.decisionNumber?.trim() || null,
      e.fromOrganizationId ?? null,
      e.toOrganizationId ?? null,
      e.note?.trim() || null,
      ctx.user?.id ?? null,
      e.ground ?? null,
    ],
  );
}

/** The history of members already known to be visible, oldest first, in one query per request batch. */
export function eventsOf(ctx: Context, memberId: string): Promise<MemberEvent[]> {
  const l = loader(
    ctx,
    'memberEvents',
    () =>
      new DataLoader<string, MemberEvent[]>(async (ids) => {
        const rows = await db(ctx)
          .createQueryBuilder(MemberEvent, 'e')
          .where('e.member_id IN (:...ids)', { ids })
          .orderBy('e.on')
          .addOrderBy('e.recorded_at')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.memberId === id));
      }),
  );
  return l.load(memberId);
}
