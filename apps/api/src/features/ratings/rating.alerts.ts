import { EXCELLENT_QUOTA_PERCENT } from '@dangvu/schema';
import { alert, inLang, type Kind, type Say } from '../alerts/alert.kind.js';
import { QUOTA_SOURCE } from './rating.rules.js';
import { quotaBreaches, ratingTallies } from './rating.tally.js';

/** A group's EXCELLENT ratings over its quota: of organisations (`org`) or of members. */
const RATING_QUOTA_EXCEEDED: Say<[name: string, excellent: number, org: boolean, year: number, good: number]> = {
  vi: (name, excellent, org, year, good) =>
    `${name}: ${excellent} ${org ? 'tổ chức đảng' : 'đảng viên'} hoàn thành xuất sắc nhiệm vụ năm ${year}, vượt ${EXCELLENT_QUOTA_PERCENT}% của ${good} hoàn thành tốt nhiệm vụ (${QUOTA_SOURCE}).`,
  en: (name, excellent, org, year, good) =>
    `${name}: ${excellent} ${org ? 'organisation' : 'member'}${excellent === 1 ? '' : 's'} rated Excellent for ${year}, more than ${EXCELLENT_QUOTA_PERCENT}% of the ${good} rated Good (${QUOTA_SOURCE}).`,
};

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
  const message = inLang(RATING_QUOTA_EXCEEDED);
  return quotaBreaches(rows, orgs, root).map((b) =>
    alert('RATING_QUOTA_EXCEEDED', null, message(orgs.get(b.groupId)?.name ?? '', b.excellent, b.org, b.year, b.good), {
      organizationId: b.groupId,
    }),
  );
};
