import type { Gender, PlacementMode, PositionKind, Qualification, TheoryLevel } from '@dangvu/schema';
import { PLACEMENT_MODES, POSITION_KINDS } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { GenderEnum, QualificationEnum, TheoryLevelEnum } from '../members/member.enums.js';

export const PositionKindEnum = registerEnum('PositionKind', POSITION_KINDS, {
  SECRETARY: 'Bí thư',
  DEPUTY_SECRETARY: 'Phó Bí thư',
  STANDING_COMMITTEE_MEMBER: 'Ủy viên Ban Thường vụ',
  COMMITTEE_MEMBER: 'Cấp ủy viên / chi ủy viên',
  INSPECTION_CHAIR: 'Chủ nhiệm Ủy ban Kiểm tra',
  INSPECTION_MEMBER: 'Ủy viên Ủy ban Kiểm tra',
  PEOPLES_COMMITTEE_CHAIR: 'Chủ tịch UBND',
  PEOPLES_COUNCIL_CHAIR: 'Chủ tịch HĐND',
  FRONT_CHAIR: 'Chủ tịch Ủy ban MTTQ',
  VILLAGE_HEAD: 'Trưởng thôn, bản, ấp, tổ dân phố',
});

export const PlacementModeEnum = registerEnum('PlacementMode', PLACEMENT_MODES, {
  ROTATED: 'Luân chuyển',
  SECONDED: 'Biệt phái / tăng cường',
});

/**
 * Cán bộ: a person who holds or may hold a leadership post. Linked to a
 * member when the person is one: then the name, gender, birth date and
 * levels are the member's (copied by the database on every change of the
 * member, migration Cadres1732900000000); a village head need not be one.
 */
@ObjectType({
  description:
    'A person who holds or may hold a leadership post. Linked to a member when the\nperson is one; a village head need not be.',
})
@Entity('cadre')
export class Cadre {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text', { name: 'search_text' })
  searchText: string;

  @Field(() => GenderEnum)
  @Column('text')
  gender: Gender;

  @Field(() => LocalDate)
  @Column('date', { name: 'date_of_birth' })
  dateOfBirth: string;

  @Column('uuid', { name: 'member_id', nullable: true })
  memberId: string | null;

  /** The member's status (copied by the database); null for a non-member. */
  @Column('text', { name: 'member_status', nullable: true })
  memberStatus: string | null;

  /** For a person who is not a member: the organisation whose records hold the cadre (its scope). */
  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column('uuid', { name: 'home_commune_id', nullable: true })
  homeCommuneId: string | null;

  @Field(() => TheoryLevelEnum)
  @Column('text', { name: 'theory_level' })
  theoryLevel: TheoryLevel;

  @Field(() => QualificationEnum)
  @Column('text')
  qualification: Qualification;

  /** The member's cell path, or the owner's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int)
  @Column('int')
  version: number;
}

/** Bố trí cán bộ: a cadre in a post at an organisation, from startsOn up to (not including) endsOn. */
@ObjectType()
@Entity('placement')
export class Placement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'cadre_id' })
  cadreId: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Field(() => PositionKindEnum)
  @Column('text')
  position: PositionKind;

  @Field(() => PlacementModeEnum)
  @Column('text')
  mode: PlacementMode;

  @Field(() => LocalDate)
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Column('text', { name: 'end_reason', nullable: true })
  endReason: string | null;

  /** The organisation's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Field({ description: 'The cadre holds another placement active on the same day (kiêm nhiệm).' })
  concurrent: boolean;

  @Field({ description: "The cadre's home commune is the commune this placement sits in." })
  local: boolean;

  @Field(() => Int)
  @Column('int')
  version: number;
}

export const CADRE_AUDIT_FIELDS = [
  'memberId',
  'ownerId',
  'fullName',
  'gender',
  'dateOfBirth',
  'homeCommuneId',
  'theoryLevel',
  'qualification',
];
export const PLACEMENT_AUDIT_FIELDS = [
  'cadreId',
  'organizationId',
  'position',
  'mode',
  'startsOn',
  'endsOn',
  'decisionNumber',
  'endReason',
];
