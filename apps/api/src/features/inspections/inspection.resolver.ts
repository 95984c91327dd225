import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { userById } from '../users/user.service.js';
import * as disciplines from './discipline.service.js';
import {
  disciplinesOf,
  disciplinesOfInspection,
  findingsOf,
  inspectionById,
  inspectionsOfSubject,
  remediesOf,
  subjectsOf,
} from './inspection.access.js';
import { Discipline, Finding, Inspection, Remedy } from './inspection.entity.js';
import {
  AddFindingInput,
  CompleteRemedyInput,
  ConcludeInspectionInput,
  ImposeDisciplineInput,
  InspectionFilter,
  PlanInspectionInput,
  StartInspectionInput,
} from './inspection.inputs.js';
import { listInspections } from './inspection.list.js';
import * as service from './inspection.service.js';

export const InspectionConnection = connectionType('Inspection', Inspection);

/** Members named by a visible record: only those the caller may see (the rest are left out). */
async function visibleMembers(ctx: Context, ids: string[]): Promise<Member[]> {
  return (await Promise.all(ids.map((id) => memberById(ctx, id)))).filter((m): m is Member => m !== null);
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Allow('inspection:read')
  @Query(() => Inspection, { nullable: true })
  inspection(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return inspectionById(ctx, id);
  }

  @Allow('inspection:read')
  @Query(() => InspectionConnection)
  inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listInspections(ctx, filter ?? {}, first, after);
  }

  @Allow('inspection:write')
  @Mutation(() => Inspection)
  planInspection(@Ctx() ctx: Context, @Arg('input', () => PlanInspectionInput) input: PlanInspectionInput) {
    return service.planInspection(ctx, input);
  }

  @Allow('inspection:write')
  @Mutation(() => Inspection)
  startInspection(@Ctx() ctx: Context, @Arg('input', () => StartInspectionInput) input: StartInspectionInput) {
    return service.startInspection(ctx, input);
  }

  @Allow('inspection:write')
  @Mutation(() => Inspection)
  addFinding(@Ctx() ctx: Context, @Arg('input', () => AddFindingInput) input: AddFindingInput) {
    return service.addFinding(ctx, input);
  }

  @Allow('inspection:write')
  @Mutation(() => Inspection)
  concludeInspection(@Ctx() ctx: Context, @Arg('input', () => ConcludeInspectionInput) input: ConcludeInspectionInput) {
    return service.concludeInspection(ctx, input);
  }

  @Allow('inspection:write')
  @Mutation(() => Inspection)
  cancelInspection(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return service.cancelInspection(ctx, id, version, reason);
  }

  @Allow('inspection:write')
  @Mutation(() => Remedy)
  completeRemedy(@Ctx() ctx: Context, @Arg('input', () => CompleteRemedyInput) input: CompleteRemedyInput) {
    return service.completeRemedy(ctx, input);
  }

  @Allow('discipline:write')
  @Mutation(() => Discipline)
  imposeDiscipline(@Ctx() ctx: Context, @Arg('input', () => ImposeDisciplineInput) input: ImposeDisciplineInput) {
    return disciplines.imposeDiscipline(ctx, input);
  }

  @FieldResolver(() => Organization)
  conductedBy(@Root() i: Inspection, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, i.conductedById);
  }

  @FieldResolver(() => [Organization])
  async subjectOrganizations(@Root() i: Inspection, @Ctx() ctx: Context) {
    const rows = (await subjectsOf(ctx, i.id)).filter((s) => s.organization_id);
    return Promise.all(rows.map((s) => organizationNamedBy(ctx, s.organization_id!)));
  }

  @FieldResolver(() => [Member], { description: 'The subject members the caller may see.' })
  async subjectMembers(@Root() i: Inspection, @Ctx() ctx: Context) {
    const rows = (await subjectsOf(ctx, i.id)).filter((s) => s.member_id);
    return visibleMembers(
      ctx,
      rows.map((s) => s.member_id!),
    );
  }

  @FieldResolver(() => [Finding])
  findings(@Root() i: Inspection, @Ctx() ctx: Context) {
    return findingsOf(ctx, i.id);
  }

  @FieldResolver(() => [Remedy])
  remedies(@Root() i: Inspection, @Ctx() ctx: Context) {
    return remediesOf(ctx, i.id);
  }

  @FieldResolver(() => [Discipline])
  disciplines(@Root() i: Inspection, @Ctx() ctx: Context) {
    return disciplinesOfInspection(ctx, i.id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() i: Inspection, @Ctx() ctx: Context) {
    return i.createdById ? userById(ctx, i.createdById) : null;
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Member, {
    nullable: true,
    description: 'The subject the finding concerns, when it concerns one.',
  })
  member(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.memberId ? memberById(ctx, f.memberId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.organizationId ? organizationNamedBy(ctx, f.organizationId) : null;
  }
}

@Resolver(() => Remedy)
export class RemedyResolver {
  @FieldResolver(() => Organization)
  responsible(@Root() r: Remedy, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, r.responsibleId);
  }
}

@Resolver(() => Discipline)
export class DisciplineResolver {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() d: Discipline, @Ctx() ctx: Context) {
    return d.memberId ? memberById(ctx, d.memberId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() d: Discipline, @Ctx() ctx: Context) {
    return d.organizationId ? organizationNamedBy(ctx, d.organizationId) : null;
  }

  @FieldResolver(() => Organization)
  decidedBy(@Root() d: Discipline, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, d.decidedById);
  }

  @FieldResolver(() => Inspection, { nullable: true })
  inspection(@Root() d: Discipline, @Ctx() ctx: Context) {
    return d.inspectionId ? inspectionById(ctx, d.inspectionId) : null;
  }
}

/** Member.disciplines and Member.inspections belong to this feature. */
@Resolver(() => Member)
export class MemberDisciplinesResolver {
  @FieldResolver(() => [Discipline], { description: 'Visible to admins and inspectors only; empty for others.' })
  disciplines(@Root() m: Member, @Ctx() ctx: Context) {
    return disciplinesOf(ctx, 'member_id', m.id);
  }

  @FieldResolver(() => [Inspection], {
    description: 'The inspections the member was a subject of that the caller may see, newest first.',
  })
  inspections(@Root() m: Member, @Ctx() ctx: Context) {
    return inspectionsOfSubject(ctx, 'member_id', m.id);
  }
}

/** Organization.disciplines and Organization.inspections belong to this feature. */
@Resolver(() => Organization)
export class OrganizationDisciplinesResolver {
  @FieldResolver(() => [Discipline], { description: 'Disciplines imposed on this organisation.' })
  disciplines(@Root() o: Organization, @Ctx() ctx: Context) {
    return disciplinesOf(ctx, 'organization_id', o.id);
  }

  @FieldResolver(() => [Inspection], {
    description: 'The inspections this organisation was a subject of that the caller may see, newest first.',
  })
  inspections(@Root() o: Organization, @Ctx() ctx: Context) {
    return inspectionsOfSubject(ctx, 'organization_id', o.id);
  }
}
