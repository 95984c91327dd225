import { defineFeature, pageRoute } from '../../app/feature';
import { UsersPage } from './users-page';

/** Người dùng: accounts, roles and scopes. */
export const usersFeature = defineFeature({
  id: 'users',
  routes: (layout) => [pageRoute(layout, '/users', 'user:read', UsersPage)],
  nav: [{ to: '/users', label: 'navUsers', testid: 'nav-users', permission: 'user:read', order: 80 }],
});
