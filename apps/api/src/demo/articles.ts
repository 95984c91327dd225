import type { EntityManager } from 'typeorm';
import { withAdmissionDates } from './admission-dates.js';
import { chunked, insertMemberRows } from './insert-members.js';
import { auditLoad, insertTree } from './insert-tree.js';
import type { LeafPlan } from './lao-cai.js';
import { type AdmissionDraw, dayOf, drawMembers, periodDraw } from './lao-cai-members.js';
import { TERM_2020 } from './members.js';
import type { DemoOrg } from './organizations.js';
import { SOP_COP, sopCopPlan } from './sop-cop.js';
import { insertSopCopLeadership } from './sop-cop-cadres.js';
import { tuanGiaoPlan } from './tuan-giao.js';
import { vanKhanhAdmissions, vanKhanhPlan } from './van-khanh.js';

/** A province of seeds 002 to 004: its tree, its cells' members, how they were admitted. */
interface ArticlePlace {
  tree: DemoOrg;
  leaves: LeafPlan[];
  seed: number;
  firstCard: number;
  admitted: AdmissionDraw;
}

/**
 * Exactly `inTerm` of `total` members (spread evenly over the roll) admitted
 * within the 2020–2025 term, as Lâm Bình's are; the others before it (by
 * seed 001's periods) or, a few, in the new term.
 */
export function termDraw(total: number, inTerm: number, today: string): AdmissionDraw {
  const [start, end] = [dayOf(TERM_2020.startsOn), dayOf(TERM_2020.endsOn)];
  const periods = [
    [[dayOf('1965-01-01'), dayOf('1985-12-31')], 6],
    [[dayOf('1986-01-01'), dayOf('2000-12-31')], 18],
    [[dayOf('2001-01-01'), dayOf('2010-12-31')], 30],
    [[dayOf('2011-01-01'), start - 1], 45],
    [[end + 1, Math.max(end + 1, dayOf(today))], 1],
  ] as const;
  return (r, i) => {
    if (Math.floor(((i + 1) * inTerm) / total) > Math.floor((i * inTerm) / total)) return r.int(start, end);
    const [from, to] = r.weighted(periods);
    return r.int(from, to);
  };
}

export function articlePlaces(today: string): ArticlePlace[] {
  return [
    { ...tuanGiaoPlan(), seed: 24082018, firstCard: 30_000_000, admitted: periodDraw(today) },
    {
      ...sopCopPlan(),
      seed: 23012024,
      firstCard: 31_000_000,
      admitted: termDraw(SOP_COP.members, SOP_COP.admittedInTerm, today),
    },
    { ...vanKhanhPlan(), seed: 12112023, firstCard: 32_000_000, admitted: vanKhanhAdmissions(today) },
  ];
}

/**
 * Loads the provinces of seeds 002 to 004 (their trees, members and
 * admission history, one audit entry each): three statements per province
 * and one for its audit entry. Adds their organisations to `ids`.
 */
export async function insertArticlePlaces(m: EntityManager, ids: Map<string, string>, today: string): Promise<void> {
  for (const [k, place] of articlePlaces(today).entries()) {
    const refs = await insertTree(m, place.tree);
    for (const o of refs) ids.set(o.code, o.id);
    const rows = drawMembers(place.leaves, today, place.seed, place.firstCard, place.admitted);
    const members = await insertMemberRows(m, chunked(withAdmissionDates(rows, today, 3 + k)), ids);
    await auditLoad(m, ids.get(place.tree.code)!, refs.length, members.current);
  }
}

/** After the terms exist (pipeline.ts): Sốp Cộp's 2020–2025 target and its villages' leadership. */
export async function insertArticleLeadership(m: EntityManager, ids: Map<string, string>): Promise<void> {
  await m.query(
    `INSERT INTO target (organization_id, term_id, metric, target_value)
     SELECT $1, id, 'NEW_MEMBERS', $2 FROM term WHERE name = $3`,
    [ids.get(SOP_COP.code), SOP_COP.target, TERM_2020.name],
  );
  await insertSopCopLeadership(m, ids.get(SOP_COP.code)!);
}
