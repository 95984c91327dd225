import { defineFeature, pageRoute } from '../../app/feature';
import { CadreIndicatorsPage } from './cadre-indicators-page';
import { CadreProfilePage } from './cadre-profile-page';
import { cadresEn, cadresVi } from './cadres.messages';
import { CadresPage } from './cadres-page';
import { OrgLeadershipPage } from './org-leadership-page';
import './cadres.css';

/** Cán bộ: the cadres list and profile, placements, an organisation's leadership and the district's indicators. */
export const cadresFeature = defineFeature({
  id: 'cadres',
  routes: (layout) => [
    pageRoute(layout, '/cadres', 'cadre:read', CadresPage),
    pageRoute(layout, '/cadre-indicators', 'cadre:read', CadreIndicatorsPage),
    pageRoute(layout, '/cadres/$id', 'cadre:read', CadreProfilePage),
    pageRoute(layout, '/organizations/$id/leadership', 'cadre:read', OrgLeadershipPage),
  ],
  nav: [
    { to: '/cadres', label: 'navCadres', testid: 'nav-cadres', permission: 'cadre:read', order: 25 },
    {
      to: '/cadre-indicators',
      label: 'navCadreIndicators',
      testid: 'nav-cadre-indicators',
      permission: 'cadre:read',
      order: 26,
    },
  ],
  messages: { vi: cadresVi, en: cadresEn },
});
