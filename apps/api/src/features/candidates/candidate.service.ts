import { foldSearch } from '@dangvu/schema';
import { applyScope, likeEscape, requireUser, type Subtree } from '../../auth/scope.js';
import { pathOf } from '../../auth/unscoped.js';
import { type Context, loadById } from '../../graphql/context.js';
import { conflict, FieldErrors, notFound, ruleViolation } from '../../graphql/errors.js';
import { countRows, keysetOf, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { checkAdmission } from '../members/admission.service.js';
import { activeCellInScope } from '../members/member.access.js';
import type { Member } from '../members/member.entity.js';
import { insertMember } from '../members/member.insert.js';
import { Organization } from '../organizations/organization.entity.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { CANDIDATE_AUDIT_FIELDS, Candidate } from './candidate.entity.js';
import type {
  AdmitCandidateInput,
  AdvanceCandidateInput,
  CandidateFilter,
  CreateCandidateInput,
} from './candidate.inputs.js';
import { checkAdmit, checkAdvance, checkCourse } from './candidate.rules.js';
import { recordSponsors } from './candidate-sponsors.js';

const CANDIDATE = { vi: 'quần chúng ưu tú', en: 'Candidate' };

function scoped(ctx: Context, within?: Subtree | null) {
  return applyScope(
    db(ctx).createQueryBuilder(Candidate, 'c').innerJoin(Organization, 'o', 'o.id = c.organization_id'),
    ctx,
    'o.path',
    within,
  );
}

export function candidateById(ctx: Context, id: string): Promise<Candidate | null> {
  return loadById(ctx, 'candidateById', id, (ids) => scoped(ctx).andWhere('c.id IN (:...ids)', { ids }).getMany());
}

export async function listCandidates(
  ctx: Context,
  filter: CandidateFilter,
  first?: number | null,
  after?: string | null,
): Promise<Page<Candidate>> {
  const { limit, cursor } = pageArgs(first, after);
  const qb = scoped(ctx, await subtreeOf(ctx, filter.withinId));
  if (filter.stages?.length) qb.andWhere('c.stage IN (:...stages)', { stages: filter.stages });
  foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .forEach((w, i) => {
      qb.andWhere(`c.search_text LIKE :s${i}`, { [`s${i}`]: `%${likeEscape(w)}%` });
    });
  const count = () => countRows(qb.clone());
  const keyset = keysetOf(cursor);
  if (keyset) qb.andWhere('(c.search_text, c.id) > (:cv, :cid)', { cv: keyset[0], cid: keyset[1] });
  const rows = await qb
    .orderBy('c.search_text')
    .addOrderBy('c.id')
    .limit(limit + 1)
    .getMany();
  return pageOf(
    rows.map((c) => ({ node: c, key: [c.searchText, c.id] })),
    limit,
    count,
  );
}

async function lockCandidate(ctx: Context, id: string, version: number) {
  const c = isUuid(id)
    ? await scoped(ctx).andWhere('c.id = :id', { id }).setLock('pessimistic_write', undefined, ['c']).getOne()
    : null;
  if (!c) throw notFound(CANDIDATE);
  if (c.version !== version) throw conflict(c.version, version);
  return c;
}

export function createCandidate(ctx: Context, input: CreateCandidateInput): Promise<Candidate> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await activeCellInScope(ctx, input.organizationId);
    const errors = new FieldErrors();
    const fullName = input.fullName.trim();
    errors.check(fullName.length > 0, 'fullName', 'required');
    errors.check(fullName.length <= 120, 'fullName', 'tooLong', { max: 120 });
    errors.check(input.ethnicity.trim().length > 0, 'ethnicity', 'required');
    errors.check(input.dateOfBirth <= today(), 'dateOfBirth', 'dateInFuture');
    errors.throwIfAny();
    const values = {
      fullName,
      searchText: foldSearch(fullName),
      gender: input.gender,
      dateOfBirth: input.dateOfBirth,
      ethnicity: input.ethnicity.trim(),
      organizationId: org.id,
      stage: 'SOURCED' as const,
      awarenessCourseOn: null,
      note: input.note?.trim() || null,
      admittedMemberId: null,
      version: 1,
    };
    const id = (await db(ctx).insert(Candidate, values)).identifiers[0].id as string;
    await audit(ctx, {
      action: 'createCandidate',
      entityType: 'Candidate',
      entityId: id,
      changes: diff(null, values, CANDIDATE_AUDIT_FIELDS),
      scopePath: org.path,
    });
    return (await db(ctx).findOneBy(Candidate, { id }))!;
  });
}

