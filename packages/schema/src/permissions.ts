import type { Role } from './enums.js';

/**
 * What each role may do. The api's auth checker reads this map and every
 * query and mutation names one permission; the admin app reads it to build
 * its navigation. A change here is a security change: the snapshot test in
 * the api fails until it is reviewed.
 */
export const PERMISSIONS = [
  'session:self',
  'user:read',
  'user:manage',
  'organization:read',
  'organization:write',
  /** Move organisations under another parent and end them (the level above grassroots decides). */
  'organization:reorganize',
  'audit:read',
  'member:read',
  'member:write',
  'transfer:decide',
  'candidate:read',
  'candidate:write',
  'term:manage',
  'target:read',
  'target:write',
  'calendar:manage',
  'cadre:read',
  /** Create and correct cadres; place them and end placements (who decides where: features/cadres/cadre.rules.ts). */
  'cadre:write',
  /** Read inspections: inspectors every status of theirs, other roles the concluded ones (features/inspections). */
  'inspection:read',
  /** Plan, conduct and conclude inspections of the caller's own inspection body; complete remedies. */
  'inspection:write',
  /** Impose discipline from a concluded inspection (who decides which form: features/inspections/discipline.rules.ts). */
  'discipline:write',
  /** Read cell meetings (sinh hoạt chi bộ) and their compliance (features/meetings). */
  'meeting:read',
  /** Record a cell meeting's minutes: the commune's office and the district's organisation board. */
  'meeting:write',
  /** Read annual ratings and their summary (features/ratings). */
  'rating:read',
  /** Rate members and organisations (who rates whom: features/ratings/rating.rules.ts). */
  'rating:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The inspection committees: they read records and conduct inspections and discipline. */
const INSPECTOR: readonly Permission[] = [
  'session:self',
  'organization:read',
  'member:read',
  'candidate:read',
  'target:read',
  'cadre:read',
  'inspection:read',
  'inspection:write',
  'discipline:write',
  'meeting:read',
  'rating:read',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  DISTRICT_ADMIN: [
    'session:self',
    'user:read',
    'user:manage',
    'organization:read',
    'organization:write',
    'organization:reorganize',
    'audit:read',
    'member:read',
    'member:write',
    'transfer:decide',
    'candidate:read',
    'candidate:write',
    'target:read',
    'target:write',
    'cadre:read',
    'cadre:write',
    'inspection:read',
    'meeting:read',
    'meeting:write',
    'rating:read',
    'rating:write',
  ],
  DISTRICT_INSPECTOR: INSPECTOR,
  COMMUNE_ADMIN: [
    'session:self',
    'organization:read',
    'organization:write',
    'member:read',
    'member:write',
    'transfer:decide',
    'candidate:read',
    'candidate:write',
    'target:read',
    'target:write',
    'cadre:read',
    'cadre:write',
    'inspection:read',
    'meeting:read',
    'meeting:write',
    'rating:read',
    'rating:write',
  ],
  COMMUNE_INSPECTOR: INSPECTOR,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Roles bound to the level directly above the grassroots: a district, or
 * since 2025 a province or a commune-level committee given the powers of
 * the level above grassroots (COMMUNE_LEVEL_COMMITTEE).
 */
export const DISTRICT_ROLES: readonly Role[] = ['DISTRICT_ADMIN', 'DISTRICT_INSPECTOR'];
/** Roles bound to one grassroots organisation. */
export const COMMUNE_ROLES: readonly Role[] = ['COMMUNE_ADMIN', 'COMMUNE_INSPECTOR'];
