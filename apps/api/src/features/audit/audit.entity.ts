import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONScalar } from '../../graphql/scalars.js';

/** One audited write: who, when, which operation, which record, and each changed field's before and after. */
@ObjectType({
  description: 'ADMIN reads every entry; DISTRICT_ADMIN the entries about records in its scope; others FORBIDDEN.',
})
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @Column('timestamptz')
  at: Date;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @Field({ description: "The mutation's name, e.g. placeCadre." })
  @Column('text')
  action: string;

  @Field()
  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Field(() => ID)
  @Column('uuid', { name: 'entity_id' })
  entityId: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Field → { from, to }' })
  @Column('jsonb', { nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;

  /** Path of the organisation the record belongs to; DISTRICT_ADMIN reads entries under its scope. */
  @Column('text', { name: 'scope_path', nullable: true })
  scopePath: string | null;
}