export function advanceCandidate(ctx: Context, input: AdvanceCandidateInput): Promise<Candidate> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const c = await lockCandidate(ctx, input.id, input.version);
    const order = checkAdvance(c.stage, input.to);
    if (order) throw ruleViolation(order);
    const changes: Partial<Candidate> & { sponsors?: string[] } = {
      stage: input.to,
      note: input.note?.trim() || c.note,
    };
    if (input.to === 'TRAINED') {
      const breach = checkCourse(input.awarenessCourseOn);
      if (breach) throw ruleViolation(breach);
      const errors = new FieldErrors();
      errors.check(input.awarenessCourseOn! <= today(), 'awarenessCourseOn', 'dateInFuture');
      errors.throwIfAny();
      changes.awarenessCourseOn = input.awarenessCourseOn!;
    }
    if (input.to === 'APPLIED') {
      const appliedOn = input.appliedOn ?? today();
      const errors = new FieldErrors();
      errors.check(appliedOn <= today(), 'appliedOn', 'dateInFuture');
      if (c.awarenessCourseOn)
        errors.check(appliedOn >= c.awarenessCourseOn, 'appliedOn', 'dateBefore', { date: c.awarenessCourseOn });
      errors.throwIfAny();
      changes.sponsors = await recordSponsors(ctx, c, input, appliedOn);
      changes.appliedOn = appliedOn;
    }
    const { sponsors, ...columns } = changes;
    await db(ctx).update(Candidate, { id: c.id }, { ...columns, version: c.version + 1 });
    const after = (await db(ctx).findOneBy(Candidate, { id: c.id }))!;
    await audit(ctx, {
      action: 'advanceCandidate',
      entityType: 'Candidate',
      entityId: c.id,
      changes: diff({ ...c }, { ...after, ...(sponsors ? { sponsors } : {}) }, CANDIDATE_AUDIT_FIELDS),
      scopePath: await pathOf(ctx, c.organizationId),
    });
    return after;
  });
}

export function admitCandidate(ctx: Context, input: AdmitCandidateInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const c = await lockCandidate(ctx, input.id, input.version);
    const order = checkAdmit(c.stage);
    if (order) throw ruleViolation(order);
    const org = await activeCellInScope(ctx, c.organizationId);
    const errors = new FieldErrors();
    if (c.awarenessCourseOn)
      errors.check(input.admittedOn >= c.awarenessCourseOn, 'admittedOn', 'dateBefore', { date: c.awarenessCourseOn });
    await checkAdmission(ctx, errors, input, c.dateOfBirth, input.overAgeDecision);
    const member = await insertMember(ctx, {
      action: 'admitCandidate',
      org,
      person: {
        fullName: c.fullName,
        gender: c.gender,
        dateOfBirth: c.dateOfBirth,
        ethnicity: c.ethnicity,
        qualification: 'NONE',
        theoryLevel: 'NONE',
        cardNumber: input.cardNumber,
      },
      status: 'PROBATIONARY',
      dates: input,
      officialOn: null,
      decisionNumber: input.decisionNumber,
      note: input.overAgeDecision?.trim() ? `overAgeDecision: ${input.overAgeDecision.trim()}` : null,
      cardPath: ['input', 'cardNumber'],
    });
    await db(ctx).update(
      Candidate,
      { id: c.id },
      { stage: 'ADMITTED', admittedMemberId: member.id, version: c.version + 1 },
    );
    await audit(ctx, {
      action: 'admitCandidate',
      entityType: 'Candidate',
      entityId: c.id,
      changes: { stage: { from: c.stage, to: 'ADMITTED' }, admittedMemberId: { from: null, to: member.id } },
      scopePath: org.path,
    });
    return member;
  });
}
