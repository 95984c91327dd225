import { TEMPORARY_TRANSFER_PURPOSES, type TemporaryTransferPurpose, type TransferStatus } from '@dangvu/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { registerEnum } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { TransferStatusEnum } from './member.enums.js';

export const TemporaryTransferPurposeEnum = registerEnum('TemporaryTransferPurpose', TEMPORARY_TRANSFER_PURPOSES, {
  STUDY: 'Học tập: up to 24 months',
});

/** Chuyển sinh hoạt đảng from one cell to another. */
@ObjectType()
@Entity('transfer')
export class Transfer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'member_id' })
  memberId: string;

  @Column('uuid', { name: 'from_organization_id' })
  fromOrganizationId: string;

  @Column('uuid', { name: 'to_organization_id' })
  toOrganizationId: string;

  @Field(() => LocalDate)
  @Column('date', { name: 'requested_on' })
  requestedOn: string;

  @Field({ description: 'Sinh hoạt đảng tạm thời: the member stays on the roll of the home cell.' })
  @Column('boolean')
  temporary: boolean;

  @Field(() => LocalDate, { nullable: true, description: 'The last day of a temporary transfer.' })
  @Column('date', { nullable: true })
  until: string | null;

  @Field(() => TemporaryTransferPurposeEnum, { nullable: true })
  @Column('text', { nullable: true })
  purpose: TemporaryTransferPurpose | null;

  @Field(() => TransferStatusEnum)
  @Column('text')
  status: TransferStatus;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, when it was.' })
  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote: string | null;

  @Column('uuid', { name: 'requested_by', nullable: true })
  requestedById: string | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedById: string | null;

  @Field(() => Int)
  @Column('int')
  version: number;
}
