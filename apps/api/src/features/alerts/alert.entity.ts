import { ALERT_KINDS, type AlertKind } from '@dangvu/schema';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';

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

  organizationId: string | null;
  memberId: string | null;
}
