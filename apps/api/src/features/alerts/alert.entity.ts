import { ALERT_KINDS, type AlertKind } from '@dangvu/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { Member } from '../members/member.entity.js';
import { Organization } from '../organizations/organization.entity.js';

export const AlertKindEnum = registerEnum('AlertKind', ALERT_KINDS);

/** Cảnh báo: something in the caller's scope that needs doing, computed from the records (never stored). */
@ObjectType()
export class Alert {
  @Field(() => AlertKindEnum)
  kind: AlertKind;

  @Field({ description: "In the caller's language, dates as dd/mm/yyyy." })
  message: string;

  @Field(() => LocalDate, { nullable: true })
  dueOn: string | null;

  /** Read for the whole list when the query asks for it (withLinks, alert.resolver.ts); limited outside the scope. */
  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;

  /** Read for the whole list when the query asks for it (withLinks); null outside the scope. */
  @Field(() => Member, { nullable: true })
  member?: Member | null;

  organizationId: string | null;
  memberId: string | null;
  /** The member was read through the caller's scope (a member kind's query): only its id asked, it is not read again. */
  memberInScope: boolean;

  /** Every alert built with the same fields in the same order (thousands a list, read field by field). */
  constructor(
    kind: AlertKind,
    dueOn: string | null,
    message: string,
    organizationId: string | null,
    memberId: string | null,
    memberInScope: boolean,
  ) {
    this.kind = kind;
    this.message = message;
    this.dueOn = dueOn;
    this.organization = undefined;
    this.member = undefined;
    this.organizationId = organizationId;
    this.memberId = memberId;
    this.memberInScope = memberInScope;
  }
}

/** The alerts of one kind in a subtree: how many, and the soonest due. */
@ObjectType()
export class AlertGroup {
  @Field(() => AlertKindEnum)
  kind: AlertKind;

  @Field(() => Int, { description: 'All the alerts of the kind, however many `alerts` shows.' })
  count: number;

  @Field(() => [Alert], { description: 'The first ones of the kind (alertSummary `perKind`), soonest due first.' })
  alerts: Alert[];
}

/** What an inbox shows first: every kind's count and its soonest alerts (the whole list: `alerts`). */
@ObjectType()
export class AlertSummary {
  @Field(() => LocalDate)
  asOf: string;

  @Field(() => Int, { description: 'All the alerts of the subtree.' })
  total: number;

  @Field(() => [AlertGroup], { description: 'The kinds that have alerts, in the order of AlertKind.' })
  groups: AlertGroup[];
}
