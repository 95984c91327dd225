import type {
  DisciplineForm,
  FindingSeverity,
  InspectionKind,
  InspectionOutcome,
  InspectionStatus,
  RemedyStatus,
} from '@dangvu/schema';
import {
  DISCIPLINE_FORMS,
  FINDING_SEVERITIES,
  INSPECTION_KINDS,
  INSPECTION_OUTCOMES,
  INSPECTION_STATUSES,
  REMEDY_STATUSES,
} from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';

export const InspectionKindEnum = registerEnum('InspectionKind', INSPECTION_KINDS, {
  REGULAR_SUPERVISION: 'Giám sát thường xuyên',
  THEMATIC_SUPERVISION: 'Giám sát chuyên đề',
  SIGNS_OF_VIOLATION: 'Kiểm tra khi có dấu hiệu vi phạm',
  TASK_PERFORMANCE: 'Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật',
  PARTY_FINANCE: 'Kiểm tra tài chính đảng',
  DENUNCIATION: 'Giải quyết tố cáo',
  DISCIPLINE_APPEAL: 'Giải quyết khiếu nại kỷ luật đảng',
});
export const InspectionStatusEnum = registerEnum('InspectionStatus', INSPECTION_STATUSES);
export const InspectionOutcomeEnum = registerEnum('InspectionOutcome', INSPECTION_OUTCOMES, {
  SHORTCOMINGS: 'Có hạn chế, thiếu sót',
  VIOLATION: 'Có vi phạm',
});
export const FindingSeverityEnum = registerEnum('FindingSeverity', FINDING_SEVERITIES);
export const RemedyStatusEnum = registerEnum('RemedyStatus', REMEDY_STATUSES);
export const DisciplineFormEnum = registerEnum('DisciplineForm', DISCIPLINE_FORMS, {
  REPRIMAND: 'Khiển trách',
  WARNING: 'Cảnh cáo',
  DISMISSAL: 'Cách chức',
  EXPULSION: 'Khai trừ (members)',
  DISSOLUTION: 'Giải tán (organisations)',
});

/**
 * Kiểm tra, giám sát: conducted by the inspection body of an organisation
 * (conductedBy). Status moves PLANNED → IN_PROGRESS → CONCLUDED, or to
 * CANCELLED before CONCLUDED; a concluded inspection is read-only except for
 * its remedies (inspection.rules.ts).
 */
@ObjectType({
  description:
    'A supervision or inspection conducted by the inspection body of an\norganisation (conductedBy). Status moves PLANNED → IN_PROGRESS → CONCLUDED,\nor to CANCELLED before CONCLUDED (INVALID_TRANSITION otherwise). A concluded\ninspection is read-only except for its remedies. Commune admins see an\ninspection of their subtree only once it is CONCLUDED.',
})
@Entity('inspection')
export class Inspection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'UBKT-<conducting organisation code>-<year>-<number>, numbered per organisation and year.' })
  @Column('text')
  code: string;

  @Field(() => InspectionKindEnum)
  @Column('text')
  kind: InspectionKind;

  @Field()
  @Column('text')
  title: string;

  @Column('text', { name: 'search_text' })
  searchText: string;

  @Column('uuid', { name: 'conducted_by_id' })
  conductedById: string;

  /** The conducting organisation's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'planned_start_on' })
  plannedStartOn: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'planned_end_on' })
  plannedEndOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'started_on', nullable: true })
  startedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'concluded_on', nullable: true })
  concludedOn: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'cancelled_on', nullable: true })
  cancelledOn: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'cancel_reason', nullable: true })
  cancelReason: string | null;

  @Field(() => InspectionStatusEnum)
  @Column('text')
  status: InspectionStatus;

  @Field(() => InspectionOutcomeEnum, { nullable: true })
  @Column('text', { nullable: true })
  outcome: InspectionOutcome | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  conclusion: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdById: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;
}

@ObjectType()
@Entity('finding')
export class Finding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'inspection_id' })
  inspectionId: string;

  @Field()
  @Column('text')
  text: string;

  @Field(() => FindingSeverityEnum)
  @Column('text')
  severity: FindingSeverity;

  @Column('uuid', { name: 'member_id', nullable: true })
  memberId: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Field(() => Date)
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}

@ObjectType({ description: 'A remedial action required by a conclusion (khắc phục).' })
@Entity('remedy')
export class Remedy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'inspection_id' })
  inspectionId: string;

  @Field()
  @Column('text')
  action: string;

  @Column('uuid', { name: 'responsible_id' })
  responsibleId: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'due_on' })
  dueOn: string;

  @Field(() => RemedyStatusEnum)
  @Column('text')
  status: RemedyStatus;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'completed_on', nullable: true })
  completedOn: string | null;

  @Column('text', { name: 'org_path' })
  orgPath: string;

  @Column('int')
  position: number;

  @Field(() => Int)
  @Column('int')
  version: number;
}

/** Thi hành kỷ luật on a member or an organisation (discipline.rules.ts). */
@ObjectType()
@Entity('discipline')
export class Discipline {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => DisciplineFormEnum)
  @Column('text')
  form: DisciplineForm;

  @Column('uuid', { name: 'member_id', nullable: true })
  memberId: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Field()
  @Column('text')
  reason: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'decided_on' })
  decidedOn: string;

  @Column('uuid', { name: 'decided_by_id' })
  decidedById: string;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Column('uuid', { name: 'inspection_id', nullable: true })
  inspectionId: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'decidedOn + 12 months; null for EXPULSION and DISSOLUTION, which do not lapse.',
  })
  @Column('date', { name: 'in_force_until', nullable: true })
  inForceUntil: string | null;

  /** The subject's path (kept by the database). */
  @Column('text', { name: 'org_path' })
  orgPath: string;
}

export const INSPECTION_AUDIT_FIELDS = [
  'code',
  'kind',
  'title',
  'conductedById',
  'plannedStartOn',
  'plannedEndOn',
  'startedOn',
  'concludedOn',
  'cancelledOn',
  'cancelReason',
  'status',
  'outcome',
  'conclusion',
];
export const DISCIPLINE_AUDIT_FIELDS = [
  'form',
  'memberId',
  'organizationId',
  'reason',
  'decidedOn',
  'decidedById',
  'decisionNumber',
  'inspectionId',
  'inForceUntil',
];
