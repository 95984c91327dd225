import type { CandidateStage, MemberStatus } from '@dangvu/schema';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * The admission pipeline (Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW on its
 * implementation): tạo nguồn → lớp bồi dưỡng nhận thức về Đảng → đơn xin vào
 * Đảng with two official members introducing → thẩm tra lý lịch → kết nạp.
 */
export const PIPELINE: readonly CandidateStage[] = ['SOURCED', 'TRAINED', 'APPLIED', 'VERIFIED', 'ADMITTED'];
const SOURCE = 'Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW (2025)';

function stageOrder(from: CandidateStage, to: CandidateStage): RuleBreach {
  return {
    rule: 'STAGE_ORDER',
    source: SOURCE,
    message: {
      vi: `Không thể chuyển từ bước ${from} sang ${to}: các bước đi lần lượt tạo nguồn → học lớp nhận thức → có đơn → thẩm tra lý lịch → kết nạp (bằng admitCandidate).`,
      en: `Cannot move from ${from} to ${to}: the stages go sourced → trained → applied → verified, one at a time, then admitCandidate.`,
    },
  };
}

/** STAGE_ORDER for advanceCandidate: one stage forward up to VERIFIED, or REJECTED from any open stage. */
export function checkAdvance(from: CandidateStage, to: CandidateStage): RuleBreach | null {
  const open = from !== 'ADMITTED' && from !== 'REJECTED';
  const next = to !== 'ADMITTED' && PIPELINE.indexOf(to) === PIPELINE.indexOf(from) + 1;
  return open && (to === 'REJECTED' || next) ? null : stageOrder(from, to);
}

/** STAGE_ORDER for admitCandidate: only a VERIFIED candidate is admitted. */
export function checkAdmit(from: CandidateStage): RuleBreach | null {
  return from === 'VERIFIED' ? null : stageOrder(from, 'ADMITTED');
}

/** AWARENESS_COURSE_REQUIRED: TRAINED names the day the awareness course was passed. */
export function checkCourse(awarenessCourseOn: string | null | undefined): RuleBreach | null {
  if (awarenessCourseOn) return null;
  return {
    rule: 'AWARENESS_COURSE_REQUIRED',
    source: SOURCE,
    message: {
      vi: 'Cần ngày hoàn thành lớp bồi dưỡng nhận thức về Đảng.',
      en: 'The date the awareness course was passed is required.',
    },
  };
}

/** SPONSORS_REQUIRED: two different official members (in the caller's scope) introduce the applicant. */
export function checkSponsors(
  requested: readonly string[],
  found: readonly { id: string; status: MemberStatus }[],
): RuleBreach | null {
  const distinct = new Set(requested);
  const official = found.filter((m) => distinct.has(m.id) && m.status === 'OFFICIAL');
  if (distinct.size === 2 && requested.length === 2 && official.length === 2) return null;
  return {
    rule: 'SPONSORS_REQUIRED',
    source: SOURCE,
    message: {
      vi: 'Người vào Đảng phải được hai đảng viên chính thức giới thiệu.',
      en: 'An applicant must be introduced by two official members.',
    },
  };
}
