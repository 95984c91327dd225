import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { LocalDate, today } from '../../graphql/scalars.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { cadreById, placementsAt, placementsOfCadre } from './cadre.access.js';
import { Cadre, Placement } from './cadre.entity.js';
import { CadreIndicators, cadreIndicators } from './cadre.indicators.js';
import { CadreFilter, CreateCadreInput, EndPlacementInput, PlaceCadreInput, UpdateCadreInput } from './cadre.inputs.js';
import * as service from './cadre.service.js';
import * as placements from './placement.service.js';

export const CadreConnection = connectionType('Cadre', Cadre);

@Resolver(() => Cadre)
export class CadreResolver {
  @Allow('cadre:read')
  @Query(() => Cadre, { nullable: true })
  cadre(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return cadreById(ctx, id);
  }

  @Allow('cadre:read')
  @Query(() => CadreConnection)
  cadres(
    @Ctx() ctx: Context,
    @Arg('filter', () => CadreFilter, { nullable: true }) filter?: CadreFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return service.listCadres(ctx, filter ?? {}, first, after);
  }

  @Allow('cadre:read')
  @Query(() => CadreIndicators)
  cadreIndicators(
    @Ctx() ctx: Context,
    @Arg('withinId', () => ID) withinId: string,
    @Arg('asOf', () => LocalDate, { nullable: true }) asOf?: string,
  ) {
    return cadreIndicators(ctx, withinId, asOf);
  }

  @Allow('cadre:write')
  @Mutation(() => Cadre)
  createCadre(@Ctx() ctx: Context, @Arg('input', () => CreateCadreInput) input: CreateCadreInput) {
    return service.createCadre(ctx, input);
  }

  @Allow('cadre:write')
  @Mutation(() => Cadre)
  updateCadre(@Ctx() ctx: Context, @Arg('input', () => UpdateCadreInput) input: UpdateCadreInput) {
    return service.updateCadre(ctx, input);
  }

  @Allow('cadre:write')
  @Mutation(() => Placement)
  placeCadre(@Ctx() ctx: Context, @Arg('input', () => PlaceCadreInput) input: PlaceCadreInput) {
    return placements.placeCadre(ctx, input);
  }

  @Allow('cadre:write')
  @Mutation(() => Placement)
  endPlacement(@Ctx() ctx: Context, @Arg('input', () => EndPlacementInput) input: EndPlacementInput) {
    return placements.endPlacement(ctx, input);
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member, when the caller may see the member.' })
  member(@Root() c: Cadre, @Ctx() ctx: Context) {
    return c.memberId ? memberById(ctx, c.memberId) : null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The commune the person comes from; decides whether a placement is local.',
  })
  homeCommune(@Root() c: Cadre, @Ctx() ctx: Context) {
    return c.homeCommuneId ? organizationNamedBy(ctx, c.homeCommuneId) : null;
  }

  @FieldResolver(() => [Placement], { description: 'The placements the caller may see, oldest first.' })
  placements(
    @Root() c: Cadre,
    @Ctx() ctx: Context,
    @Arg('activeOnly', () => Boolean, { defaultValue: false, nullable: true }) activeOnly: boolean,
  ) {
    return placementsOfCadre(ctx, c.id, activeOnly);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Cadre)
  cadre(@Root() p: Placement, @Ctx() ctx: Context) {
    // a placement in scope makes its cadre visible (cadre.access.ts)
    return cadreById(ctx, p.cadreId);
  }

  @FieldResolver(() => Organization)
  organization(@Root() p: Placement, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, p.organizationId);
  }
}

/** Organization.placements belongs to this feature: one more resolver of the Organization type. */
@Resolver(() => Organization)
export class OrganizationPlacementsResolver {
  @FieldResolver(() => [Placement], { description: 'Active placements at this organisation.' })
  placements(
    @Root() org: Organization,
    @Ctx() ctx: Context,
    @Arg('activeOn', () => LocalDate, { nullable: true }) activeOn?: string,
  ) {
    return placementsAt(ctx, org.id, activeOn ?? today());
  }
}
