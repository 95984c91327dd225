import { foldSearch } from '@dangvu/schema';
import { depthOf, likeEscape, requireUser, scopeSubtree } from '../../auth/scope.js';
import { pathOf } from '../../auth/unscoped.js';
import { type Context, loadById } from '../../graphql/context.js';
import { conflict, FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { countRows, keysetOf, type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { isLocalDate, today } from '../../graphql/scalars.js';
import { db, withTransaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import { subtreeOf } from '../organizations/organization.service.js';
import { checkReadmissionWait } from './admission.rules.js';
import { checkAdmission } from './admission.service.js';
import { activeCellInScope, lockMember, scopedMembers } from './member.access.js';
import { writingCard } from './member.cards.js';
import { MEMBER_AUDIT_FIELDS, Member } from './member.entity.js';
import type {
  AdmitMemberInput,
  MemberFilter,
  MemberInput,
  MemberOrder,
  RegisterMemberInput,
  UpdateMemberInput,
} from './member.inputs.js';
import { assertCardFree, insertMember, searchText } from './member.insert.js';
import { rollupCount } from './member.rollup.js';
import { CURRENT_STATUSES, checkRegisteredOfficialOn, checkUnderAge, registeredOfficialOn } from './member.rules.js';
import { temporarilyActiveInScope } from './temporary-transfer.js';

/** A member on the home roll of the caller's scope, or temporarily active in it (temporary-transfer.ts). */
export function memberById(ctx: Context, id: string): Promise<Member | null> {
  return loadById(ctx, 'memberById', id, async (ids) => {
    const home = await scopedMembers(ctx).andWhere('m.id = ANY(:ids)', { ids }).getMany();
    const found = new Set(home.map((m) => m.id));
    const away = ids.filter((i) => !found.has(i));
    return [...home, ...(await temporarilyActiveInScope(ctx, away))];
  });
}

/** Each offered order: its SQL expression (an index leads with the scope column, then it, then the id) and the cursor check. */
const SORT: Record<MemberOrder['field'], { expr: string; check: (v: string) => boolean }> = {
  FULL_NAME: { expr: 'm.search_text', check: () => true },
  ADMITTED_ON: { expr: 'm.admitted_on', check: isLocalDate },
  DATE_OF_BIRTH: { expr: 'm.date_of_birth', check: isLocalDate },
  CARD_NUMBER: { expr: "COALESCE(m.card_number, '')", check: () => true },
};

/** The filtered members query (without order or page), confined to the caller's scope and the filter's subtree. */
export async function filteredMembers(ctx: Context, filter: MemberFilter) {
  const within = await subtreeOf(ctx, filter.withinId);
  const qb = scopedMembers(ctx, within);
  qb.andWhere('m.status IN (:...statuses)', { statuses: statusesOf(filter) });
  if (filter.genders?.length) qb.andWhere('m.gender IN (:...genders)', { genders: filter.genders });
  if (filter.ethnicities?.length)
    qb.andWhere('lower(m.ethnicity) IN (:...eth)', { eth: filter.ethnicities.map((e) => e.trim().toLowerCase()) });
  if (filter.theoryLevels?.length) qb.andWhere('m.theory_level IN (:...tl)', { tl: filter.theoryLevels });
  if (filter.admittedFrom) qb.andWhere('m.admitted_on >= :af', { af: filter.admittedFrom });
  if (filter.admittedTo) qb.andWhere('m.admitted_on <= :at', { at: filter.admittedTo });
  if (filter.bornFrom) qb.andWhere('m.date_of_birth >= :bf', { bf: filter.bornFrom });
  if (filter.bornTo) qb.andWhere('m.date_of_birth <= :bt', { bt: filter.bornTo });
  // A district's (or smaller) search walks its own rows in name order: at most its few thousand rows,
  // where the nation-wide trigram index would read every match in the country (ADR 0006). A province
  // or the whole country searches through the trigram index.
  const root = within ?? scopeSubtree(ctx);
  const ownRows = root !== null && depthOf(root.path) >= 2;
  searchWords(filter.search).forEach((word, i) => {
    if (ownRows) qb.andWhere(`strpos(m.search_text, :s${i}) > 0`, { [`s${i}`]: word });
    else qb.andWhere(`m.search_text LIKE :s${i}`, { [`s${i}`]: `%${likeEscape(word)}%` });
  });
  return qb;
}

function statusesOf(filter: MemberFilter): readonly string[] {
  return filter.statuses?.length ? filter.statuses : CURRENT_STATUSES;
}

function searchWords(search: string | null | undefined): string[] {
  return foldSearch(search ?? '')
    .split(' ')
    .filter(Boolean);
}

/**
 * The count of a filtered list: from the rollups when the filter is the
 * subtree, the statuses and at most one rolled-up dimension; otherwise a
 * count(*) over the same scoped, indexed conditions.
 */
async function countMembers(ctx: Context, filter: MemberFilter, qb: Awaited<ReturnType<typeof filteredMembers>>) {
  const dims = [
    filter.genders?.length ? { dim: 'gender' as const, vals: filter.genders } : null,
    filter.theoryLevels?.length ? { dim: 'theory_level' as const, vals: filter.theoryLevels } : null,
    filter.ethnicities?.length
      ? { dim: 'ethnicity' as const, vals: filter.ethnicities.map((e) => e.trim().toLowerCase()) }
      : null,
  ].filter((d) => d !== null);
  const ranged = filter.admittedFrom || filter.admittedTo || filter.bornFrom || filter.bornTo;
  if (dims.length <= 1 && !ranged && !searchWords(filter.search).length) {
    const within = await subtreeOf(ctx, filter.withinId);
    const root = within?.path ?? scopeSubtree(ctx)?.path ?? null;
    return rollupCount(ctx, root, statusesOf(filter), dims[0] ?? undefined);
  }
  return countRows(qb.clone());
}

export async function listMembers(
  ctx: Context,
  filter: MemberFilter,
  order: MemberOrder | null | undefined,
  first?: number | null,
  after?: string | null,
): Promise<Page<Member>> {
  const { limit, cursor } = pageArgs(first, after);
  const sort = SORT[order?.field ?? 'FULL_NAME'];
  const keyset = keysetOf(cursor, sort.check);
  const qb = await filteredMembers(ctx, filter);
  const count = () => countMembers(ctx, filter, qb);
  const page = qb.clone();
  const dir = order?.direction === 'DESC' ? 'DESC' : 'ASC';
  if (keyset)
    page.andWhere(`(${sort.expr}, m.id) ${dir === 'ASC' ? '>' : '<'} (:cv, :cid)`, { cv: keyset[0], cid: keyset[1] });
  const rows = await page
    .addSelect(sort.expr, 'sort_key')
    .orderBy(sort.expr, dir)
    .addOrderBy('m.id', dir)
    .limit(limit + 1)
    .getRawAndEntities();
  return pageOf(
    rows.entities.map((node, i) => ({ node, key: [String(rows.raw[i].sort_key), node.id] })),
    limit,
    count,
  );
}

// ── writes ──────────────────────────────────────────────────────────────

function checkPerson(errors: FieldErrors, p: { [K in keyof MemberInput]?: MemberInput[K] | null }, prefix: string) {
  if (p.fullName !== undefined && p.fullName !== null) {
    errors.check(p.fullName.trim().length > 0, `${prefix}fullName`, 'required');
    errors.check(p.fullName.trim().length <= 120, `${prefix}fullName`, 'tooLong', { max: 120 });
  }
  if (p.ethnicity !== undefined && p.ethnicity !== null)
    errors.check(p.ethnicity.trim().length > 0, `${prefix}ethnicity`, 'required');
  if (p.dateOfBirth) errors.check(p.dateOfBirth <= today(), `${prefix}dateOfBirth`, 'dateInFuture');
  if (p.cardNumber) errors.check(p.cardNumber.trim().length <= 30, `${prefix}cardNumber`, 'tooLong', { max: 30 });
}

export function admitMember(ctx: Context, input: AdmitMemberInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await activeCellInScope(ctx, input.organizationId);
    const errors = new FieldErrors();
    checkPerson(errors, input.person, 'person.');
    await checkAdmission(ctx, errors, input, input.person.dateOfBirth, input.overAgeDecision);
    const note = input.overAgeDecision?.trim() ? `overAgeDecision: ${input.overAgeDecision.trim()}` : null;
    return insertMember(ctx, {
      action: 'admitMember',
      org,
      person: input.person,
      status: 'PROBATIONARY',
      dates: input,
      officialOn: null,
      decisionNumber: input.decisionNumber,
      note,
      cardPath: ['input', 'person', 'cardNumber'],
    });
  });
}

export function registerMember(ctx: Context, input: RegisterMemberInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const org = await activeCellInScope(ctx, input.organizationId);
    const errors = new FieldErrors();
    checkPerson(errors, input.person, 'person.');
    errors.check(CURRENT_STATUSES.includes(input.status), 'status', 'statusRegister');
    const official = checkRegisteredOfficialOn(input.status, input, input.officialOn);
    if (official) errors.addMessage(official.field, official.message);
    const officialOn = registeredOfficialOn(input.status, input, input.officialOn);
    if (officialOn) errors.check(officialOn <= today(), 'officialOn', 'dateInFuture');
    const readmission = checkRegisteredReadmission(errors, input);
    // existing records: the ceremony was held as recorded; its lateness is not judged again
    await checkAdmission(ctx, errors, input, input.person.dateOfBirth, null, { overAge: false, lateCeremony: false });
    if (readmission) {
      const wait = checkReadmissionWait(readmission.previousLeftOn, input.admittedOn);
      if (wait) throw ruleViolation(wait);
    }
    return insertMember(ctx, {
      action: 'registerMember',
      org,
      person: input.person,
      status: input.status,
      dates: input,
      readmission,
      officialOn,
      note: 'registered from existing records',
      cardPath: ['input', 'person', 'cardNumber'],
    });
  });
}

