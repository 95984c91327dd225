import type { MemberStatus } from '@dangvu/schema';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { Organization } from './organization.entity.js';
import { MemberStatusEnum } from './organization.enums.js';
import {
  CreateOrganizationInput,
  DissolveOrganizationInput,
  EndOrganizationInput,
  MergeOrganizationsInput,
  MoveOrganizationsInput,
  OrganizationFilter,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import * as service from './organization.service.js';
import { OrganizationEvent } from './organization-event.entity.js';
import { organizationEvents } from './organization-events.js';
import * as reform from './organization-reform.service.js';

export const OrganizationConnection = connectionType('Organization', Organization);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Allow('organization:read')
  @Query(() => Organization, { nullable: true })
  organization(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.organizationById(ctx, id);
  }

  @Allow('organization:read')
  @Query(() => Organization, { nullable: true })
  organizationByCode(@Ctx() ctx: Context, @Arg('code') code: string) {
    return service.organizationByCode(ctx, code);
  }

  @Allow('organization:read')
  @Query(() => OrganizationConnection)
  organizations(
    @Ctx() ctx: Context,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return service.listOrganizations(ctx, filter ?? {}, first, after);
  }

  @Allow('organization:read')
  @Query(() => [Organization], { description: "The caller's scope organisation (the roots for ADMIN)." })
  roots(@Ctx() ctx: Context) {
    return service.roots(ctx);
  }

  @Allow('organization:write')
  @Mutation(() => Organization)
  createOrganization(@Ctx() ctx: Context, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput) {
    return service.createOrganization(ctx, input);
  }

  @Allow('organization:write')
  @Mutation(() => Organization)
  updateOrganization(@Ctx() ctx: Context, @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput) {
    return service.updateOrganization(ctx, input);
  }

  @Allow('organization:write')
  @Mutation(() => Organization)
  dissolveOrganization(
    @Ctx() ctx: Context,
    @Arg('input', () => DissolveOrganizationInput) input: DissolveOrganizationInput,
  ) {
    return service.dissolveOrganization(ctx, input);
  }

  @Allow('organization:write')
  @Mutation(() => Organization)
  mergeOrganizations(@Ctx() ctx: Context, @Arg('input', () => MergeOrganizationsInput) input: MergeOrganizationsInput) {
    return reform.mergeOrganizations(ctx, input);
  }

  @Allow('organization:reorganize')
  @Mutation(() => [Organization])
  moveOrganizations(@Ctx() ctx: Context, @Arg('input', () => MoveOrganizationsInput) input: MoveOrganizationsInput) {
    return reform.moveOrganizations(ctx, input);
  }

  @Allow('organization:reorganize')
  @Mutation(() => Organization)
  endOrganization(@Ctx() ctx: Context, @Arg('input', () => EndOrganizationInput) input: EndOrganizationInput) {
    return reform.endOrganization(ctx, input);
  }

  @FieldResolver(() => [OrganizationEvent], { description: 'Oldest first.' })
  events(@Root() org: Organization, @Ctx() ctx: Context) {
    return organizationEvents(ctx, org);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() org: Organization, @Ctx() ctx: Context) {
    return org.parentId ? service.organizationById(ctx, org.parentId) : null;
  }

  @FieldResolver(() => [Organization])
  children(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, nullable: true }) includeInactive: boolean,
  ) {
    return service.children(ctx, org.id, includeInactive);
  }

  @FieldResolver(() => [Organization], { description: 'From the root down to the parent.' })
  ancestors(@Root() org: Organization, @Ctx() ctx: Context) {
    return service.ancestors(ctx, org);
  }

  @FieldResolver(() => Organization, { nullable: true })
  mergedInto(@Root() org: Organization, @Ctx() ctx: Context) {
    return org.mergedIntoId ? service.organizationById(ctx, org.mergedIntoId) : null;
  }

  @FieldResolver(() => Int, {
    description: 'Members whose cell is in this subtree, by status (PROBATIONARY and OFFICIAL when omitted).',
  })
  memberCount(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('statuses', () => [MemberStatusEnum], { nullable: true }) statuses?: MemberStatus[],
  ) {
    return service.memberCount(ctx, org, statuses?.length ? statuses : ['PROBATIONARY', 'OFFICIAL']);
  }
}

/** The organisations an event names: by name even where they lie outside the caller's scope (auth/unscoped.ts). */
@Resolver(() => OrganizationEvent)
export class OrganizationEventResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The parent before a MOVED event.' })
  fromParent(@Root() e: OrganizationEvent, @Ctx() ctx: Context) {
    return e.fromParentId ? organizationNamedBy(ctx, e.fromParentId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The parent after a MOVED event.' })
  toParent(@Root() e: OrganizationEvent, @Ctx() ctx: Context) {
    return e.toParentId ? organizationNamedBy(ctx, e.toParentId) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The merge target (MERGED) or the merged source (ABSORBED).',
  })
  other(@Root() e: OrganizationEvent, @Ctx() ctx: Context) {
    return e.otherId ? organizationNamedBy(ctx, e.otherId) : null;
  }
}
