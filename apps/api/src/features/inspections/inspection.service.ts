import { foldSearch, type InspectionStatus } from '@dangvu/schema';
import { requireUser } from '../../auth/scope.js';
import type { Context } from '../../graphql/context.js';
import { conflict, FieldErrors, forbidden, notFound, ruleViolation } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { MEMBER, scopedMembers } from '../members/member.access.js';
import { findOrganization, ORGANIZATION, organizationById } from '../organizations/organization.service.js';
import { lockInspection, namedSubjects, REMEDY } from './inspection.access.js';
import { INSPECTION_AUDIT_FIELDS, Inspection, Remedy } from './inspection.entity.js';
import type {
  AddFindingInput,
  CompleteRemedyInput,
  ConcludeInspectionInput,
  PlanInspectionInput,
  StartInspectionInput,
} from './inspection.inputs.js';
import {
  checkHasSubject,
  checkNamed,
  checkNotOwnOrganization,
  checkOpen,
  checkPlannedRange,
  checkRemedyOpen,
  checkStarted,
  checkTransition,
  inspectionCode,
  mayConduct,
} from './inspection.rules.js';

/** At most this many subjects of each kind, and remedies, in one request. */
const MAX_SUBJECTS = 500;

function checkText(errors: FieldErrors, field: string, value: string | null | undefined, max: number) {
  const v = (value ?? '').trim();
  errors.check(v.length > 0, field, 'required');
  errors.check(v.length <= max, field, 'tooLong', { max });
}

async function reload(ctx: Context, id: string): Promise<Inspection> {
  return (await db(ctx).findOneBy(Inspection, { id }))!;
}

/** Writes an inspection's changes at the next version, audited under `action`. */
async function save(ctx: Context, action: string, before: Inspection, changes: Partial<Inspection>) {
  await db(ctx).update(Inspection, { id: before.id }, { ...changes, version: before.version + 1 });
  const after = await reload(ctx, before.id);
  await audit(ctx, {
    action,
    entityType: 'Inspection',
    entityId: before.id,
    changes: diff({ ...before }, { ...after }, INSPECTION_AUDIT_FIELDS),
    scopePath: before.orgPath,
  });
  return after;
}

/** A visible inspection the caller's inspection body conducts (FORBIDDEN when it only sees it), locked. */
export async function lockConducted(ctx: Context, id: string, version?: number): Promise<Inspection> {
  const user = requireUser(ctx);
  const i = await lockInspection(ctx, id, version);
  if (!mayConduct(user, i.conductedById)) throw forbidden();
  return i;
}

