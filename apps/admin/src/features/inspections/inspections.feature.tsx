import { defineFeature, pageRoute } from '../../app/feature';
import { InspectionPage } from './inspection-page';
import { inspectionsEn, inspectionsVi } from './inspections.messages';
import { InspectionsPage } from './inspections-page';
import './inspections.css';

/**
 * Kiểm tra, giám sát và kỷ luật: the inspection committee's year plan, an
 * inspection from plan to conclusion with its findings, remedies and
 * disciplines. Its pieces on other pages: MemberDisciplines and
 * OrganizationDisciplines (member profile, organisation page) and InspectorDesk (the inspectors' home page).
 */
export const inspectionsFeature = defineFeature({
  id: 'inspections',
  routes: (layout) => [
    pageRoute(layout, '/inspections', 'inspection:read', InspectionsPage),
    pageRoute(layout, '/inspections/$id', 'inspection:read', InspectionPage),
  ],
  nav: [
    {
      to: '/inspections',
      label: 'navInspections',
      testid: 'nav-inspections',
      permission: 'inspection:read',
      order: 27,
    },
  ],
  messages: { vi: inspectionsVi, en: inspectionsEn },
});
