import { defineFeature, pageRoute } from '../../app/feature';
import './members.css';
import { memberActionsEn, memberActionsVi } from './member-actions.messages';
import { MemberProfilePage } from './member-profile-page';
import { membersEn, membersVi } from './members.messages';
import { MembersPage } from './members-page';

/** Đảng viên: the list, the profile and the decisions about a member. */
export const membersFeature = defineFeature({
  id: 'members',
  routes: (layout) => [
    pageRoute(layout, '/members', 'member:read', MembersPage),
    pageRoute(layout, '/members/$id', 'member:read', MemberProfilePage),
  ],
  nav: [{ to: '/members', label: 'navMembers', testid: 'nav-members', permission: 'member:read', order: 20 }],
  messages: { vi: { ...membersVi, ...memberActionsVi }, en: { ...membersEn, ...memberActionsEn } },
});
