import { type EntityManager, QueryFailedError } from 'typeorm';
import { inScope, requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { currentLang, t } from '../../graphql/i18n.js';
import { type AfterRollback, db } from '../../graphql/transaction.js';

/**
 * Card numbers are unique nationwide, so a clash tells the caller that
 * someone holds the number, in scope or not (ADR 0005). The answer is the
 * same CONFLICT either way and names no holder; each clash is audited after
 * the failed mutation's rollback; clashes with holders outside the caller's
 * scope are counted per user in PostgreSQL, and past `limit` of them in
 * `windowSeconds` every card-number check answers TOO_MANY_REQUESTS.
 */
export const CARD_CLASHES = { limit: 5, windowSeconds: 3600 };

const ACTION = 'cardNumberClash';

type Queryable = Pick<EntityManager, 'query'>;

const OUTSIDE_IN_WINDOW = `user_id = $1 AND action = '${ACTION}' AND at > now() - make_interval(secs => $2)
  AND changes -> 'holderInScope' ->> 'to' = 'false'`;

/** Seconds until the user may check card numbers again (the limit-th newest clash leaves the window); 0 when not throttled. */
async function throttledFor(q: Queryable, userId: string): Promise<number> {
  const [row] = await q.query(
    `SELECT ceil(extract(epoch FROM at + make_interval(secs => $2) - now()))::int AS seconds
       FROM audit_entry WHERE ${OUTSIDE_IN_WINDOW}
      ORDER BY at DESC OFFSET $3 LIMIT 1`,
    [userId, CARD_CLASHES.windowSeconds, CARD_CLASHES.limit - 1],
  );
  return row ? Math.max(1, row.seconds) : 0;
}

function throttled(seconds: number): AppError {
  return new AppError('TOO_MANY_REQUESTS', t('cardChecksThrottled', { seconds }), { retryAfterSeconds: seconds });
}

/**
 * Refuses a card-number check while the caller is throttled (before the number
 * is looked at), through the request's transaction when there is one.
 */
export async function assertCardChecksAllowed(ctx: Context): Promise<void> {
  const seconds = await throttledFor(db(ctx), requireUser(ctx).id);
  if (seconds) throw throttled(seconds);
}

/**
 * A card-number clash inside a mutation. Thrown inside the transaction; after
 * the rollback `afterRollback` audits the clashes in a short transaction of
 * its own and answers this error, or TOO_MANY_REQUESTS past the limit.
 */
export class CardClash extends AppError implements AfterRollback {
  /** The candidates found held after the rollback, in the order given. */
  held: string[] = [];

  constructor(
    readonly operation: string,
    /** The card numbers that may clash (held ones are recorded). */
    readonly cards: string[],
    path: string[],
  ) {
    const field = currentLang() === 'en' ? 'Card number' : 'Số thẻ đảng viên';
    const message = t('duplicate', { field, value: cards[0] ?? '' });
    super('CONFLICT', message, { fields: [{ path, message }] });
  }

  async afterRollback(ctx: Context): Promise<AppError> {
    const user = requireUser(ctx);
    return ctx.ds.transaction('READ COMMITTED', async (m) => {
      // one user's clashes are counted one at a time, so a burst cannot outrun the limit
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('${ACTION}:' || $1, 0))`, [user.id]);
      const holders: { card_number: string; path: string }[] = await m.query(
        `SELECT m.card_number, o.path FROM member m JOIN organization o ON o.id = m.organization_id
          WHERE m.card_number = ANY($1::text[])`,
        [this.cards],
      );
      const byCard = new Map(holders.map((h) => [h.card_number, inScope(ctx, h.path)]));
      this.held = this.cards.filter((c) => byCard.has(c));
      if (!this.held.length) return this;
      const outside = this.held.filter((c) => !byCard.get(c)).length;
      const [{ count }] = await m.query(`SELECT count(*)::int AS count FROM audit_entry WHERE ${OUTSIDE_IN_WINDOW}`, [
        user.id,
        CARD_CLASHES.windowSeconds,
      ]);
      await m.query(
        `INSERT INTO audit_entry (at, user_id, action, entity_type, entity_id, changes, scope_path)
         SELECT clock_timestamp(), $1, '${ACTION}', 'User', $1,
                jsonb_build_object('cardNumber', jsonb_build_object('from', null, 'to', c.card),
                                   'holderInScope', jsonb_build_object('from', null, 'to', c.inside),
                                   'operation', jsonb_build_object('from', null, 'to', $3::text)),
                $2
           FROM unnest($4::text[], $5::boolean[]) AS c(card, inside)`,
        [
          user.id,
          user.role === 'ADMIN' ? null : user.scopePath,
          this.operation,
          this.held,
          this.held.map((c) => byCard.get(c)),
        ],
      );
      if (count >= CARD_CLASHES.limit || count + outside > CARD_CLASHES.limit)
        return throttled((await throttledFor(m, user.id)) || CARD_CLASHES.windowSeconds);
      return this;
    });
  }
}

/** Runs a write that may set a card number; a concurrent writer's unique violation becomes a CardClash. */
export async function writingCard<T>(operation: string, card: string | null, path: string[], write: () => Promise<T>) {
  try {
    return await write();
  } catch (e) {
    if (card && isCardTaken(e)) throw new CardClash(operation, [card], path);
    throw e;
  }
}

/** Is this the unique violation of member.card_number (a concurrent writer took the number first)? */
export function isCardTaken(e: unknown): boolean {
  const driver = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : null;
  return driver?.code === '23505' && driver.constraint === 'member_card_unique';
}
