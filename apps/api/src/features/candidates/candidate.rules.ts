import { CANDIDATE_STAGE_LABELS, type CandidateStage, type MemberStatus, type SponsorKind } from '@dangvu/schema';
import { fullMonths } from '../../graphql/dates.js';
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
      vi: `Không thể chuyển từ bước “${CANDIDATE_STAGE_LABELS[from].vi}” sang “${CANDIDATE_STAGE_LABELS[to].vi}”: các bước đi lần lượt tạo nguồn → học lớp nhận thức → có đơn → thẩm tra lý lịch → kết nạp.`,
      en: `Cannot move from “${CANDIDATE_STAGE_LABELS[from].en}” to “${CANDIDATE_STAGE_LABELS[to].en}”: the stages go sourced → trained → applied → verified, one at a time, then admitted.`,
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

const SPONSOR_SOURCE =
  'Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW (2025), hướng dẫn Điều 4 (người giới thiệu; kế thừa Quy định 24-QĐ/TW và Hướng dẫn 01-HD/TW 2021)';

/** A sponsor as named: a MEMBER with its member, or a union committee (no member), known to the applicant since a day. */
export interface SponsorClaim {
  kind: SponsorKind;
  memberId?: string | null;
  knownSince: string;
}

/** SPONSORS_REQUIRED: two sponsors, no member named twice. */
export function checkSponsorCount(sponsors: readonly SponsorClaim[]): RuleBreach | null {
  const members = sponsors.filter((s) => s.kind === 'MEMBER').map((s) => s.memberId);
  if (sponsors.length === 2 && new Set(members).size === members.length) return null;
  return {
    rule: 'SPONSORS_REQUIRED',
    source: SPONSOR_SOURCE,
    message: {
      vi: 'Người vào Đảng phải được hai người giới thiệu (hai đảng viên chính thức, hoặc một đảng viên chính thức và Ban Chấp hành Đoàn cơ sở hay Công đoàn cơ sở).',
      en: 'An applicant must be introduced by two sponsors (two official members, or one official member and the Youth Union or trade union committee).',
    },
  };
}

/** The Youth Union (or the trade union where there is none) may introduce an applicant of youth age: up to 30, counted in months. */
export const YOUTH_AGE_MONTHS = 30 * 12;
/** A member sponsor has worked or lived with the applicant for at least 12 months before the application. */
export const SPONSOR_KNOWN_MONTHS = 12;

/**
 * SPONSOR_KIND: at most one union committee, and only for an applicant up to
 * 30 years old on the day of the application (360 full months, counted as
 * the admission ages are); a MEMBER names its member, a committee none.
 */
export function checkSponsorKinds(
  sponsors: readonly SponsorClaim[],
  dateOfBirth: string,
  appliedOn: string,
): RuleBreach | null {
  const unions = sponsors.filter((s) => s.kind !== 'MEMBER');
  const named = sponsors.every((s) => (s.kind === 'MEMBER') === Boolean(s.memberId));
  const young = fullMonths(dateOfBirth, appliedOn) <= YOUTH_AGE_MONTHS;
  if (named && (unions.length === 0 || (unions.length === 1 && young))) return null;
  return {
    rule: 'SPONSOR_KIND',
    source: SPONSOR_SOURCE,
    message: {
      vi: 'Chỉ người vào Đảng không quá 30 tuổi mới được Ban Chấp hành Đoàn cơ sở (nơi không có Đoàn: Công đoàn cơ sở) giới thiệu thay một đảng viên; người giới thiệu còn lại là đảng viên chính thức.',
      en: 'Only an applicant up to 30 years old may be introduced by the Youth Union committee (the trade union where there is none) in place of one member; the other sponsor is an official member.',
    },
  };
}

/**
 * SPONSOR_NOT_ELIGIBLE: each member sponsor is an OFFICIAL member of the
 * candidate's grassroots organisation (`eligible`: those found there) and has
 * known the applicant for at least 12 full months before the application.
 */
export function checkSponsorsEligible(
  sponsors: readonly SponsorClaim[],
  eligible: readonly { id: string; status: MemberStatus }[],
  appliedOn: string,
): RuleBreach | null {
  const official = new Set(eligible.filter((m) => m.status === 'OFFICIAL').map((m) => m.id));
  const bad = sponsors.find(
    (s) =>
      s.kind === 'MEMBER' &&
      (!official.has(s.memberId ?? '') || fullMonths(s.knownSince, appliedOn) < SPONSOR_KNOWN_MONTHS),
  );
  if (!bad) return null;
  return {
    rule: 'SPONSOR_NOT_ELIGIBLE',
    source: SPONSOR_SOURCE,
    message: {
      vi: 'Đảng viên giới thiệu phải là đảng viên chính thức cùng tổ chức cơ sở đảng với người vào Đảng và đã cùng công tác, sinh hoạt với người đó ít nhất 12 tháng trước khi làm đơn.',
      en: "A sponsoring member must be an official member of the applicant's grassroots organisation who has worked or lived with the applicant for at least 12 months before the application.",
    },
  };
}
