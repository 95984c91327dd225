import { defineFeature, pageRoute } from '../../app/feature';
import { candidatesEn, candidatesVi } from './candidates.messages';
import { CandidatesPage } from './candidates-page';

/** Phát triển đảng viên: the admission pipeline board. */
export const candidatesFeature = defineFeature({
  id: 'candidates',
  routes: (layout) => [pageRoute(layout, '/candidates', 'candidate:read', CandidatesPage)],
  nav: [
    { to: '/candidates', label: 'navCandidates', testid: 'nav-candidates', permission: 'candidate:read', order: 40 },
  ],
  messages: { vi: candidatesVi, en: candidatesEn },
});
