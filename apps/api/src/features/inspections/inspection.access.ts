import DataLoader from 'dataloader';
import { In, type SelectQueryBuilder } from 'typeorm';
import { requireUser, type SubtreeColumns, subtreeWhere } from '../../auth/scope.js';
import { type Context, loadById, loader } from '../../graphql/context.js';
import { conflict, notFound } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { Discipline, Finding, Inspection, Remedy } from './inspection.entity.js';
import { readsEveryStatus, type Subjects } from './inspection.rules.js';

export const INSPECTION = { vi: 'cuộc kiểm tra, giám sát', en: 'Inspection' };
export const REMEDY = { vi: 'việc khắc phục', en: 'Remedy' };
export const INSPECTION_COLUMNS: SubtreeColumns = { anc: 'i.anc', path: 'i.org_path' };
export const SUBJECT_COLUMNS: SubtreeColumns = { anc: 's.anc', path: 's.org_path' };
export const REMEDY_COLUMNS: SubtreeColumns = { anc: 'r.anc', path: 'r.org_path' };
export const DISCIPLINE_COLUMNS: SubtreeColumns = { anc: 'd.anc', path: 'd.org_path' };

/**
 * Which inspections (alias `i`) the caller reads: those conducted in its
 * scope and those with a subject in it; inspectors (and ADMIN) in every
 * status, other roles only once CONCLUDED. Everything else reads as absent.
 */
export function visibleWhere(ctx: Context): { sql: string; params: Record<string, unknown> } {
  const user = requireUser(ctx);
  const status = readsEveryStatus(user.role) ? '' : `i.status = 'CONCLUDED'`;
  const own = subtreeWhere(ctx, null, INSPECTION_COLUMNS);
  if (own.sql === 'TRUE') return { sql: status || 'TRUE', params: {} };
  const subj = subtreeWhere(ctx, null, SUBJECT_COLUMNS);
  const scope = `(${own.sql} OR EXISTS (SELECT 1 FROM inspection_subject s WHERE s.inspection_id = i.id AND ${subj.sql}))`;
  return { sql: status ? `${status} AND ${scope}` : scope, params: { ...own.params, ...subj.params } };
}

export function scopedInspections(ctx: Context): SelectQueryBuilder<Inspection> {
  const w = visibleWhere(ctx);
  return db(ctx).createQueryBuilder(Inspection, 'i').where(w.sql, w.params);
}

export function inspectionById(ctx: Context, id: string): Promise<Inspection | null> {
  return loadById(ctx, 'inspectionById', id, (ids) =>
    scopedInspections(ctx).andWhere('i.id IN (:...ids)', { ids }).getMany(),
  );
}

/** A visible inspection, locked for the mutation, at the version the client read (when given). */
export async function lockInspection(ctx: Context, id: string, version?: number): Promise<Inspection> {
  const i = isUuid(id)
    ? await scopedInspections(ctx)
        .andWhere('i.id = :id', { id })
        .setLock('pessimistic_write', undefined, ['i'])
        .getOne()
    : null;
  if (!i) throw notFound(INSPECTION);
  if (version !== undefined && i.version !== version) throw conflict(i.version, version);
  return i;
}

export interface SubjectRow {
  inspection_id: string;
  organization_id: string | null;
  member_id: string | null;
}

/** The subject rows of inspections already known to be visible, one query per request batch. */
export function subjectsOf(ctx: Context, inspectionId: string): Promise<SubjectRow[]> {
  return byInspection(ctx, 'inspectionSubjects', inspectionId, async (ids) =>
    db(ctx).query(
      'SELECT inspection_id, organization_id, member_id FROM inspection_subject WHERE inspection_id = ANY($1::uuid[]) ORDER BY id',
      [ids],
    ),
  );
}

/** The organisations and members an inspection names. */
export async function namedSubjects(ctx: Context, inspectionId: string): Promise<Subjects> {
  const rows = await subjectsOf(ctx, inspectionId);
  return {
    memberIds: rows.flatMap((s) => (s.member_id ? [s.member_id] : [])),
    organizationIds: rows.flatMap((s) => (s.organization_id ? [s.organization_id] : [])),
  };
}

