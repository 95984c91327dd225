import { Member } from '../features/members/member.entity.js';
import { Organization } from '../features/organizations/organization.entity.js';
import { type Context, loadById } from '../graphql/context.js';
import { isUuid } from '../graphql/scalars.js';
import { db } from '../graphql/transaction.js';
import { inScope } from './scope.js';

/**
 * The deliberate exceptions to the scope rule (auth/scope.ts), each reading
 * across the caller's scope for one stated reason and exposing nothing an
 * out-of-scope record could be learned from. Nothing else reads unscoped.
 */

/**
 * The materialized path of an organisation already reached through the
 * scope (a member's cell, a record's organisation): used to stamp audit
 * entries and to compare paths, never returned to a client.
 */
export async function pathOf(ctx: Context, id: string): Promise<string> {
  const [{ path }] = await db(ctx).query('SELECT path FROM organization WHERE id = $1', [id]);
  return path;
}

/**
 * An organisation by id whatever the caller's scope: only to name the
 * organisation a visible record points at (a member's cell, the two ends of
 * a transfer addressed to or from the caller's scope). Outside the scope the
 * answer is limited to what naming needs (id, code, name, kind, sector,
 * status): dates and decision numbers are withheld, and the field resolvers
 * of Organization (children, ancestors, memberCount …) go through the scope
 * and so read nothing there.
 */
export function organizationNamedBy(ctx: Context, id: string): Promise<Organization | null> {
  return loadById(ctx, 'organizationNamedBy', id, async (ids) => {
    const rows = await db(ctx).createQueryBuilder(Organization, 'o').where('o.id = ANY(:ids)', { ids }).getMany();
    return rows.map((r) => (inScope(ctx, r.path) ? r : limited(r)));
  });
}

/** What may be shown of an organisation outside the caller's scope. */
export function limited(o: Organization): Organization {
  return Object.assign(new Organization(), {
    ...o,
    establishedOn: null,
    decisionNumber: null,
    closedOn: null,
    closingDecisionNumber: null,
    mergedIntoId: null,
    parentId: null,
  });
}

/**
 * An active organisation anywhere in the tree by its exact code: the
 * address of a transfer (the sender knows the code from the receiving
 * cell's letter). Answered through `limited`.
 */
export async function organizationByExactCode(ctx: Context, code: string): Promise<Organization | null> {
  const org = await db(ctx)
    .getRepository(Organization)
    .findOne({ where: { code: code.trim().toUpperCase(), status: 'ACTIVE' } });
  return org && (inScope(ctx, org.path) ? org : limited(org));
}

/**
 * Is a card number held by another member anywhere? Card numbers are unique
 * nationwide (Quy định 294-QĐ/TW); the answer is yes or no, never who holds it.
 */
export async function cardNumberTaken(ctx: Context, card: string, exceptMemberId?: string): Promise<boolean> {
  const rows = exceptMemberId
    ? await db(ctx).query('SELECT 1 FROM member WHERE card_number = $1 AND id <> $2', [card, exceptMemberId])
    : await db(ctx).query('SELECT 1 FROM member WHERE card_number = $1', [card]);
  return rows.length > 0;
}

/** Of these card numbers, those already held (the import checks a whole file at once). */
export async function cardNumbersTaken(ctx: Context, cards: string[]): Promise<Set<string>> {
  if (!cards.length) return new Set();
  const rows: { card_number: string }[] = await db(ctx).query(
    'SELECT card_number FROM member WHERE card_number = ANY($1::text[])',
    [cards],
  );
  return new Set(rows.map((r) => r.card_number));
}

/**
 * The destination of a new transfer, by id, locked against a concurrent
 * dissolve: it may lie outside the caller's scope (a transfer to another
 * district). The caller learns only whether it is an active cell.
 */
export async function lockTransferDestination(ctx: Context, id: string): Promise<Organization | null> {
  if (!isUuid(id)) return null;
  return db(ctx)
    .getRepository(Organization)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
}

/**
 * The member of a transfer addressed to the caller's scope, while still in
 * the sender's cell: the receiving side must know who is coming. Only
 * called with a transfer already found visible.
 */
export function memberOfVisibleTransfer(ctx: Context, memberId: string): Promise<Member> {
  return db(ctx).getRepository(Member).findOneByOrFail({ id: memberId });
}

const COMMUNE_KINDS = ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'COMMUNE_LEVEL_COMMITTEE'];
const COMMUNE_SECTORS = ['COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE'];

/**
 * A cadre's home commune, by id or by exact code, anywhere in the tree and
 * in any status: a cadre who is not local comes from elsewhere (seed 000:
 * all ten commune secretaries of Lâm Bình). The caller learns only whether
 * it is a commune; it is shown through `organizationNamedBy` (limited
 * outside the scope).
 */
export async function communeAnywhere(ctx: Context, ref: { id?: string | null; code?: string | null }) {
  const where = ref.id
    ? isUuid(ref.id)
      ? { id: ref.id }
      : null
    : ref.code?.trim()
      ? { code: ref.code.trim().toUpperCase() }
      : null;
  if (!where) return null;
  const org = await db(ctx).getRepository(Organization).findOne({ where });
  return org && COMMUNE_KINDS.includes(org.kind) && COMMUNE_SECTORS.includes(org.sector) ? org : null;
}
