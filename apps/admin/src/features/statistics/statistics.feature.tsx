import { defineFeature, pageRoute } from '../../app/feature';
import { statisticsEn, statisticsVi } from './statistics.messages';
import { StatisticsPage } from './statistics-page';
import './statistics.css';

/** Thống kê: the figures of the caller's scope or a subtree of it, and their .xlsx report. */
export const statisticsFeature = defineFeature({
  id: 'statistics',
  routes: (layout) => [pageRoute(layout, '/statistics', 'member:read', StatisticsPage)],
  nav: [{ to: '/statistics', label: 'navStatistics', testid: 'nav-statistics', permission: 'member:read', order: 27 }],
  messages: { vi: statisticsVi, en: statisticsEn },
});
