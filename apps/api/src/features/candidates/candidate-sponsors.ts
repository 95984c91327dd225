import DataLoader from 'dataloader';
import type { Subtree } from '../../auth/scope.js';
import { type Context, loader } from '../../graphql/context.js';
import { addMonths } from '../../graphql/dates.js';
import { FieldErrors, notFound, ruleViolation } from '../../graphql/errors.js';
import { isUuid, today } from '../../graphql/scalars.js';
import { db } from '../../graphql/transaction.js';
import { scopedMembers } from '../members/member.access.js';
import type { Member } from '../members/member.entity.js';
import { findOrganization, ORGANIZATION } from '../organizations/organization.service.js';
import type { Candidate } from './candidate.entity.js';
import type { AdvanceCandidateInput } from './candidate.inputs.js';
import {
  checkSponsorCount,
  checkSponsorKinds,
  checkSponsorsEligible,
  SPONSOR_KNOWN_MONTHS,
  type SponsorClaim,
} from './candidate.rules.js';
import { Sponsorship } from './sponsor.entity.js';

/**
 * Người giới thiệu: who introduces a candidate, recorded when the candidate
 * applies (advanceCandidate to APPLIED) and read through per-request loaders.
 */

/** The grassroots organisation of a cell: a grassroots cell itself, or the grassroots committee a subordinate cell sits under. */
async function grassrootsOf(ctx: Context, cellId: string): Promise<Subtree> {
  const cell = await findOrganization(ctx, cellId);
  if (!cell) throw notFound(ORGANIZATION);
  if (cell.kind !== 'SUBORDINATE_CELL' || !cell.parentId) return { id: cell.id, path: cell.path };
  return { id: cell.parentId, path: cell.path.slice(0, cell.path.length - cell.id.length - 1) };
}

/** What advanceCandidate names: `sponsors`, or the older `sponsorIds` as MEMBER sponsors known for exactly the 12 months. */
function claimsOf(input: AdvanceCandidateInput, appliedOn: string): SponsorClaim[] {
  if (input.sponsors?.length)
    return input.sponsors.map((s) => ({
      kind: s.kind ?? 'MEMBER',
      memberId: s.memberId ?? null,
      knownSince: s.knownSince,
    }));
  const knownSince = addMonths(appliedOn, -SPONSOR_KNOWN_MONTHS);
  return (input.sponsorIds ?? []).map((memberId) => ({ kind: 'MEMBER' as const, memberId, knownSince }));
}

/**
 * Checks the sponsors named for an application on `appliedOn` (SPONSORS_REQUIRED,
 * SPONSOR_KIND, SPONSOR_NOT_ELIGIBLE) and records them in place of any before;
 * answers them as the audit entry shows them.
 */
export async function recordSponsors(
  ctx: Context,
  c: Candidate,
  input: AdvanceCandidateInput,
  appliedOn: string,
): Promise<string[]> {
  const claims = claimsOf(input, appliedOn);
  const errors = new FieldErrors();
  (input.sponsors ?? []).forEach((s, i) => {
    errors.check(s.knownSince <= today(), `sponsors.${i}.knownSince`, 'dateInFuture');
  });
  errors.throwIfAny();
  const breach = checkSponsorCount(claims) ?? checkSponsorKinds(claims, c.dateOfBirth, appliedOn);
  if (breach) throw ruleViolation(breach);
  const ids = claims.map((s) => s.memberId).filter((id): id is string => !!id && isUuid(id));
  const grassroots = await grassrootsOf(ctx, c.organizationId);
  const eligible = ids.length
    ? await scopedMembers(ctx, grassroots).andWhere('m.id IN (:...ids)', { ids }).getMany()
    : [];
  const ineligible = checkSponsorsEligible(claims, eligible, appliedOn);
  if (ineligible) throw ruleViolation(ineligible);
  await db(ctx).query('DELETE FROM candidate_sponsor WHERE candidate_id = $1', [c.id]);
  for (const s of claims)
    await db(ctx).query(
      'INSERT INTO candidate_sponsor (candidate_id, kind, member_id, known_since) VALUES ($1, $2, $3, $4)',
      [c.id, s.kind, s.memberId ?? null, s.knownSince],
    );
  const attested = input.sponsors?.length ? '' : ' (sponsorIds)';
  return claims.map((s) => `${s.kind}${s.memberId ? ` ${s.memberId}` : ''} since ${s.knownSince}${attested}`);
}

/** The sponsorships of each candidate, members first then by member id. */
export function sponsorshipsOf(ctx: Context, candidateId: string): Promise<Sponsorship[]> {
  const l = loader(
    ctx,
    'sponsorships',
    () =>
      new DataLoader<string, Sponsorship[]>(async (ids) => {
        const rows: {
          candidate_id: string;
          kind: Sponsorship['kind'];
          member_id: string | null;
          known_since: string;
        }[] = await db(ctx).query(
          `SELECT candidate_id, kind, member_id, known_since
               FROM candidate_sponsor WHERE candidate_id = ANY($1::uuid[])
              ORDER BY kind, member_id`,
          [ids],
        );
        return ids.map((id) =>
          rows
            .filter((r) => r.candidate_id === id)
            .map((r) =>
              Object.assign(new Sponsorship(), { kind: r.kind, memberId: r.member_id, knownSince: r.known_since }),
            ),
        );
      }),
  );
  return l.load(candidateId);
}

/** The member sponsors of each candidate, as members the caller may see. */
export async function sponsorsOf(ctx: Context, candidateId: string): Promise<Member[]> {
  const memberIds = (await sponsorshipsOf(ctx, candidateId)).map((s) => s.memberId).filter((id) => id !== null);
  const l = loader(
    ctx,
    'sponsorMembers',
    () =>
      new DataLoader<string, Member | null>(async (ids) => {
        const found = await scopedMembers(ctx)
          .andWhere('m.id IN (:...ids)', { ids: [...ids] })
          .getMany();
        return ids.map((id) => found.find((m) => m.id === id) ?? null);
      }),
  );
  return (await l.loadMany(memberIds)).filter((m): m is Member => !!m && !(m instanceof Error));
}
