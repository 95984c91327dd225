import type {
  DisciplineForm,
  FindingSeverity,
  InspectionKind,
  InspectionOutcome,
  InspectionStatus,
} from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import {
  DisciplineFormEnum,
  FindingSeverityEnum,
  InspectionKindEnum,
  InspectionOutcomeEnum,
  InspectionStatusEnum,
} from './inspection.entity.js';

@InputType()
export class InspectionFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Inspections whose conducting organisation or any subject lies in this subtree.',
  })
  withinId?: string | null;

  @Field(() => [InspectionKindEnum], { nullable: true })
  kinds?: InspectionKind[] | null;

  @Field(() => [InspectionStatusEnum], { nullable: true })
  statuses?: InspectionStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'The year of the planned start.' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Words of the code or the title, diacritics ignored.' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only inspections with a remedy still open (the remedies due); false: only those without.',
  })
  openRemedies?: boolean | null;
}

@InputType({
  description:
    "The caller's role must be an inspector's (or admin's); conductedById must be\nthe caller's scope organisation; every subject must lie in the caller's\nscope, and a COMMUNE_INSPECTOR may not name its own grassroots organisation\nas a subject. At least one subject.",
})
export class PlanInspectionInput {
  @Field(() => InspectionKindEnum)
  kind: InspectionKind;

  @Field()
  title: string;

  @Field(() => ID)
  conductedById: string;

  @Field(() => [ID], { nullable: true })
  subjectOrganizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  subjectMemberIds?: string[] | null;

  @Field(() => LocalDate)
  plannedStartOn: string;

  @Field(() => LocalDate)
  plannedEndOn: string;
}

@InputType()
export class StartInspectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;
}

@InputType()
export class AddFindingInput {
  @Field(() => ID)
  inspectionId: string;

  @Field(() => Int)
  version: number;

  @Field()
  text: string;

  @Field(() => FindingSeverityEnum)
  severity: FindingSeverity;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

@InputType()
export class RemedyInput {
  @Field()
  action: string;

  @Field(() => ID)
  responsibleId: string;

  @Field(() => LocalDate)
  dueOn: string;
}

@InputType()
export class ConcludeInspectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;

  @Field(() => InspectionOutcomeEnum)
  outcome: InspectionOutcome;

  @Field()
  conclusion: string;

  @Field(() => [RemedyInput], { nullable: true })
  remedies?: RemedyInput[] | null;
}

@InputType()
export class CompleteRemedyInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;
}

@InputType({
  description:
    'Thi hành kỷ luật on exactly one of a member or an organisation, from a\nCONCLUDED inspection with outcome VIOLATION (VIOLATION_REQUIRED) that names\nthe subject. EXPULSION applies to members only, DISSOLUTION to organisations\nonly. A PROBATIONARY member may only be reprimanded or warned\n(PROBATIONARY_LIMIT). A COMMUNE_INSPECTOR may decide REPRIMAND and WARNING on\nmembers only (FORBIDDEN otherwise). Effects: EXPULSION sets the member EXPELLED and ends\ntheir placements; DISMISSAL ends their active party placements; DISSOLUTION\ndissolves the organisation.',
})
export class ImposeDisciplineInput {
  @Field(() => ID)
  inspectionId: string;

  @Field(() => DisciplineFormEnum)
  form: DisciplineForm;

  @Field(() => ID, { nullable: true })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field()
  reason: string;

  @Field(() => LocalDate)
  decidedOn: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}
