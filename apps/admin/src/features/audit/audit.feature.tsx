import { defineFeature, pageRoute } from '../../app/feature';
import { auditEn, auditVi } from './audit.messages';
import { AuditPage } from './audit-page';

/** Nhật ký thao tác: who changed what. */
export const auditFeature = defineFeature({
  id: 'audit',
  routes: (layout) => [pageRoute(layout, '/audit', 'audit:read', AuditPage)],
  nav: [{ to: '/audit', label: 'navAudit', testid: 'nav-audit', permission: 'audit:read', order: 90 }],
  messages: { vi: auditVi, en: auditEn },
});
