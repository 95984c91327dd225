import DataLoader from 'dataloader';
import { requireUser } from '../../auth/scope.js';
import { type Context, loadById, loader } from '../../graphql/context.js';
import { duplicate, FieldErrors, notFound } from '../../graphql/errors.js';
import { currentLang } from '../../graphql/i18n.js';
import { isUuid } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { findOrganization, ORGANIZATION, organizationById } from '../organizations/organization.service.js';
import { goodOrBetterPercent } from '../ratings/rating.tally.js';
import { Target, Term } from './target.entity.js';
import type { CreateTermInput, SetTargetInput } from './target.inputs.js';

export const TERM = { vi: 'nhiệm kỳ', en: 'Term' };

export function listTerms(ctx: Context): Promise<Term[]> {
  requireUser(ctx);
  return db(ctx)
    .getRepository(Term)
    .find({ order: { startsOn: 'DESC' } });
}

export function termById(ctx: Context, id: string): Promise<Term | null> {
  return loadById(ctx, 'termById', id, (ids) =>
    db(ctx).getRepository(Term).createQueryBuilder('t').where('t.id IN (:...ids)', { ids }).getMany(),
  );
}

export function createTerm(ctx: Context, input: CreateTermInput): Promise<Term> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const errors = new FieldErrors();
    const name = input.name.trim();
    errors.check(name.length > 0, 'name', 'required');
    errors.check(name.length <= 60, 'name', 'tooLong', { max: 60 });
    errors.check(input.endsOn > input.startsOn, 'endsOn', 'dateRange');
    errors.throwIfAny();
    if ((await db(ctx).query('SELECT 1 FROM term WHERE name = $1', [name])).length)
      throw duplicate(['input', 'name'], currentLang() === 'en' ? 'Term' : 'Nhiệm kỳ', name);
    const values = { name, startsOn: input.startsOn, endsOn: input.endsOn };
    const id = (await db(ctx).insert(Term, values)).identifiers[0].id as string;
    await audit(ctx, {
      action: 'createTerm',
      entityType: 'Term',
      entityId: id,
      changes: diff(null, values, ['name', 'startsOn', 'endsOn']),
      scopePath: null,
    });
    return (await db(ctx).findOneBy(Term, { id }))!;
  });
}

/** The targets of an organisation in scope, for one term or all. */
export async function listTargets(ctx: Context, organizationId: string, termId?: string | null): Promise<Target[]> {
  const org = await organizationById(ctx, organizationId);
  if (!org) throw notFound(ORGANIZATION);
  const qb = db(ctx)
    .getRepository(Target)
    .createQueryBuilder('t')
    .innerJoin(Term, 'term', 'term.id = t.term_id')
    .where('t.organization_id = :id', { id: org.id });
  if (termId) qb.andWhere(isUuid(termId) ? 't.term_id = :termId' : 'FALSE', { termId });
  return qb.orderBy('term.starts_on', 'DESC').addOrderBy('t.metric').getMany();
}

/** Sets (creates or replaces) one target of an organisation for a term. */
export function setTarget(ctx: Context, input: SetTargetInput): Promise<Target> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await findOrganization(ctx, input.organizationId, true);
    if (!org) throw notFound(ORGANIZATION);
    const term = isUuid(input.termId) ? await db(ctx).findOneBy(Term, { id: input.termId }) : null;
    if (!term) throw notFound(TERM);
    const errors = new FieldErrors();
    errors.check(Number.isFinite(input.targetValue) && input.targetValue > 0, 'targetValue', 'positive');
    errors.throwIfAny();
    const before = await db(ctx).findOne(Target, {
      where: { organizationId: org.id, termId: term.id, metric: input.metric },
      lock: { mode: 'pessimistic_write' },
    });
    if (before)
      await db(ctx).update(Target, { id: before.id }, { targetValue: input.targetValue, version: before.version + 1 });
    const id =
      before?.id ??
      ((
        await db(ctx).insert(Target, {
          organizationId: org.id,
          termId: term.id,
          metric: input.metric,
          targetValue: input.targetValue,
          version: 1,
        })
      ).identifiers[0].id as string);
    const after = (await db(ctx).findOneBy(Target, { id }))!;
    await audit(ctx, {
      action: 'setTarget',
      entityType: 'Target',
      entityId: id,
      changes: diff(before ? { ...before } : null, { ...after }, ['organizationId', 'termId', 'metric', 'targetValue']),
      scopePath: org.path,
    });
    return after;
  });
}

/**
 * The rating metrics: the share rated GOOD or better in the organisation's
 * subtree in the term's latest rated year (features/ratings); 0 until
 * ratings of the term's years are recorded.
 */
function ratedShare(ctx: Context, target: Target): Promise<number> {
  // once per target and request (achievedValue and ratio both ask): the loader's cache
  const l = loader(
    ctx,
    'ratedShare',
    () =>
      new DataLoader<Target, number, string>((targets) => Promise.all(targets.map((t) => readRatedShare(ctx, t))), {
        cacheKeyFn: (t) => t.id,
      }),
  );
  return l.load(target);
}

/** One statement per rating target (its subtree through the ratings' ancestor columns, ADR 0013). */
async function readRatedShare(ctx: Context, target: Target): Promise<number> {
  const [org, term] = await Promise.all([organizationById(ctx, target.organizationId), termById(ctx, target.termId)]);
  if (!org || !term) return 0;
  const organizations = target.metric === 'ORGANIZATIONS_GOOD_OR_BETTER_PERCENT';
  const [from, to] = [term.startsOn, term.endsOn].map((d) => Number(d.slice(0, 4)));
  return goodOrBetterPercent(ctx, { id: org.id, path: org.path }, organizations, from, to);
}

/**
 * What a target has achieved, from the records: NEW_MEMBERS counts the
 * admissions (ADMITTED events) into the organisation's subtree within the
 * term; the rating metrics, the share rated good or better (ratedShare).
 */
export function achievedValue(ctx: Context, target: Target): Promise<number> {
  if (target.metric !== 'NEW_MEMBERS') return ratedShare(ctx, target);
  const l = loader(
    ctx,
    'newMembersAchieved',
    () =>
      new DataLoader<string, number>(async (ids) => {
        const rows: { id: string; n: number }[] = await db(ctx).query(
          `SELECT t.id, count(e.id)::int AS n
         FROM target t
         JOIN term ON term.id = t.term_id
         JOIN organization root ON root.id = t.organization_id
         JOIN organization c ON c.path LIKE root.path || '%'
         JOIN member_event e ON e.to_organization_id = c.id AND e.kind = 'ADMITTED' AND e."on" BETWEEN term.starts_on AND term.ends_on
        WHERE t.id = ANY($1::uuid[])
        GROUP BY t.id`,
          [ids],
        );
        return ids.map((id) => rows.find((r) => r.id === id)?.n ?? 0);
      }),
  );
  return l.load(target.id);
}
