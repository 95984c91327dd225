import { defineFeature, pageRoute } from '../../app/feature';
import { CellMeetingsPage } from './cell-meetings-page';
import { MeetingCompliancePage } from './compliance-page';
import { meetingsEn, meetingsVi } from './meetings.messages';
import './meetings.css';

/** Sinh hoạt chi bộ: a cell's meetings and their minutes, and a commune's or district's quarterly compliance. */
export const meetingsFeature = defineFeature({
  id: 'meetings',
  routes: (layout) => [
    pageRoute(layout, '/organizations/$id/meetings', 'meeting:read', CellMeetingsPage),
    pageRoute(layout, '/meeting-compliance', 'meeting:read', MeetingCompliancePage),
  ],
  nav: [
    {
      to: '/meeting-compliance',
      label: 'navMeetingCompliance',
      testid: 'nav-meeting-compliance',
      permission: 'meeting:read',
      order: 27,
    },
  ],
  messages: { vi: meetingsVi, en: meetingsEn },
});
