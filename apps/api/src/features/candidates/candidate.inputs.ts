import type { CandidateStage, Gender, SponsorKind } from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { GenderEnum } from '../members/member.enums.js';
import { CandidateStageEnum } from './candidate.entity.js';
import { SponsorKindEnum } from './sponsor.entity.js';

@InputType()
export class CandidateFilter {
  @Field(() => ID, { nullable: true })
  withinId?: string | null;

  @Field(() => [CandidateStageEnum], { nullable: true })
  stages?: CandidateStage[] | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@InputType()
export class CreateCandidateInput {
  @Field(() => ID)
  organizationId: string;

  @Field()
  fullName: string;

  @Field(() => GenderEnum)
  gender: Gender;

  @Field(() => LocalDate)
  dateOfBirth: string;

  @Field()
  ethnicity: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SponsorInput {
  @Field(() => SponsorKindEnum, { defaultValue: 'MEMBER' })
  kind: SponsorKind;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => LocalDate)
  knownSince: string;
}

@InputType({
  description:
    'Moves a candidate one stage forward. TRAINED needs awarenessCourseOn;\nAPPLIED needs two sponsors who are OFFICIAL members in scope (SPONSORS_REQUIRED).',
})
export class AdvanceCandidateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => CandidateStageEnum)
  to: CandidateStage;

  @Field(() => LocalDate, { nullable: true })
  awarenessCourseOn?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The older input: two MEMBER sponsors whose 12 months the caller attests (recorded with knownSince = appliedOn less 12 months); held to the same rules otherwise.',
  })
  sponsorIds?: string[] | null;

  @Field(() => [SponsorInput], {
    nullable: true,
    description:
      "Preferred to sponsorIds. Two sponsors: OFFICIAL members of the candidate's\ngrassroots organisation who have known the applicant for at least 12 months\n(SPONSOR_NOT_ELIGIBLE); for an applicant up to 30 years old one of them may\nbe the Youth Union, or the trade union where there is none (SPONSOR_KIND).",
  })
  sponsors?: SponsorInput[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'APPLIED: the day of the application (today when omitted); the 12 months and the 30 years are counted to it.',
  })
  appliedOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({
  description:
    "Kết nạp a VERIFIED candidate: creates a PROBATIONARY member in the candidate's\norganisation. Rules: stage VERIFIED (STAGE_ORDER); UNDER_AGE and OVER_AGE as\nfor admitMember.",
})
export class AdmitCandidateInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  admittedOn: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'UNDER_AGE and OVER_AGE are counted on it (else on admittedOn).',
  })
  cellVoteOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Lễ kết nạp (CEREMONY_LATE as for admitMember).' })
  ceremonyOn?: string | null;

  @Field(() => String, { nullable: true })
  ceremonyLateApproval?: string | null;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { nullable: true })
  overAgeDecision?: string | null;

  @Field(() => String, { nullable: true })
  cardNumber?: string | null;
}
