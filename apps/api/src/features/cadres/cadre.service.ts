import { foldSearch } from '@dangvu/schema';
import { In } from 'typeorm';
import { likeEscape, requireUser, scopeSubtree, subtreeClause } from '../../auth/scope.js';
import { communeAnywhere, pathOf } from '../../auth/unscoped.js';
import type { Context } from '../../graphql/context.js';
import { FieldErrors, notFound } from '../../graphql/errors.js';
import { keysetOf, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { lockMember } from '../members/member.access.js';
import { findOrganization, ORGANIZATION, subtreeOf } from '../organizations/organization.service.js';
import { CADRE_COLUMNS, lockCadre, PLACEMENT_COLUMNS } from './cadre.access.js';
import { CADRE_AUDIT_FIELDS, Cadre } from './cadre.entity.js';
import type { CadreFilter, CreateCadreInput, UpdateCadreInput } from './cadre.inputs.js';

const PERSON = ['fullName', 'gender', 'dateOfBirth', 'theoryLevel', 'qualification'] as const;

/** The home commune named by id or exact code (anywhere: auth/unscoped.ts); undefined when neither is given. */
async function homeCommune(ctx: Context, input: { homeCommuneId?: string | null; homeCommuneCode?: string | null }) {
  if (!input.homeCommuneId && !input.homeCommuneCode) return undefined;
  const commune = await communeAnywhere(ctx, { id: input.homeCommuneId, code: input.homeCommuneCode });
  if (!commune) {
    const errors = new FieldErrors();
    errors.add(input.homeCommuneId ? 'homeCommuneId' : 'homeCommuneCode', 'notACommune');
    errors.throwIfAny();
  }
  return commune!.id;
}

function checkPerson(errors: FieldErrors, p: { fullName?: string | null; dateOfBirth?: string | null }) {
  if (p.fullName != null) {
    errors.check(p.fullName.trim().length > 0, 'fullName', 'required');
    errors.check(p.fullName.trim().length <= 120, 'fullName', 'tooLong', { max: 120 });
  }
  if (p.dateOfBirth != null) errors.check(p.dateOfBirth <= today(), 'dateOfBirth', 'dateInFuture');
}

async function reload(ctx: Context, id: string): Promise<Cadre> {
  return (await db(ctx).findOneBy(Cadre, { id }))!;
}

/**
 * Tạo hồ sơ cán bộ: from a member in the caller's scope (one cadre per
 * member: CONFLICT otherwise), or for a person who is not a member, kept by
 * an organisation in the caller's scope (by default its own).
 */
export function createCadre(ctx: Context, input: CreateCadreInput): Promise<Cadre> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const errors = new FieldErrors();
    let values: Partial<Cadre>;
    let scopePath: string;
    if (input.memberId) {
      for (const f of PERSON) errors.check(input[f] == null, f, 'fromMember');
      errors.throwIfAny();
      const member = await lockMember(ctx, input.memberId);
      values = { memberId: member.id, ownerId: null };
      scopePath = await pathOf(ctx, member.organizationId);
    } else {
      for (const f of ['fullName', 'gender', 'dateOfBirth'] as const) errors.check(input[f] != null, f, 'required');
      checkPerson(errors, input);
      const ownerId = input.organizationId ?? user.scopeId;
      errors.check(ownerId != null, 'organizationId', 'ownerRequired');
      errors.throwIfAny();
      const owner = await findOrganization(ctx, ownerId!);
      if (!owner) throw notFound(ORGANIZATION);
      const fullName = input.fullName!.trim();
      values = {
        memberId: null,
        ownerId: owner.id,
        fullName,
        searchText: foldSearch(fullName),
        gender: input.gender!,
        dateOfBirth: input.dateOfBirth!,
        theoryLevel: input.theoryLevel ?? 'NONE',
        qualification: input.qualification ?? 'NONE',
      };
      scopePath = owner.path;
    }
    values.homeCommuneId = (await homeCommune(ctx, input)) ?? null;
    // the database copies a member's person fields and sets the path (trigger cadre_copy)
    const placeholder = { fullName: '', searchText: '', gender: 'MALE', dateOfBirth: '1900-01-01' } as const;
    const row = { theoryLevel: 'NONE', qualification: 'NONE', orgPath: '', ...placeholder, ...values, version: 1 };
    const id = (await db(ctx).insert(Cadre, row as never)).identifiers[0].id as string;
    const created = await reload(ctx, id);
    await audit(ctx, {
      action: 'createCadre',
      entityType: 'Cadre',
      entityId: id,
      changes: diff(null, { ...created }, CADRE_AUDIT_FIELDS),
      scopePath,
    });
    return created;
  });
}

