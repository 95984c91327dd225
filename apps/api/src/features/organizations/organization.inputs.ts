import type { OrganizationKind, OrganizationSector, OrganizationStatus } from '@dangvu/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { OrganizationKindEnum, OrganizationSectorEnum, OrganizationStatusEnum } from './organization.enums.js';

@InputType()
export class OrganizationFilter {
  @Field(() => ID, { nullable: true, description: 'Restrict to this subtree (must be within scope).' })
  withinId?: string | null;

  @Field(() => [OrganizationKindEnum], { nullable: true })
  kinds?: OrganizationKind[] | null;

  @Field(() => [OrganizationSectorEnum], { nullable: true })
  sectors?: OrganizationSector[] | null;

  @Field(() => [OrganizationStatusEnum], { nullable: true })
  statuses?: OrganizationStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Case- and diacritic-insensitive match on name or code: 'thuong lam' finds 'Thượng Lâm'.",
  })
  search?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID, { nullable: true, description: 'null creates a root (ADMIN only).' })
  parentId?: string | null;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field(() => OrganizationSectorEnum)
  sector: OrganizationSector;

  @Field(() => LocalDate)
  establishedOn: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => OrganizationSectorEnum, { nullable: true })
  sector?: OrganizationSector | null;
}

@InputType()
export class DissolveOrganizationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType({
  description:
    'Sáp nhập: the sources close as MERGED on the date; their members and active\nchild organisations move to the target; placements at the sources end.',
})
export class MergeOrganizationsInput {
  @Field(() => [ID])
  sourceIds: string[];

  @Field(() => ID)
  targetId: string;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType({
  description:
    "Chuyển tổ chức đảng trực thuộc: moves organisations, with their subtrees,\nmembers and active placements, under another parent on a date, as the 2025\nreorganisation did (communes of an ending district moved under the province;\ncells of merged communes under the new commune committee). The new parent must\naccept each kind (PARENT_KIND); both the old and the new parent must lie in the\ncaller's scope. Each moved organisation records a MOVED event.",
})
export class MoveOrganizationsInput {
  @Field(() => [ID])
  ids: string[];

  @Field(() => ID)
  newParentId: string;

  @Field(() => LocalDate)
  on: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;
}

@InputType({
  description:
    'Kết thúc hoạt động: refused while it still has active children or members (ACTIVE_CHILDREN, MEMBERS_REMAIN).',
})
export class EndOrganizationInput extends DissolveOrganizationInput {}
