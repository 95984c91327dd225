import type { OrganizationKind, OrganizationSector, OrganizationStatus } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars.js';
import { OrganizationKindEnum, OrganizationSectorEnum, OrganizationStatusEnum } from './organization.enums.js';

/**
 * Tổ chức đảng: a node of the party organisation tree. `path` is the
 * materialized path of ids from the root ('/root/…/self/'); the scope filter
 * and every subtree query use it.
 */
@ObjectType()
@Entity('organization')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Unique, stable, human-readable (e.g. LB-TL-03).' })
  @Column('text')
  code: string;

  @Field()
  @Column('text')
  name: string;

  @Column('text', { name: 'search_text' })
  searchText: string;

  @Field(() => OrganizationKindEnum)
  @Column('text')
  kind: OrganizationKind;

  @Field(() => OrganizationSectorEnum)
  @Column('text')
  sector: OrganizationSector;

  @Field(() => OrganizationStatusEnum)
  @Column('text')
  status: OrganizationStatus;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @Column('text')
  path: string;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'established_on', nullable: true })
  establishedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Số quyết định thành lập' })
  @Column('text', { name: 'decision_number', nullable: true })
  decisionNumber: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column('date', { name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Số quyết định giải thể hoặc sáp nhập' })
  @Column('text', { name: 'closing_decision_number', nullable: true })
  closingDecisionNumber: string | null;

  @Column('uuid', { name: 'merged_into_id', nullable: true })
  mergedIntoId: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
