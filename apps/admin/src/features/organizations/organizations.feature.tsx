import { defineFeature, pageRoute } from '../../app/feature';
import { OrganizationsPage } from './organizations-page';

/** Tổ chức đảng: the tree, search, detail and its changes. */
export const organizationsFeature = defineFeature({
  id: 'organizations',
  routes: (layout) => [
    pageRoute(layout, '/organizations', 'organization:read', OrganizationsPage),
    pageRoute(layout, '/organizations/$id', 'organization:read', OrganizationsPage),
  ],
  nav: [
    {
      to: '/organizations',
      label: 'navOrganizations',
      testid: 'nav-organizations',
      permission: 'organization:read',
      order: 10,
    },
  ],
});
