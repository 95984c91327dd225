import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { User } from '../users/user.entity.js';
import { userById } from '../users/user.service.js';
import { AuditEntry } from './audit.entity.js';
import { listAudit } from './audit.service.js';

@InputType()
export class AuditFilter {
  @Field({ nullable: true })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field({ nullable: true, description: 'The mutation that wrote the entry, e.g. updateMember, or login.' })
  action?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

export const AuditEntryConnection = connectionType('AuditEntry', AuditEntry);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Allow('audit:read')
  @Query(() => AuditEntryConnection)
  auditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAudit(ctx, filter ?? {}, first, after);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.userId ? userById(ctx, entry.userId) : null;
  }
}
