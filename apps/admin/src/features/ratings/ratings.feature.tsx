import { defineFeature, pageRoute } from '../../app/feature';
import { ratingsEn, ratingsVi } from './ratings.messages';
import { RatingsPage } from './ratings-page';
import './ratings.css';

/**
 * Đánh giá, xếp loại chất lượng: a year's ratings of an organisation's
 * cells and members with the summary of its subtree. Its piece on another
 * page: MemberRatings (member profile).
 */
export const ratingsFeature = defineFeature({
  id: 'ratings',
  routes: (layout) => [pageRoute(layout, '/ratings', 'rating:read', RatingsPage)],
  nav: [{ to: '/ratings', label: 'navRatings', testid: 'nav-ratings', permission: 'rating:read', order: 28 }],
  messages: { vi: ratingsVi, en: ratingsEn },
});
