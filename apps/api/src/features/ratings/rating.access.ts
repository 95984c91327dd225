import DataLoader from 'dataloader';
import { type SubtreeColumns, subtreeWhere } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import { Rating } from './rating.entity.js';

export const RATING_COLUMNS: SubtreeColumns = { anc: 'r.anc', path: 'r.org_path' };

/**
 * The ratings of members (or organisations) whose subject lies in the
 * caller's scope, newest year first, one query per request batch.
 */
export function ratingsOf(ctx: Context, column: 'member_id' | 'organization_id', id: string): Promise<Rating[]> {
  const l = loader(
    ctx,
    `ratingsOf:${column}`,
    () =>
      new DataLoader<string, Rating[]>(async (ids) => {
        const scope = subtreeWhere(ctx, null, RATING_COLUMNS);
        const rows = await db(ctx)
          .createQueryBuilder(Rating, 'r')
          .where(`r.${column} = ANY(:ids::uuid[])`, { ids })
          .andWhere(scope.sql, scope.params)
          .orderBy('r.year', 'DESC')
          .getMany();
        const key = column === 'member_id' ? 'memberId' : 'organizationId';
        return ids.map((i) => rows.filter((r) => r[key] === i));
      }),
  );
  return l.load(id);
}
