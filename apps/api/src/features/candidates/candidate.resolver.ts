import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { organizationNamedBy } from '../../auth/unscoped.js';
import { Allow } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { connectionType } from '../../graphql/pagination.js';
import { Member } from '../members/member.entity.js';
import { memberById } from '../members/member.service.js';
import { Organization } from '../organizations/organization.entity.js';
import { Candidate } from './candidate.entity.js';
import {
  AdmitCandidateInput,
  AdvanceCandidateInput,
  CandidateFilter,
  CreateCandidateInput,
} from './candidate.inputs.js';
import * as service from './candidate.service.js';
import { sponsorshipsOf, sponsorsOf } from './candidate-sponsors.js';
import { Sponsorship } from './sponsor.entity.js';

export const CandidateConnection = connectionType('Candidate', Candidate);

@Resolver(() => Candidate)
export class CandidateResolver {
  @Allow('candidate:read')
  @Query(() => Candidate, { nullable: true })
  candidate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return service.candidateById(ctx, id);
  }

  @Allow('candidate:read')
  @Query(() => CandidateConnection)
  candidates(
    @Ctx() ctx: Context,
    @Arg('filter', () => CandidateFilter, { nullable: true }) filter?: CandidateFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return service.listCandidates(ctx, filter ?? {}, first, after);
  }

  @Allow('candidate:write')
  @Mutation(() => Candidate)
  createCandidate(@Ctx() ctx: Context, @Arg('input', () => CreateCandidateInput) input: CreateCandidateInput) {
    return service.createCandidate(ctx, input);
  }

  @Allow('candidate:write')
  @Mutation(() => Candidate)
  advanceCandidate(@Ctx() ctx: Context, @Arg('input', () => AdvanceCandidateInput) input: AdvanceCandidateInput) {
    return service.advanceCandidate(ctx, input);
  }

  @Allow('candidate:write', 'member:write')
  @Mutation(() => Member)
  admitCandidate(@Ctx() ctx: Context, @Arg('input', () => AdmitCandidateInput) input: AdmitCandidateInput) {
    return service.admitCandidate(ctx, input);
  }

  @FieldResolver(() => Organization)
  organization(@Root() c: Candidate, @Ctx() ctx: Context) {
    return organizationNamedBy(ctx, c.organizationId);
  }

  @FieldResolver(() => [Member], { description: 'Two official members who introduce the candidate.' })
  sponsors(@Root() c: Candidate, @Ctx() ctx: Context) {
    return sponsorsOf(ctx, c.id);
  }

  @FieldResolver(() => [Sponsorship], {
    description:
      'Who introduces the candidate: members, or for an applicant of youth age the Youth Union (or the trade union) in place of one member.',
  })
  sponsorships(@Root() c: Candidate, @Ctx() ctx: Context) {
    return sponsorshipsOf(ctx, c.id);
  }

  @FieldResolver(() => Member, { nullable: true })
  admittedAs(@Root() c: Candidate, @Ctx() ctx: Context) {
    return c.admittedMemberId ? memberById(ctx, c.admittedMemberId) : null;
  }
}

@Resolver(() => Sponsorship)
export class SponsorshipResolver {
  /** The sponsoring member, when the caller may see it. */
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() s: Sponsorship, @Ctx() ctx: Context) {
    return s.memberId ? memberById(ctx, s.memberId) : null;
  }
}
