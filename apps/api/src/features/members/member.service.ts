import { foldSearch, type MemberStatus } from '@dangvu/schema';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { requireUser } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { conflict, FieldErrors, ruleViolation } from '../../graphql/errors.js';
import { type Page, pageArgs, pageOf } from '../../graphql/pagination.js';
import { today } from '../../graphql/scalars.js';
import { transaction } from '../../graphql/transaction.js';
import { audit, diff } from '../audit/audit.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { likeEscape, pathOf, subtreePath } from '../organizations/organization.service.js';
import { activeCellInScope, lockMember, scopedMembers } from './member.access.js';
import { assertCardChecksAllowed, CardClash, writingCard } from './member.cards.js';
import { MEMBER_AUDIT_FIELDS, Member } from './member.entity.js';
import type {
  AdmitMemberInput,
  MemberFilter,
  MemberInput,
  MemberOrder,
  RegisterMemberInput,
  UpdateMemberInput,
} from './member.inputs.js';
import {
  CURRENT_STATUSES,
  checkOverAge,
  checkRegisteredOfficialOn,
  checkUnderAge,
  registeredOfficialOn,
} from './member.rules.js';
import { recordEvent } from './member-events.js';

export function memberById(ctx: Context, id: string): Promise<Member | null> {
  const l = loader(
    ctx,
    'memberById',
    () =>
      new DataLoader<string, Member | null>(async (ids) => {
        const rows = await scopedMembers(ctx).andWhere('m.id::text IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );
  return l.load(id);
}

const SORT: Record<MemberOrder['field'], string> = {
  FULL_NAME: 'm.search_text',
  ADMITTED_ON: "to_char(m.admitted_on, 'YYYY-MM-DD')",
  DATE_OF_BIRTH: "to_char(m.date_of_birth, 'YYYY-MM-DD')",
  CARD_NUMBER: "COALESCE(m.card_number, '')",
};

/** The filtered members query (without order or page), confined to the caller's scope. */
export async function filteredMembers(ctx: Context, filter: MemberFilter) {
  const qb = scopedMembers(ctx);
  const within = await subtreePath(ctx, filter.withinId);
  if (within) qb.andWhere('o.path LIKE :within', { within: `${likeEscape(within)}%` });
  qb.andWhere('m.status IN (:...statuses)', { statuses: filter.statuses?.length ? filter.statuses : CURRENT_STATUSES });
  if (filter.genders?.length) qb.andWhere('m.gender IN (:...genders)', { genders: filter.genders });
  if (filter.ethnicities?.length)
    qb.andWhere('lower(m.ethnicity) IN (:...eth)', { eth: filter.ethnicities.map((e) => e.trim().toLowerCase()) });
  if (filter.theoryLevels?.length) qb.andWhere('m.theory_level IN (:...tl)', { tl: filter.theoryLevels });
  if (filter.admittedFrom) qb.andWhere('m.admitted_on >= :af', { af: filter.admittedFrom });
  if (filter.admittedTo) qb.andWhere('m.admitted_on <= :at', { at: filter.admittedTo });
  if (filter.bornFrom) qb.andWhere('m.date_of_birth >= :bf', { bf: filter.bornFrom });
  if (filter.bornTo) qb.andWhere('m.date_of_birth <= :bt', { bt: filter.bornTo });
  foldSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)
    .forEach((word, i) => {
      qb.andWhere(`m.search_text LIKE :s${i}`, { [`s${i}`]: `%${likeEscape(word)}%` });
    });
  return qb;
}

export async function listMembers(
  ctx: Context,
  filter: MemberFilter,
  order: MemberOrder | null | undefined,
  first?: number | null,
  after?: string | null,
): Promise<Page<Member>> {
  const { limit, cursor } = pageArgs(first, after);
  const qb = await filteredMembers(ctx, filter);
  const totalCount = await qb.clone().getCount();
  const expr = SORT[order?.field ?? 'FULL_NAME'];
  const dir = order?.direction === 'DESC' ? 'DESC' : 'ASC';
  if (cursor) {
    qb.andWhere(`(${expr}, m.id::text) ${dir === 'ASC' ? '>' : '<'} (:cv, :cid)`, {
      cv: String(cursor[0]),
      cid: String(cursor[1]),
    });
  }
  const rows = await qb
    .addSelect(`${expr}`, 'sort_key')
    .orderBy(expr, dir)
    .addOrderBy('m.id::text', dir)
    .limit(limit + 1)
    .getRawAndEntities();
  return pageOf(
    rows.entities.map((node, i) => ({ node, key: [rows.raw[i].sort_key, node.id] })),
    limit,
    totalCount,
  );
}

// ── writes ──────────────────────────────────────────────────────────────

function searchText(fullName: string, cardNumber: string | null | undefined): string {
  return foldSearch(`${fullName} ${cardNumber ?? ''}`);
}

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

/** A card number is free, or CardClash (audited and throttled after the rollback; see member.cards.ts). */
async function assertCardFree(
  ctx: Context,
  m: EntityManager,
  operation: string,
  card: string | null | undefined,
  path: string[],
  exceptId: string | null = null,
) {
  if (!card) return;
  await assertCardChecksAllowed(ctx, m);
  const rows = await m.query('SELECT 1 FROM member WHERE card_number = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)', [
    card,
    exceptId,
  ]);
  if (rows.length) throw new CardClash(operation, [card], path);
}

export interface NewMember {
  action: string;
  org: Organization;
  person: MemberInput;
  status: MemberStatus;
  admittedOn: string;
  officialOn: string | null;
  decisionNumber?: string | null;
  note?: string | null;
  /** Where a duplicate card number is reported, e.g. ['input', 'person', 'cardNumber']. */
  cardPath: string[];
}

/** Inserts a member with its ADMITTED event and audit entry; used by admitMember, registerMember and admitCandidate. */
export async function insertMember(ctx: Context, m: EntityManager, n: NewMember): Promise<Member> {
  const { person, org, admittedOn } = n;
  const cardNumber = person.cardNumber?.trim() || null;
  await assertCardFree(ctx, m, n.action, cardNumber, n.cardPath);
  const fullName = person.fullName.trim();
  const values = {
    cardNumber,
    fullName,
    searchText: searchText(fullName, cardNumber),
    gender: person.gender,
    dateOfBirth: person.dateOfBirth,
    ethnicity: person.ethnicity.trim(),
    religion: person.religion?.trim() || null,
    hometown: person.hometown?.trim() || null,
    generalEducation: person.generalEducation?.trim() || null,
    qualification: person.qualification ?? 'NONE',
    theoryLevel: person.theoryLevel ?? 'NONE',
    organizationId: org.id,
    status: n.status,
    admittedOn,
    officialOn: n.officialOn,
    exempt: false,
    leftOn: null,
    version: 1,
  };
  const result = await writingCard(n.action, cardNumber, n.cardPath, () => m.insert(Member, values));
  const id = result.identifiers[0].id as string;
  await recordEvent(m, ctx, {
    memberId: id,
    kind: 'ADMITTED',
    on: admittedOn,
    decisionNumber: n.decisionNumber,
    toOrganizationId: org.id,
    note: n.note,
  });
  await audit(m, ctx, {
    action: n.action,
    entityType: 'Member',
    entityId: id,
    changes: diff(null, values, MEMBER_AUDIT_FIELDS),
    scopePath: org.path,
  });
  return lockMember(ctx, m, id);
}

export function admitMember(ctx: Context, input: AdmitMemberInput): Promise<Member> {
  requireUser(ctx);
  return transaction(ctx, async (m) => {
    const org = await activeCellInScope(ctx, m, input.organizationId);
    const errors = new FieldErrors();
    checkPerson(errors, input.person, 'person.');
    errors.check(input.admittedOn <= today(), 'admittedOn', 'dateInFuture');
    errors.throwIfAny();
    const breach =
      checkUnderAge(input.person.dateOfBirth, input.admittedOn) ??
      checkOverAge(input.person.dateOfBirth, input.admittedOn, input.overAgeDecision);
    if (breach) throw ruleViolation(breach);
    const note = input.overAgeDecision?.trim() ? `overAgeDecision: ${input.overAgeDecision.trim()}` : null;
    return insertMember(ctx, m, {
      action: 'admitMember',
      org,
      person: input.person,
      status: 'PROBATIONARY',
      admittedOn: input.admittedOn,
      officialOn: null,
      decisionNumber: input.decisionNumber,
      note,
      cardPath: ['input', 'person', 'cardNumber'],
    });
  });
}

export function registerMember(ctx: Context, input: RegisterMemberInput): Promise<Member> {
  requireUser(ctx);
  return transaction(ctx, async (m) => {
    const org = await activeCellInScope(ctx, m, input.organizationId);
    const errors = new FieldErrors();
    checkPerson(errors, input.person, 'person.');
    errors.check(input.admittedOn <= today(), 'admittedOn', 'dateInFuture');
    errors.check(CURRENT_STATUSES.includes(input.status), 'status', 'statusRegister');
    const official = checkRegisteredOfficialOn(input.status, input.admittedOn, input.officialOn);
    if (official) errors.addMessage(official.field, official.message);
    const officialOn = registeredOfficialOn(input.status, input.admittedOn, input.officialOn);
    if (officialOn) errors.check(officialOn <= today(), 'officialOn', 'dateInFuture');
    errors.throwIfAny();
    const breach = checkUnderAge(input.person.dateOfBirth, input.admittedOn);
    if (breach) throw ruleViolation(breach);
    return insertMember(ctx, m, {
      action: 'registerMember',
      org,
      person: input.person,
      status: input.status,
      admittedOn: input.admittedOn,
      officialOn,
      note: 'registered from existing records',
      cardPath: ['input', 'person', 'cardNumber'],
    });
  });
}

export function updateMember(ctx: Context, input: UpdateMemberInput): Promise<Member> {
  requireUser(ctx);
  return transaction(ctx, async (m) => {
    const before = await lockMember(ctx, m, input.id);
    if (before.version !== input.version) throw conflict(before.version, input.version);
    const errors = new FieldErrors();
    checkPerson(errors, input, '');
    errors.throwIfAny();
    const pick = <T>(v: T | null | undefined, old: T): T => (v === undefined || v === null ? old : v);
    const text = (v: string | null | undefined, old: string | null) => (v === undefined ? old : v?.trim() || null);
    const cardNumber = text(input.cardNumber, before.cardNumber);
    if (cardNumber !== before.cardNumber)
      await assertCardFree(ctx, m, 'updateMember', cardNumber, ['input', 'cardNumber'], before.id);
    const fullName = pick(input.fullName?.trim(), before.fullName);
    const dateOfBirth = pick(input.dateOfBirth, before.dateOfBirth);
    const breach = checkUnderAge(dateOfBirth, before.admittedOn);
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
    return saveMember(ctx, m, 'updateMember', before, changes);
  });
}

/** Writes changed fields, bumps the version and audits; answers the member as now stored. */
export async function saveMember(
  ctx: Context,
  m: EntityManager,
  action: string,
  before: Member,
  changes: Partial<Member>,
) {
  await writingCard(action, changes.cardNumber ?? null, ['input', 'cardNumber'], () =>
    m.update(Member, { id: before.id }, {
      ...changes,
      version: before.version + 1,
      updatedAt: () => 'now()',
    } as never),
  );
  const after = await lockMember(ctx, m, before.id);
  const path = await pathOf(m, after.organizationId);
  await audit(m, ctx, {
    action,
    entityType: 'Member',
    entityId: before.id,
    changes: diff({ ...before }, { ...after }, MEMBER_AUDIT_FIELDS),
    scopePath: path,
  });
  return after;
}