/** firstAdmittedOn and previousLeftOn together, in order: first admission < leaving < re-admission. */
function checkRegisteredReadmission(errors: FieldErrors, input: RegisterMemberInput) {
  const { firstAdmittedOn, previousLeftOn } = input;
  if (!firstAdmittedOn && !previousLeftOn) return null;
  errors.check(!!firstAdmittedOn, 'firstAdmittedOn', 'required');
  errors.check(!!previousLeftOn, 'previousLeftOn', 'required');
  if (!firstAdmittedOn || !previousLeftOn) return null;
  errors.check(previousLeftOn > firstAdmittedOn, 'previousLeftOn', 'dateBefore', { date: firstAdmittedOn });
  errors.check(previousLeftOn < input.admittedOn, 'previousLeftOn', 'dateAfter', { date: input.admittedOn });
  return { firstAdmittedOn, previousLeftOn };
}

export function updateMember(ctx: Context, input: UpdateMemberInput): Promise<Member> {
  requireUser(ctx);
  return withTransaction(ctx, async () => {
    const before = await lockMember(ctx, input.id);
    if (before.version !== input.version) throw conflict(before.version, input.version);
    const errors = new FieldErrors();
    checkPerson(errors, input, '');
    errors.throwIfAny();
    const pick = <T>(v: T | null | undefined, old: T): T => (v === undefined || v === null ? old : v);
    const text = (v: string | null | undefined, old: string | null) => (v === undefined ? old : v?.trim() || null);
    const cardNumber = text(input.cardNumber, before.cardNumber);
    if (cardNumber !== before.cardNumber)
      await assertCardFree(ctx, 'updateMember', cardNumber, ['input', 'cardNumber'], before.id);
    const fullName = pick(input.fullName?.trim(), before.fullName);
    const dateOfBirth = pick(input.dateOfBirth, before.dateOfBirth);
    const breach = checkUnderAge(dateOfBirth, before.cellVoteOn ?? before.admittedOn);
    if (breach) throw ruleViolation(breach);
    const changes = {
      cardNumber,
      fullName,
      searchText: searchText(fullName, cardNumber),
      gender: pick(input.gender, before.gender),
      dateOfBirth,
      ethnicity: pick(input.ethnicity?.trim(), before.ethnicity),
      religion: text(input.religion, before.religion),
      hometown: text(input.hometown, before.hometown),
      generalEducation: text(input.generalEducation, before.generalEducation),
      qualification: pick(input.qualification, before.qualification),
      theoryLevel: pick(input.theoryLevel, before.theoryLevel),
    };
    return saveMember(ctx, 'updateMember', before, changes);
  });
}

/** Writes changed fields, bumps the version and audits; answers the member as now stored. */
export async function saveMember(ctx: Context, action: string, before: Member, changes: Partial<Member>) {
  await writingCard(action, changes.cardNumber ?? null, ['input', 'cardNumber'], () =>
    db(ctx).update(Member, { id: before.id }, {
      ...changes,
      version: before.version + 1,
      updatedAt: () => 'now()',
    } as never),
  );
  const after = await lockMember(ctx, before.id);
  const path = await pathOf(ctx, after.organizationId);
  await audit(ctx, {
    action,
    entityType: 'Member',
    entityId: before.id,
    changes: diff({ ...before }, { ...after }, MEMBER_AUDIT_FIELDS),
    scopePath: path,
  });
  return after;
}
