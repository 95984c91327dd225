import type { Permission } from '@dangvu/schema';
import { type ComponentType, lazy } from 'react';
import { AuditPage } from '../features/audit/audit-page';
import { CandidatesPage } from '../features/candidates/candidates-page';
import { MemberProfilePage } from '../features/members/member-profile-page';
import { MembersPage } from '../features/members/members-page';
import { OrganizationsPage } from '../features/organizations/organizations-page';
import { TargetsPage } from '../features/targets/targets-page';
import { TransfersPage } from '../features/transfers/transfers-page';
import { UsersPage } from '../features/users/users-page';

/** Page components get the path parameters. */
export type PageProps = { params: Record<string, string> };

export interface Route {
  pattern: string;
  permission: Permission | null;
  page: ComponentType<PageProps>;
}

const PlaygroundPage = lazy(() =>
  import('../features/playground/playground-page').then((m) => ({ default: m.PlaygroundPage })),
);

/** Every page of the app; the first whose pattern matches the path is shown. */
export const ROUTES: readonly Route[] = [
  { pattern: '/organizations', permission: 'organization:read', page: OrganizationsPage },
  { pattern: '/organizations/:id', permission: 'organization:read', page: OrganizationsPage },
  { pattern: '/members', permission: 'member:read', page: MembersPage },
  { pattern: '/members/:id', permission: 'member:read', page: MemberProfilePage },
  { pattern: '/transfers', permission: 'member:read', page: TransfersPage },
  { pattern: '/candidates', permission: 'candidate:read', page: CandidatesPage },
  { pattern: '/targets', permission: 'target:read', page: TargetsPage },
  { pattern: '/users', permission: 'user:read', page: UsersPage },
  { pattern: '/audit', permission: 'audit:read', page: AuditPage },
  { pattern: '/playground', permission: null, page: PlaygroundPage },
];
