import { defineFeature, pageRoute } from '../../app/feature';
import { transfersEn, transfersVi } from './transfers.messages';
import { TransfersPage } from './transfers-page';

/** Chuyển sinh hoạt đảng: transfers in and out of the scope. */
export const transfersFeature = defineFeature({
  id: 'transfers',
  routes: (layout) => [pageRoute(layout, '/transfers', 'member:read', TransfersPage)],
  nav: [{ to: '/transfers', label: 'navTransfers', testid: 'nav-transfers', permission: 'member:read', order: 30 }],
  messages: { vi: transfersVi, en: transfersEn },
});
