import type { Permission, Role } from '@dangvu/schema';
import { can } from '@dangvu/schema';
import type { MessageKey } from './messages-vi';

/** One entry of the side navigation; shown when the role has the permission (or always, without one). */
export interface NavItem {
  path: string;
  label: MessageKey;
  testid: string;
  permission: Permission | null;
}

/** The side navigation, in order. New features (members, candidates…) add a line here and a route. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/organizations', label: 'navOrganizations', testid: 'nav-organizations', permission: 'organization:read' },
  { path: '/members', label: 'navMembers', testid: 'nav-members', permission: 'member:read' },
  { path: '/transfers', label: 'navTransfers', testid: 'nav-transfers', permission: 'member:read' },
  { path: '/candidates', label: 'navCandidates', testid: 'nav-candidates', permission: 'candidate:read' },
  { path: '/targets', label: 'navTargets', testid: 'nav-targets', permission: 'target:read' },
  { path: '/users', label: 'navUsers', testid: 'nav-users', permission: 'user:read' },
  { path: '/audit', label: 'navAudit', testid: 'nav-audit', permission: 'audit:read' },
  { path: '/playground', label: 'navPlayground', testid: 'nav-playground', permission: null },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permission === null || can(role, item.permission));
}
