import type { OrganizationEventKind } from '@dangvu/schema';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars.js';
import { OrganizationEventKindEnum } from './organization.enums.js';

/** The history of an organisation: where it stood and what happened to it, with dates. */
@ObjectType({ description: 'The history of an organisation: where it stood and what happened to it, with dates.' })
@Entity('organization_event')
export class OrganizationEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Field(() => OrganizationEventKindEnum)
  @Column('text')
  kind: OrganizationEventKind;

  @Field(() => LocalDate)
  @Column('date')
  on: string;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Column('uuid', { name: 'from_parent_id', nullable: true })
  fromParentId: string | null;

  @Column('uuid', { name: 'to_parent_id', nullable: true })
  toParentId: string | null;

  @Column('uuid', { name: 'other_id', nullable: true })
  otherId: string | null;

  @Field(() => String, { nullable: true, description: 'The name before a RENAMED event.' })
  @Column('text', { name: 'previous_name', nullable: true })
  previousName: string | null;

  @Column('uuid', { name: 'recorded_by', nullable: true })
  recordedById: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
