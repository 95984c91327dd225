import DataLoader from 'dataloader';
import type { SelectQueryBuilder } from 'typeorm';
import { type Subtree, type SubtreeColumns, subtreeWhere } from '../../auth/scope.js';
import { type Context, loadById, loader } from '../../graphql/context.js';
import { conflict, notFound } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { Cadre, Placement } from './cadre.entity.js';

export const CADRE = { vi: 'cán bộ', en: 'Cadre' };
export const PLACEMENT = { vi: 'bố trí cán bộ', en: 'Placement' };
export const CADRE_COLUMNS: SubtreeColumns = { anc: 'c.anc', path: 'c.org_path' };
export const PLACEMENT_COLUMNS: SubtreeColumns = { anc: 'p.anc', path: 'p.org_path' };

/**
 * SQL: is placement `p` local for cadre `c`, i.e. is the home commune the
 * placement's organisation or one of its ancestors (cadre.rules.ts isLocal)?
 * A commune sits at depth 2 (under a province) or 3 (under a district), so
 * the ancestor columns hold it; they avoid parsing the path on every row.
 */
export const localSql = (p: string, c: string) =>
  `COALESCE(${c}.home_commune_id IN (${p}.organization_id, ${p}.anc1, ${p}.anc2, ${p}.anc3), false)`;

/** SQL: is placement `p` held on the day bound to `:param`? (half-open ranges) */
export const heldOn = (p: string, param: string) =>
  `${p}.starts_on <= :${param} AND (${p}.ends_on IS NULL OR ${p}.ends_on > :${param})`;

/**
 * Cadres the caller may see: those whose member (or, for a non-member, the
 * organisation that keeps the record) lies in the caller's scope, and those
 * with a placement in it.
 */
export function scopedCadres(ctx: Context): SelectQueryBuilder<Cadre> {
  const qb = db(ctx).createQueryBuilder(Cadre, 'c');
  const own = subtreeWhere(ctx, null, CADRE_COLUMNS);
  if (own.sql === 'TRUE') return qb;
  const placed = subtreeWhere(ctx, null, PLACEMENT_COLUMNS);
  return qb.andWhere(`(${own.sql} OR EXISTS (SELECT 1 FROM placement p WHERE p.cadre_id = c.id AND ${placed.sql}))`, {
    ...own.params,
    ...placed.params,
  });
}

/**
 * Placements the caller may see: where their organisation is, with the two
 * figures the contract defines. `concurrent` looks at every placement of
 * the cadre (kiêm nhiệm is a fact of the person, as the indicators count
 * it); `local` compares the cadre's home commune with the placement's path.
 */
export function scopedPlacements(ctx: Context, within?: Subtree | null): SelectQueryBuilder<Placement> {
  const w = subtreeWhere(ctx, within, PLACEMENT_COLUMNS);
  return db(ctx)
    .createQueryBuilder(Placement, 'p')
    .innerJoin(Cadre, 'pc', 'pc.id = p.cadre_id')
    .addSelect(
      `EXISTS (SELECT 1 FROM placement q WHERE q.cadre_id = p.cadre_id AND q.id <> p.id
                 AND daterange(q.starts_on, q.ends_on) && daterange(p.starts_on, p.ends_on))`,
      'p_concurrent',
    )
    .addSelect(localSql('p', 'pc'), 'p_local')
    .andWhere(w.sql, w.params);
}

/** Runs a scopedPlacements query, setting `concurrent` and `local` on each placement. */
export async function fetchPlacements(qb: SelectQueryBuilder<Placement>): Promise<Placement[]> {
  const { raw, entities } = await qb.getRawAndEntities();
  const flags = new Map(raw.map((r) => [r.p_id as string, r]));
  for (const p of entities) {
    p.concurrent = flags.get(p.id)?.p_concurrent === true;
    p.local = flags.get(p.id)?.p_local === true;
  }
  return entities;
}

export function cadreById(ctx: Context, id: string): Promise<Cadre | null> {
  return loadById(ctx, 'cadreById', id, (ids) => scopedCadres(ctx).andWhere('c.id IN (:...ids)', { ids }).getMany());
}

/** A visible cadre, locked for the mutation, at the version the client read; NOT_FOUND or CONFLICT otherwise. */
export async function lockCadre(ctx: Context, id: string, version?: number): Promise<Cadre> {
  const c = isUuid(id)
    ? await scopedCadres(ctx).andWhere('c.id = :id', { id }).setLock('pessimistic_write', undefined, ['c']).getOne()
    : null;
  if (!c) throw notFound(CADRE);
  if (version !== undefined && c.version !== version) throw conflict(c.version, version);
  return c;
}

/** A visible placement, locked, at the version the client read. */
export async function lockPlacement(ctx: Context, id: string, version: number): Promise<Placement> {
  const [p] = isUuid(id)
    ? await fetchPlacements(
        scopedPlacements(ctx).andWhere('p.id = :id', { id }).setLock('pessimistic_write', undefined, ['p']),
      )
    : [];
  if (!p) throw notFound(PLACEMENT);
  if (p.version !== version) throw conflict(p.version, version);
  return p;
}

export async function placementById(ctx: Context, id: string): Promise<Placement> {
  const [p] = await fetchPlacements(scopedPlacements(ctx).andWhere('p.id = :id', { id }));
  return p;
}

/** The visible placements of each cadre, oldest first; only those held today when activeOnly. */
export function placementsOfCadre(ctx: Context, cadreId: string, activeOnly: boolean): Promise<Placement[]> {
  const l = loader(
    ctx,
    `placementsOfCadre:${activeOnly}`,
    () =>
      new DataLoader<string, Placement[]>(async (ids) => {
        const qb = scopedPlacements(ctx).andWhere('p.cadre_id IN (:...ids)', { ids });
        if (activeOnly) qb.andWhere(heldOn('p', 'today'), { today: today() });
        const rows = await fetchPlacements(qb.orderBy('p.starts_on').addOrderBy('p.position').addOrderBy('p.id'));
        return ids.map((id) => rows.filter((r) => r.cadreId === id));
      }),
  );
  return l.load(cadreId);
}

/** The visible placements held at each organisation on a day (today by default). */
export function placementsAt(ctx: Context, organizationId: string, on: string): Promise<Placement[]> {
  const l = loader(
    ctx,
    `placementsAt:${on}`,
    () =>
      new DataLoader<string, Placement[]>(async (ids) => {
        const qb = scopedPlacements(ctx)
          .andWhere('p.organization_id IN (:...ids)', { ids })
          .andWhere(heldOn('p', 'on'), { on })
          .orderBy('p.position')
          .addOrderBy('p.starts_on')
          .addOrderBy('p.id');
        const rows = await fetchPlacements(qb);
        return ids.map((id) => rows.filter((r) => r.organizationId === id));
      }),
  );
  return l.load(organizationId);
}
