import DataLoader from 'dataloader';
import { likeEscape, scopePrefix } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { Member } from './member.entity.js';

/**
 * Sinh hoạt đảng tạm thời (docs/adr/0010-temporary-transfers.md): a member
 * on a running temporary transfer (ACCEPTED, from its start to its `until`,
 * both included) stays on the home cell's roll — lists, counts, rollups,
 * statistics and ratings, and every write, stay with the home cell — and is
 * active at the destination, which reads the member through member(id), the
 * transfers list and Member.temporaryOrganization. Both read through the
 * partial index transfer_temporary_member_idx.
 */

const RUNNING = `t.temporary AND t.status = 'ACCEPTED' AND t.requested_on <= :on AND t.until >= :on`;

/**
 * Of these members outside the caller's home-roll scope, those on a running
 * temporary transfer to a cell in the caller's scope: the destination's
 * view of them. Scoped by the destination's path, so it widens nothing else.
 */
export async function temporarilyActiveInScope(ctx: Context, ids: readonly string[]): Promise<Member[]> {
  const prefix = scopePrefix(ctx);
  if (prefix === null || !ids.length) return [];
  return db(ctx)
    .createQueryBuilder(Member, 'm')
    .where('m.id = ANY(:ids)', { ids })
    .andWhere(
      `EXISTS (SELECT 1 FROM transfer t JOIN organization o ON o.id = t.to_organization_id
                WHERE t.member_id = m.id AND ${RUNNING} AND o.path LIKE :tprefix)`,
      { on: today(), tprefix: `${likeEscape(prefix)}%` },
    )
    .getMany();
}

/** The cell each member is temporarily active in today; null when none (the latest running transfer wins). */
export function temporaryOrganizationIdOf(ctx: Context, memberId: string): Promise<string | null> {
  const l = loader(
    ctx,
    'temporaryOrganization',
    () =>
      new DataLoader<string, string | null>(async (ids) => {
        const rows: { member_id: string; to_organization_id: string }[] = await db(ctx).query(
          `SELECT DISTINCT ON (t.member_id) t.member_id, t.to_organization_id FROM transfer t
            WHERE t.member_id = ANY($1::uuid[]) AND ${RUNNING.replaceAll(':on', '$2')}
            ORDER BY t.member_id, t.requested_on DESC, t.created_at DESC`,
          [ids, today()],
        );
        const byMember = new Map(rows.map((r) => [r.member_id, r.to_organization_id]));
        return ids.map((id) => byMember.get(id) ?? null);
      }),
  );
  return l.load(memberId);
}
