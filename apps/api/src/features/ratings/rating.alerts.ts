import { alert, type Kind } from '../alerts/alert.kind.js';
import { QUOTA_SOURCE } from './rating.rules.js';
import { quotaBreaches, ratingTallies } from './rating.tally.js';

/**
 * Groups of the subtree whose EXCELLENT ratings exceed 20% of their GOOD ones
 * in the year of asOf or the year before (ratings are given at the year's
 * end): one statement over the subtree's ratings (rating.tally.ts). A
 * member or cell quota is the grassroots organisation's; a grassroots
 * organisations' quota is the level above's.
 */
export const ratingQuotaExceeded: Kind = async (ctx, root, asOf) => {
  const year = Number(asOf.slice(0, 4));
  const { rows, orgs } = await ratingTallies(ctx, root, [year - 1, year]);
  return quotaBreaches(rows, orgs, root).map((b) => {
    const name = orgs.get(b.groupId)?.name ?? '';
    const who = b.org
      ? { vi: 'tổ chức đảng', en: b.excellent === 1 ? 'organisation' : 'organisations' }
      : { vi: 'đảng viên', en: b.excellent === 1 ? 'member' : 'members' };
    return alert(
      'RATING_QUOTA_EXCEEDED',
      null,
      {
        vi: `${name}: ${b.excellent} ${who.vi} hoàn thành xuất sắc nhiệm vụ năm ${b.year}, vượt 20% của ${b.good} hoàn thành tốt nhiệm vụ (${QUOTA_SOURCE}).`,
        en: `${name}: ${b.excellent} ${who.en} rated Excellent for ${b.year}, more than 20% of the ${b.good} rated Good (${QUOTA_SOURCE}).`,
      },
      { organizationId: b.groupId },
    );
  });
};
