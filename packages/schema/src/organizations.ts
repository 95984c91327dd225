import type { OrganizationKind, Role } from './enums.js';

/**
 * PARENT_KIND. The organisation system follows the administrative levels
 * (Điều lệ Đảng, Điều 11): a province at the top, districts under it;
 * grassroots organisations (đảng bộ cơ sở, chi bộ cơ sở) under a district, or
 * since 1 July 2025 directly under the province or under a commune, ward or
 * special-zone committee given the powers of the level above grassroots
 * (COMMUNE_LEVEL_COMMITTEE, which sits directly under a province: Hướng dẫn
 * 31-HD/BTCTW, 2025); subordinate cells only under a grassroots committee
 * (Điều lệ Đảng, Điều 21). A root is a provincial or district committee.
 * Shared by the api (the rule) and the admin app (what it offers).
 */
export const ALLOWED_PARENTS: Record<OrganizationKind, readonly (OrganizationKind | null)[]> = {
  PROVINCIAL_COMMITTEE: [null],
  DISTRICT_COMMITTEE: [null, 'PROVINCIAL_COMMITTEE'],
  COMMUNE_LEVEL_COMMITTEE: ['PROVINCIAL_COMMITTEE'],
  GRASSROOTS_COMMITTEE: ['DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE'],
  GRASSROOTS_CELL: ['DISTRICT_COMMITTEE', 'PROVINCIAL_COMMITTEE', 'COMMUNE_LEVEL_COMMITTEE'],
  SUBORDINATE_CELL: ['GRASSROOTS_COMMITTEE'],
};

/** The kinds that may sit under a parent of this kind (null: roots): ALLOWED_PARENTS read the other way. */
export function allowedChildren(parentKind: OrganizationKind | null): OrganizationKind[] {
  return (Object.keys(ALLOWED_PARENTS) as OrganizationKind[]).filter((k) => ALLOWED_PARENTS[k].includes(parentKind));
}

type Creator = { role: Role; scopeId: string | null };
type Parent = { id: string; kind: OrganizationKind } | null;

/**
 * May the user create an organisation of this kind under `parent` (null: a
 * root), the parent being in the user's scope? ADMIN anything, a
 * DISTRICT_ADMIN anything under an organisation (no roots), a COMMUNE_ADMIN
 * only subordinate cells directly under its own grassroots committee, others
 * nothing. Whether the kind may sit there is PARENT_KIND, checked apart.
 */
export function mayCreateOrganization(user: Creator, parent: Parent, kind: OrganizationKind): boolean {
  if (user.role === 'ADMIN') return true;
  if (!parent) return false;
  if (user.role === 'DISTRICT_ADMIN') return true;
  return user.role === 'COMMUNE_ADMIN' && parent.id === user.scopeId && kind === 'SUBORDINATE_CELL';
}

/** The kinds the user may create under `parent` that the rule allows there: none means nothing to offer. */
export function creatableChildren(user: Creator, parent: Parent): OrganizationKind[] {
  return allowedChildren(parent?.kind ?? null).filter((k) => mayCreateOrganization(user, parent, k));
}
