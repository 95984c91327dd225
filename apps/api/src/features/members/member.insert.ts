import { randomUUID } from 'node:crypto';
import { foldSearch, type MemberStatus } from '@dangvu/schema';
import { cardNumberTaken } from '../../auth/unscoped.js';
import type { Context } from '../../graphql/context.js';
import { db } from '../../graphql/transaction.js';
import { type AuditRecord, audit, auditMany, diff } from '../audit/audit.service.js';
import type { Organization } from '../organizations/organization.entity.js';
import { type AdmissionDatesInput, admissionColumns } from './admission.service.js';
import { lockMember } from './member.access.js';
import { assertCardChecksAllowed, CardClash, writingCard } from './member.cards.js';
import { MEMBER_AUDIT_FIELDS, Member } from './member.entity.js';
import type { MemberInput } from './member.inputs.js';
import { type EventRecord, recordEvents } from './member-events.js';

export function searchText(fullName: string, cardNumber: string | null | undefined): string {
  return foldSearch(`${fullName} ${cardNumber ?? ''}`);
}

/** A card number is free, or CardClash (audited and throttled after the rollback; see member.cards.ts). */
export async function assertCardFree(
  ctx: Context,
  operation: string,
  card: string | null | undefined,
  path: string[],
  exceptId: string | null = null,
) {
  if (!card) return;
  await assertCardChecksAllowed(ctx);
  if (await cardNumberTaken(ctx, card, exceptId ?? undefined)) throw new CardClash(operation, [card], path);
}

export interface NewMember {
  action: string;
  org: Organization;
  person: MemberInput;
  status: MemberStatus;
  dates: AdmissionDatesInput;
  /** A re-admitted member: the first admission and the day the member left before. */
  readmission?: { firstAdmittedOn: string; previousLeftOn: string } | null;
  officialOn: string | null;
  decisionNumber?: string | null;
  note?: string | null;
  /** Where a duplicate card number is reported, e.g. ['input', 'person', 'cardNumber']. */
  cardPath: string[];
}

/** The member row of a new member (its id chosen here, so a batch knows each row's id). */
function memberValues(n: NewMember) {
  const { person } = n;
  const cardNumber = person.cardNumber?.trim() || null;
  const fullName = person.fullName.trim();
  return {
    id: randomUUID(),
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
    organizationId: n.org.id,
    status: n.status,
    admittedOn: n.dates.admittedOn,
    ...admissionColumns(n.dates),
    firstAdmittedOn: n.readmission?.firstAdmittedOn ?? null,
    officialOn: n.officialOn,
    exempt: false,
    leftOn: null,
    version: 1,
  };
}

type MemberValues = ReturnType<typeof memberValues>;

/** A new member's history: ADMITTED (for a re-admission the first admission, the leaving and READMITTED), CEREMONY_HELD when known. */
function newMemberEvents(id: string, n: NewMember): EventRecord[] {
  const events: EventRecord[] = [];
  if (n.readmission) {
    events.push({ memberId: id, kind: 'ADMITTED', on: n.readmission.firstAdmittedOn, note: n.note });
    events.push({ memberId: id, kind: 'REMOVED', on: n.readmission.previousLeftOn, note: n.note });
  }
  events.push({
    memberId: id,
    kind: n.readmission ? 'READMITTED' : 'ADMITTED',
    on: n.dates.admittedOn,
    decisionNumber: n.decisionNumber,
    toOrganizationId: n.org.id,
    note: n.note,
  });
  if (n.dates.ceremonyOn)
    events.push({ memberId: id, kind: 'CEREMONY_HELD', on: n.dates.ceremonyOn, note: n.dates.ceremonyLateApproval });
  return events;
}

function memberAudit(n: NewMember, values: MemberValues): AuditRecord {
  const { id, ...fields } = values;
  return {
    action: n.action,
    entityType: 'Member',
    entityId: id,
    changes: diff(null, fields, MEMBER_AUDIT_FIELDS),
    scopePath: n.org.path,
  };
}

/**
 * Inserts a member with its history (newMemberEvents) and audit entry; used
 * by admitMember, registerMember and admitCandidate.
 */
export async function insertMember(ctx: Context, n: NewMember): Promise<Member> {
  const values = memberValues(n);
  await assertCardFree(ctx, n.action, values.cardNumber, n.cardPath);
  await writingCard(n.action, values.cardNumber, n.cardPath, () => db(ctx).insert(Member, values));
  await recordEvents(ctx, newMemberEvents(values.id, n));
  await audit(ctx, memberAudit(n, values));
  return lockMember(ctx, values.id);
}

/**
 * Inserts a batch of new members as insertMember inserts one, in three
 * statements (the rows, their histories, their audit entries) inside the
 * caller's transaction: the import. The caller has checked the card numbers
 * (cardNumbersTaken); a concurrent writer's number surfaces as the unique
 * violation (isCardTaken).
 */
export async function insertMembers(ctx: Context, batch: NewMember[]): Promise<void> {
  if (!batch.length) return;
  const rows = batch.map((n) => ({ n, values: memberValues(n) }));
  // one array a column (unnest): the statement's size does not grow with its parameters' count
  const meta = db(ctx).connection.getMetadata(Member);
  const keys = Object.keys(rows[0].values) as (keyof MemberValues)[];
  const columns = keys.map((k) => meta.findColumnWithPropertyName(k)!);
  await db(ctx).query(
    `INSERT INTO member (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
     SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})`,
    keys.map((k) => rows.map((r) => r.values[k])),
  );
  await recordEvents(
    ctx,
    rows.flatMap((r) => newMemberEvents(r.values.id, r.n)),
  );
  await auditMany(
    ctx,
    rows.map((r) => memberAudit(r.n, r.values)),
  );
}