/** Corrects a visible cadre at the version the client read (see UpdateCadreInput). */
export function updateCadre(ctx: Context, input: UpdateCadreInput): Promise<Cadre> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const cadre = await lockCadre(ctx, input.id, input.version);
    const errors = new FieldErrors();
    if (cadre.memberId) for (const f of PERSON) errors.check(input[f] == null, f, 'fromMember');
    checkPerson(errors, input);
    errors.throwIfAny();
    const changes: Partial<Cadre> = {};
    const home = await homeCommune(ctx, input);
    if (home !== undefined) changes.homeCommuneId = home;
    if (!cadre.memberId) {
      if (input.fullName != null) {
        changes.fullName = input.fullName.trim();
        changes.searchText = foldSearch(changes.fullName);
      }
      if (input.gender != null) changes.gender = input.gender;
      if (input.dateOfBirth != null) changes.dateOfBirth = input.dateOfBirth;
      if (input.theoryLevel != null) changes.theoryLevel = input.theoryLevel;
      if (input.qualification != null) changes.qualification = input.qualification;
    }
    const changed = diff({ ...cadre }, { ...cadre, ...changes }, CADRE_AUDIT_FIELDS);
    errors.check(Object.keys(changed).length > 0, 'id', 'nothingToUpdate');
    errors.throwIfAny();
    await db(ctx).update(Cadre, { id: cadre.id }, {
      ...changes,
      version: cadre.version + 1,
      updatedAt: () => 'now()',
    } as never);
    await audit(ctx, {
      action: 'updateCadre',
      entityType: 'Cadre',
      entityId: cadre.id,
      changes: changed,
      scopePath: cadre.orgPath,
    });
    return reload(ctx, cadre.id);
  });
}

/**
 * The cadres list, by folded name then id, in keyset pages: the union of two
 * index-led keysets over the subtree (migration Cadres1732900000000), the
 * cadres whose member or keeping organisation lies in it and the cadres
 * placed in it. A filter on posts or on a day reads only the second.
 */
export async function listCadres(
  ctx: Context,
  filter: CadreFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<Cadre>> {
  const { limit, cursor } = pageArgs(first, after);
  const keyset = keysetOf(cursor);
  const within = await subtreeOf(ctx, filter.withinId);
  const byPlacement = !!(filter.positions?.length || filter.activeOn);
  const params: unknown[] = [];
  const words = foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .map((w) => `%${likeEscape(w)}%`);
  const branch = (alias: 'c' | 'p', paged: boolean) => {
    const cols = alias === 'c' ? CADRE_COLUMNS : PLACEMENT_COLUMNS;
    const id = alias === 'c' ? 'c.id' : 'p.cadre_id';
    const where = [subtreeClause(ctx, within, cols, params)];
    for (const w of words) where.push(`${alias}.search_text LIKE $${params.push(w)}`);
    if (alias === 'p' && filter.positions?.length)
      where.push(`p.position = ANY($${params.push(filter.positions)}::text[])`);
    if (alias === 'p' && filter.activeOn) {
      const d = params.push(filter.activeOn);
      where.push(`p.starts_on <= $${d} AND (p.ends_on IS NULL OR p.ends_on > $${d})`);
    }
    if (paged && keyset)
      where.push(`(${alias}.search_text, ${id}) > ($${params.push(keyset[0])}, $${params.push(keyset[1])}::uuid)`);
    const from = alias === 'c' ? 'cadre c' : 'placement p';
    const tail = paged ? ` ORDER BY 1, 2 LIMIT ${limit + 1}` : '';
    return `(SELECT ${alias === 'p' ? 'DISTINCT ' : ''}${alias}.search_text, ${id} AS id FROM ${from} WHERE ${where.join(' AND ')}${tail})`;
  };
  // ADMIN over everything: the cadres themselves are the whole list
  const onlyOwn = !byPlacement && !within && !scopeSubtree(ctx);
  const union = (paged: boolean) =>
    byPlacement
      ? branch('p', paged)
      : onlyOwn
        ? branch('c', paged)
        : `${branch('c', paged)} UNION ${branch('p', paged)}`;
  const page = `SELECT u.search_text, u.id FROM (${union(true)}) u ORDER BY 1, 2 LIMIT ${limit + 1}`;
  const pageParams = params.slice();
  const keys: { search_text: string; id: string }[] = await db(ctx).query(page, pageParams);
  const cadres = keys.length
    ? await db(ctx)
        .getRepository(Cadre)
        .findBy({ id: In(keys.map((k) => k.id)) })
    : [];
  const byId = new Map(cadres.map((c) => [c.id, c]));
  const count = async () => {
    params.length = 0;
    const sql = `SELECT count(*)::int AS n FROM (${union(false)}) u`;
    const [{ n }] = await db(ctx).query(sql, params);
    return n as number;
  };
  return pageOf(
    keys.filter((k) => byId.has(k.id)).map((k) => ({ node: byId.get(k.id)!, key: [k.search_text, k.id] })),
    limit,
    count,
  );
}
