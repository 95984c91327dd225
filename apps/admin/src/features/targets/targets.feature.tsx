import { defineFeature, pageRoute } from '../../app/feature';
import { targetsEn, targetsVi } from './targets.messages';
import { TargetsPage } from './targets-page';

/** Chỉ tiêu nghị quyết: targets of a term and their progress. */
export const targetsFeature = defineFeature({
  id: 'targets',
  routes: (layout) => [pageRoute(layout, '/targets', 'target:read', TargetsPage)],
  nav: [{ to: '/targets', label: 'navTargets', testid: 'nav-targets', permission: 'target:read', order: 50 }],
  messages: { vi: targetsVi, en: targetsEn },
});
