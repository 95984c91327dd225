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
export function recordEvent(ctx: Context, e: EventRecord): Promise<void> {
  return recordEvents(ctx, [e]);
}

/** Records many events in one statement (a batch of imported members), as recordEvent records one. */
export async function recordEvents(ctx: Context, events: EventRecord[]): Promise<void> {
  if (!events.length) return;
  const col = <T>(f: (e: EventRecord) => T) => events.map(f);
  await db(ctx).query(
    `INSERT INTO member_event (member_id, kind, "on", decision_number, from_organization_id, to_organization_id, note, recorded_by, ground)
     SELECT t.member_id, t.kind, t.on, t.decision_number, t.from_id, t.to_id, t.note, $8, t.ground
       FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $9::text[])
            AS t(member_id, kind, "on", decision_number, from_id, to_id, note, ground)`,
    [
      col((e) => e.memberId),
      col((e) => e.kind),
      col((e) => e.on),
      col((e) => e.decisionNumber?.trim() || null),
      col((e) => e.fromOrganizationId ?? null),
      col((e) => e.toOrganizationId ?? null),
      col((e) => e.note?.trim() || null),
      ctx.user?.id ?? null,
      col((e) => e.ground ?? null),
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
