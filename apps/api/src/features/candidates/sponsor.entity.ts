import { SPONSOR_KINDS, type SponsorKind } from '@dangvu/schema';
import { Field, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';

export const SponsorKindEnum = registerEnum('SponsorKind', SPONSOR_KINDS, {
  YOUTH_UNION: 'Ban Chấp hành Đoàn cơ sở (applicants up to 30 years old)',
  TRADE_UNION: 'Ban Chấp hành Công đoàn cơ sở (where there is no Youth Union)',
});

/** Người giới thiệu vào Đảng: a row of candidate_sponsor (migration SponsorsTemporary1732800000000). */
@ObjectType()
export class Sponsorship {
  @Field(() => SponsorKindEnum)
  kind: SponsorKind;

  /** The sponsoring member (MEMBER only), resolved through the caller's scope. */
  memberId: string | null;

  @Field(() => LocalDate, {
    description: 'Worked or lived with the applicant since (at least 12 months before the application).',
  })
  knownSince: string;
}
