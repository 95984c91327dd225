import type { MemberExitKind } from '@dangvu/schema';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * GROUND_REQUIRED: a removal (xóa tên, not a discipline) states its ground
 * (Điều lệ Đảng, Điều 8: absent from meetings or dues unpaid in 3 months of a
 * year without good reason; not fulfilling a member's duties after being
 * educated).
 */
export function checkRemovalGround(kind: MemberExitKind, ground: string | null | undefined): RuleBreach | null {
  if (kind !== 'REMOVED' || ground) return null;
  return {
    rule: 'GROUND_REQUIRED',
    source: 'Điều lệ Đảng, Điều 8',
    message: {
      vi: 'Xóa tên cần nêu căn cứ (ground): bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng; hoặc không làm nhiệm vụ đảng viên dù đã được giáo dục.',
      en: "A removal states its ground: absent or dues unpaid in 3 months of a year without good reason, or not fulfilling a member's duties after being educated.",
    },
  };
}

/** The status a member leaves the roll with: NOT_RECOGNISED strikes a probationary member off the list (REMOVED). */
export function statusAfterExit(kind: MemberExitKind): 'REMOVED' | 'DECEASED' | 'TRANSFERRED_OUT' {
  return kind === 'NOT_RECOGNISED' ? 'REMOVED' : kind;
}