/** Lập kế hoạch kiểm tra, giám sát (PlanInspectionInput); the code is numbered per organisation and year. */
export function planInspection(ctx: Context, input: PlanInspectionInput): Promise<Inspection> {
  const user = requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await findOrganization(ctx, input.conductedById);
    if (!org) throw notFound(ORGANIZATION);
    if (!mayConduct(user, org.id)) throw forbidden();
    const errors = new FieldErrors();
    checkText(errors, 'title', input.title, 300);
    errors.check((input.subjectOrganizationIds?.length ?? 0) <= MAX_SUBJECTS, 'subjectOrganizationIds', 'tooMany', {
      max: MAX_SUBJECTS,
    });
    errors.check((input.subjectMemberIds?.length ?? 0) <= MAX_SUBJECTS, 'subjectMemberIds', 'tooMany', {
      max: MAX_SUBJECTS,
    });
    errors.throwIfAny();
    const orgIds = [...new Set(input.subjectOrganizationIds ?? [])];
    const memberIds = [...new Set(input.subjectMemberIds ?? [])];
    const breach =
      checkHasSubject(orgIds.length, memberIds.length) ??
      checkPlannedRange(input.plannedStartOn, input.plannedEndOn) ??
      checkNotOwnOrganization(user.role, user.scopeId, orgIds);
    if (breach) throw ruleViolation(breach);
    const orgs = await Promise.all(orgIds.map((id) => organizationById(ctx, id)));
    if (orgs.some((o) => !o)) throw notFound(ORGANIZATION);
    const members =
      memberIds.length && memberIds.every(isUuid)
        ? await scopedMembers(ctx).andWhere('m.id IN (:...ids)', { ids: memberIds }).getMany()
        : [];
    if (members.length !== memberIds.length) throw notFound(MEMBER);
    const year = Number(input.plannedStartOn.slice(0, 4));
    // the counter row stays locked until this transaction ends: numbers are never shared
    const [{ last }] = await db(ctx).query(
      `INSERT INTO inspection_counter (organization_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last = inspection_counter.last + 1 RETURNING last`,
      [org.id, year],
    );
    const code = inspectionCode(org.code, year, last);
    const title = input.title.trim();
    const values = {
      code,
      kind: input.kind,
      title,
      searchText: foldSearch(`${code} ${title}`),
      conductedById: org.id,
      plannedStartOn: input.plannedStartOn,
      plannedEndOn: input.plannedEndOn,
      status: 'PLANNED' as InspectionStatus,
      createdById: user.id,
      version: 1,
    };
    // org_path is set by the trigger inspection_place; each subject's path by subject_place
    const id = (await db(ctx).insert(Inspection, { ...values, orgPath: '' } as never)).identifiers[0].id as string;
    await db(ctx).query(
      `INSERT INTO inspection_subject (inspection_id, organization_id, member_id, planned_start_on, org_path)
       SELECT $1::uuid, o, NULL, $4::date, '' FROM unnest($2::uuid[]) o
       UNION ALL SELECT $1::uuid, NULL, m, $4::date, '' FROM unnest($3::uuid[]) m`,
      [id, orgIds, memberIds, input.plannedStartOn],
    );
    await audit(ctx, {
      action: 'planInspection',
      entityType: 'Inspection',
      entityId: id,
      changes: {
        ...diff(null, values, INSPECTION_AUDIT_FIELDS),
        subjectOrganizationIds: { from: null, to: orgIds },
        subjectMemberIds: { from: null, to: memberIds },
      },
      scopePath: org.path,
    });
    return reload(ctx, id);
  });
}

/** Bắt đầu: PLANNED → IN_PROGRESS on a day not after today. */
export function startInspection(ctx: Context, input: StartInspectionInput): Promise<Inspection> {
  return withTransaction(ctx, async () => {
    const i = await lockConducted(ctx, input.id, input.version);
    const breach = checkTransition(i.status, 'IN_PROGRESS');
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors();
    errors.check(input.on <= today(), 'on', 'dateInFuture');
    errors.throwIfAny();
    return save(ctx, 'startInspection', i, { status: 'IN_PROGRESS', startedOn: input.on });
  });
}

/** Hủy: to CANCELLED before it is concluded, with the reason. */
export function cancelInspection(ctx: Context, id: string, version: number, reason: string): Promise<Inspection> {
  return withTransaction(ctx, async () => {
    const i = await lockConducted(ctx, id, version);
    const breach = checkTransition(i.status, 'CANCELLED');
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors([]);
    checkText(errors, 'reason', reason, 1000);
    errors.throwIfAny();
    return save(ctx, 'cancelInspection', i, {
      status: 'CANCELLED',
      cancelledOn: today(),
      cancelReason: reason.trim(),
    });
  });
}

