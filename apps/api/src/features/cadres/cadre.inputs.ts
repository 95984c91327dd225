import type { Gender, PlacementMode, PositionKind, Qualification, TheoryLevel } from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { GenderEnum, QualificationEnum, TheoryLevelEnum } from '../members/member.enums.js';
import { PlacementModeEnum, PositionKindEnum } from './cadre.entity.js';

@InputType()
export class CadreFilter {
  @Field(() => ID, { nullable: true })
  withinId?: string | null;

  @Field(() => [PositionKindEnum], {
    nullable: true,
    description: 'Cadres with a placement in one of these posts in the subtree (held on activeOn when given).',
  })
  positions?: PositionKind[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Cadres with a placement in the subtree held on this day.' })
  activeOn?: string | null;

  @Field(() => String, { nullable: true, description: "Case- and diacritic-insensitive: 'ha van' finds 'Hà Văn'." })
  search?: string | null;
}

/** A person's fields: given for someone who is not a member (a member's come from the member). */
@InputType()
class CadrePersonInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field(() => LocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => ID, { nullable: true })
  homeCommuneId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The home commune by its exact code, when it lies outside the caller's scope (instead of homeCommuneId).",
  })
  homeCommuneCode?: string | null;

  @Field(() => TheoryLevelEnum, { nullable: true })
  theoryLevel?: TheoryLevel | null;

  @Field(() => QualificationEnum, { nullable: true })
  qualification?: Qualification | null;
}

@InputType()
export class CreateCadreInput extends CadrePersonInput {
  @Field(() => ID, {
    nullable: true,
    description: 'When given, name, gender, birth date and levels come from the member.',
  })
  memberId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "For a person who is not a member: the organisation that keeps the record (the caller's scope\norganisation when omitted; required for ADMIN).",
  })
  organizationId?: string | null;
}

@InputType({
  description:
    "Corrects a cadre: the home commune (by id or exact code), and for a person who\nis not a member the name, gender, birth date and levels (a member's come from\nthe member: edit the member).",
})
export class UpdateCadreInput extends CadrePersonInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@InputType({
  description:
    "Bố trí cán bộ. Rules: party positions (SECRETARY … INSPECTION_MEMBER) need an\nOFFICIAL member (OFFICIAL_MEMBER_REQUIRED); nobody under a discipline still in\nforce is appointed (DISCIPLINE_IN_FORCE); a seat (SECRETARY,\nPEOPLES_COMMITTEE_CHAIR, PEOPLES_COUNCIL_CHAIR, INSPECTION_CHAIR, FRONT_CHAIR,\nVILLAGE_HEAD) has one holder at a time (SEAT_OCCUPIED); VILLAGE_HEAD only at a\nVILLAGE or RESIDENTIAL_GROUP cell. COMMUNE_ADMIN may place only in the cells\nunder its grassroots organisation, never at the grassroots organisation itself\n(FORBIDDEN): those posts are the district's.",
})
export class PlaceCadreInput {
  @Field(() => ID)
  cadreId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => PositionKindEnum)
  position: PositionKind;

  @Field(() => PlacementModeEnum)
  mode: PlacementMode;

  @Field(() => LocalDate)
  startsOn: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType()
export class EndPlacementInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  endsOn: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