export function findingsOf(ctx: Context, inspectionId: string): Promise<Finding[]> {
  return byInspection(ctx, 'inspectionFindings', inspectionId, (ids) =>
    db(ctx)
      .createQueryBuilder(Finding, 'f')
      .where('f.inspection_id = ANY(:ids::uuid[])', { ids })
      .orderBy('f.recorded_at')
      .addOrderBy('f.id')
      .getMany(),
  );
}

export function remediesOf(ctx: Context, inspectionId: string): Promise<Remedy[]> {
  return byInspection(ctx, 'inspectionRemedies', inspectionId, (ids) =>
    db(ctx)
      .createQueryBuilder(Remedy, 'r')
      .where('r.inspection_id = ANY(:ids::uuid[])', { ids })
      .orderBy('r.position')
      .getMany(),
  );
}

export function disciplinesOfInspection(ctx: Context, inspectionId: string): Promise<Discipline[]> {
  return byInspection(ctx, 'inspectionDisciplines', inspectionId, (ids) =>
    db(ctx)
      .createQueryBuilder(Discipline, 'd')
      .where('d.inspection_id = ANY(:ids::uuid[])', { ids })
      .orderBy('d.decided_on')
      .addOrderBy('d.created_at')
      .getMany(),
  );
}

/**
 * The disciplines of members (or organisations) whose subject lies in the
 * caller's scope (a member named across it, e.g. by a transfer, shows none),
 * oldest first, one query per request batch.
 */
export function disciplinesOf(
  ctx: Context,
  column: 'member_id' | 'organization_id',
  id: string,
): Promise<Discipline[]> {
  const l = loader(
    ctx,
    `disciplinesOf:${column}`,
    () =>
      new DataLoader<string, Discipline[]>(async (ids) => {
        const scope = subtreeWhere(ctx, null, DISCIPLINE_COLUMNS);
        const rows = await db(ctx)
          .createQueryBuilder(Discipline, 'd')
          .where(`d.${column} = ANY(:ids::uuid[])`, { ids })
          .andWhere(scope.sql, scope.params)
          .orderBy('d.decided_on')
          .addOrderBy('d.created_at')
          .getMany();
        const key = column === 'member_id' ? 'memberId' : 'organizationId';
        return ids.map((i) => rows.filter((r) => r[key] === i));
      }),
  );
  return l.load(id);
}

/** The visible inspections a member (or an organisation) was a subject of, newest planned first. */
export function inspectionsOfSubject(
  ctx: Context,
  column: 'member_id' | 'organization_id',
  id: string,
): Promise<Inspection[]> {
  const l = loader(
    ctx,
    `inspectionsOf:${column}`,
    () =>
      new DataLoader<string, Inspection[]>(async (ids) => {
        const pairs: { id: string; subject_id: string }[] = await scopedInspections(ctx)
          .innerJoin('inspection_subject', 'x', 'x.inspection_id = i.id')
          .select('i.id', 'id')
          .addSelect(`x.${column}`, 'subject_id')
          .andWhere(`x.${column} = ANY(:subjectIds::uuid[])`, { subjectIds: ids })
          .orderBy('i.planned_start_on', 'DESC')
          .addOrderBy('i.id', 'DESC')
          .getRawMany();
        const rows = pairs.length
          ? await db(ctx)
              .getRepository(Inspection)
              .findBy({ id: In([...new Set(pairs.map((p) => p.id))]) })
          : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((sid) => pairs.filter((p) => p.subject_id === sid).map((p) => byId.get(p.id)!));
      }),
  );
  return l.load(id);
}

function byInspection<T extends { inspection_id?: string; inspectionId?: string | null }>(
  ctx: Context,
  key: string,
  inspectionId: string,
  fetch: (ids: readonly string[]) => Promise<T[]>,
): Promise<T[]> {
  const l = loader(
    ctx,
    key,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await fetch(ids);
        return ids.map((id) => rows.filter((r) => (r.inspectionId ?? r.inspection_id) === id));
      }),
  );
  return l.load(inspectionId);
}