/** Ghi nhận phát hiện: while in progress, about a subject the inspection names (or none). */
export function addFinding(ctx: Context, input: AddFindingInput): Promise<Inspection> {
  return withTransaction(ctx, async () => {
    const i = await lockConducted(ctx, input.inspectionId, input.version);
    const state = checkOpen(i.status) ?? checkStarted(i.status);
    if (state) throw ruleViolation(state);
    const errors = new FieldErrors();
    checkText(errors, 'text', input.text, 4000);
    errors.check(!(input.memberId && input.organizationId), 'organizationId', 'oneSubject');
    errors.throwIfAny();
    const named = checkNamed(await namedSubjects(ctx, i.id), input);
    if (named) throw ruleViolation(named);
    const [{ id }] = await db(ctx).query(
      `INSERT INTO finding (inspection_id, text, severity, member_id, organization_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [i.id, input.text.trim(), input.severity, input.memberId ?? null, input.organizationId ?? null, ctx.user!.id],
    );
    await audit(ctx, {
      action: 'addFinding',
      entityType: 'Finding',
      entityId: id,
      changes: diff(null, { inspectionId: i.id, text: input.text.trim(), severity: input.severity }, [
        'inspectionId',
        'text',
        'severity',
      ]),
      scopePath: i.orgPath,
    });
    return save(ctx, 'addFinding', i, {});
  });
}

/** Kết luận: IN_PROGRESS → CONCLUDED with the outcome, the conclusion and its remedies. */
export function concludeInspection(ctx: Context, input: ConcludeInspectionInput): Promise<Inspection> {
  return withTransaction(ctx, async () => {
    const i = await lockConducted(ctx, input.id, input.version);
    const breach = checkTransition(i.status, 'CONCLUDED');
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors();
    checkText(errors, 'conclusion', input.conclusion, 20000);
    errors.check(input.on <= today(), 'on', 'dateInFuture');
    if (i.startedOn) errors.check(input.on >= i.startedOn, 'on', 'dateBefore', { date: i.startedOn });
    const remedies = input.remedies ?? [];
    errors.check(remedies.length <= MAX_SUBJECTS, 'remedies', 'tooMany', { max: MAX_SUBJECTS });
    remedies.forEach((r, k) => {
      checkText(errors, `remedies.${k}.action`, r.action, 2000);
      errors.check(r.dueOn >= input.on, `remedies.${k}.dueOn`, 'dateBefore', { date: input.on });
    });
    errors.throwIfAny();
    const responsible = await Promise.all(remedies.map((r) => organizationById(ctx, r.responsibleId)));
    if (responsible.some((o) => !o)) throw notFound(ORGANIZATION);
    if (remedies.length)
      await db(ctx).query(
        `INSERT INTO remedy (inspection_id, action, responsible_id, due_on, position, org_path)
         SELECT $1::uuid, a, r, d, k, '' FROM unnest($2::text[], $3::uuid[], $4::date[]) WITH ORDINALITY AS t(a, r, d, k)`,
        [
          i.id,
          remedies.map((r) => r.action.trim()),
          remedies.map((r) => r.responsibleId),
          remedies.map((r) => r.dueOn),
        ],
      );
    return save(ctx, 'concludeInspection', i, {
      status: 'CONCLUDED',
      concludedOn: input.on,
      outcome: input.outcome,
      conclusion: input.conclusion.trim(),
    });
  });
}

/** Hoàn thành khắc phục: the one change a concluded inspection still takes. */
export function completeRemedy(ctx: Context, input: CompleteRemedyInput): Promise<Remedy> {
  return withTransaction(ctx, async () => {
    const [row] = isUuid(input.id)
      ? await db(ctx).query('SELECT inspection_id FROM remedy WHERE id = $1', [input.id])
      : [];
    const i = row ? await lockConducted(ctx, row.inspection_id).catch(hideAs(REMEDY)) : null;
    if (!i) throw notFound(REMEDY);
    const r = (await db(ctx).findOne(Remedy, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } }))!;
    if (r.version !== input.version) throw conflict(r.version, input.version);
    const breach = checkRemedyOpen(r.status);
    if (breach) throw ruleViolation(breach);
    const errors = new FieldErrors();
    errors.check(input.on <= today(), 'on', 'dateInFuture');
    if (i.concludedOn) errors.check(input.on >= i.concludedOn, 'on', 'dateBefore', { date: i.concludedOn });
    errors.throwIfAny();
    await db(ctx).update(Remedy, { id: r.id }, { status: 'DONE', completedOn: input.on, version: r.version + 1 });
    await audit(ctx, {
      action: 'completeRemedy',
      entityType: 'Remedy',
      entityId: r.id,
      changes: { status: { from: 'OPEN', to: 'DONE' }, completedOn: { from: null, to: input.on } },
      scopePath: i.orgPath,
    });
    return (await db(ctx).findOneBy(Remedy, { id: r.id }))!;
  });
}

/** A NOT_FOUND about the inspection reads as NOT_FOUND about the record reached through it. */
export function hideAs(entity: { vi: string; en: string }) {
  return (e: unknown): never => {
    throw (e as { extensions?: { code?: string } })?.extensions?.code === 'NOT_FOUND' ? notFound(entity) : e;
  };
}
