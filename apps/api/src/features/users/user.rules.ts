import type { OrganizationKind, Role } from '@dangvu/schema';

/**
 * Which organisations a role is bound to (contract, "Scope"): DISTRICT_*
 * roles to the level directly above the grassroots (a district committee,
 * or since 1 July 2025 a provincial committee, or a commune-level committee
 * given the powers of the level above grassroots, where they act for the
 * grassroots organisations under it as a district does: Hướng dẫn
 * 31-HD/BTCTW, 2025); COMMUNE_* roles to a grassroots organisation; ADMIN to none.
 */
export const SCOPE_KINDS: Record<Role, readonly OrganizationKind[]> = {
  ADMIN: [],
  DISTRICT_ADMIN: ['DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE'],
  DISTRICT_INSPECTOR: ['DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE'],
  COMMUNE_ADMIN: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
  COMMUNE_INSPECTOR: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
};

export function scopeFits(role: Role, kind: OrganizationKind | null): boolean {
  if (role === 'ADMIN') return kind === null;
  return kind !== null && SCOPE_KINDS[role].includes(kind);
}

/** A DISTRICT_ADMIN manages only users with commune roles; ADMIN manages everyone; others no one. */
export function mayManageRole(manager: Role, role: Role): boolean {
  if (manager === 'ADMIN') return true;
  if (manager === 'DISTRICT_ADMIN') return role === 'COMMUNE_ADMIN' || role === 'COMMUNE_INSPECTOR';
  return false;
}
