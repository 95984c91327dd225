import type { OrganizationKind, Role } from '@dangvu/schema';

interface Placer {
  role: Role;
  scope: { id: string } | null;
}

/**
 * Where the role may place cadres (the api decides: features/cadres/cadre.rules.ts
 * `mayPlace`): a DISTRICT_ADMIN anywhere below its own organisation, a
 * COMMUNE_ADMIN only in the cells directly under its grassroots organisation,
 * ADMIN anywhere; inspectors read only.
 */
export function mayPlaceAt(user: Placer, org: { id: string; kind: OrganizationKind; parent: { id: string } | null }) {
  if (user.role === 'ADMIN') return true;
  if (user.role === 'DISTRICT_ADMIN') return org.id !== user.scope?.id;
  if (user.role === 'COMMUNE_ADMIN') return org.kind === 'SUBORDINATE_CELL' && org.parent?.id === user.scope?.id;
  return false;
}

/** What the organisation picker of the place dialog offers the role (its search is already scoped). */
export function placeableChoices(user: Placer): { kinds?: OrganizationKind[]; excludeIds: string[] } {
  if (user.role === 'COMMUNE_ADMIN') return { kinds: ['SUBORDINATE_CELL'], excludeIds: [] };
  if (user.role === 'DISTRICT_ADMIN' && user.scope) return { excludeIds: [user.scope.id] };
  return { excludeIds: [] };
}

/** The party rules of a placement, each shown beside the field it concerns. */
export const PLACEMENT_RULE_FIELDS: Record<string, string> = {
  SEAT_OCCUPIED: 'position',
  VILLAGE_HEAD_AT_VILLAGE: 'position',
  CELL_COMMITTEE_SIZE: 'position',
  OFFICIAL_MEMBER_REQUIRED: 'startsOn',
  DISCIPLINE_IN_FORCE: 'startsOn',
  ORGANIZATION_CLOSED: 'organizationId',
  END_BEFORE_START: 'endsOn',
  PLACEMENT_ENDED: 'endsOn',
};
