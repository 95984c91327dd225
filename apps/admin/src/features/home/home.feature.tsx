import { defineFeature, pageRoute } from '../../app/feature';
import { homeEn, homeVi } from './home.messages';
import { HomePage } from './home-page';
import './home.css';

/** Trang chủ: each role's start page (alerts, figures, usual work). */
export const homeFeature = defineFeature({
  id: 'home',
  routes: (layout) => [pageRoute(layout, '/', null, HomePage)],
  nav: [{ to: '/', label: 'navHome', testid: 'nav-home', permission: null, order: 0 }],
  messages: { vi: homeVi, en: homeEn },
});
