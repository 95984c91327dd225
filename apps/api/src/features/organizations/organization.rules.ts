import {
  ALLOWED_PARENTS,
  ORGANIZATION_KIND_LABELS,
  type OrganizationKind,
  type OrganizationStatus,
} from '@dangvu/schema';
import type { RuleBreach } from '../../graphql/errors.js';

/**
 * The party rules on the organisation tree, each with its id and source.
 * Pure functions: they return the breach, or null when the rule holds.
 */

/** PARENT_KIND: the rule (ALLOWED_PARENTS) lives in @dangvu/schema, shared with the admin app. */
export { ALLOWED_PARENTS, allowedChildren } from '@dangvu/schema';

const kindLabel = (kind: OrganizationKind, lang: 'vi' | 'en') => ORGANIZATION_KIND_LABELS[kind][lang].toLowerCase();

export function checkParentKind(kind: OrganizationKind, parentKind: OrganizationKind | null): RuleBreach | null {
  if (ALLOWED_PARENTS[kind].includes(parentKind)) return null;
  return {
    rule: 'PARENT_KIND',
    source: 'Điều lệ Đảng, Điều 11 và Điều 21; Hướng dẫn 31-HD/BTCTW (2025)',
    message: {
      vi: parentKind
        ? `Không thể đặt ${kindLabel(kind, 'vi')} dưới ${kindLabel(parentKind, 'vi')}: chi bộ trực thuộc chỉ nằm dưới đảng bộ cơ sở; tổ chức cơ sở đảng nằm dưới đảng bộ huyện, đảng bộ tỉnh hoặc đảng bộ xã được giao quyền cấp trên cơ sở; đảng bộ xã được giao quyền cấp trên cơ sở nằm dưới đảng bộ tỉnh.`
        : `${ORGANIZATION_KIND_LABELS[kind].vi} không thể là tổ chức gốc: gốc chỉ là đảng bộ tỉnh hoặc đảng bộ huyện.`,
      en: parentKind
        ? `A ${kindLabel(kind, 'en')} cannot sit under a ${kindLabel(parentKind, 'en')}: subordinate cells sit under a grassroots committee; grassroots organisations under a district, provincial or commune-level committee; commune-level committees under a provincial committee.`
        : `A ${kindLabel(kind, 'en')} cannot be a root: roots are provincial or district committees.`,
    },
  };
}

const CLOSED: Record<Exclude<OrganizationStatus, 'ACTIVE'>, { vi: string; en: string }> = {
  DISSOLVED: { vi: 'giải thể', en: 'dissolved' },
  MERGED: { vi: 'sáp nhập', en: 'merged' },
  ENDED: { vi: 'kết thúc hoạt động', en: 'ended' },
};

/** ORGANIZATION_CLOSED: a dissolved, merged or ended organisation stays readable but changes no more. */
export function checkActive(status: OrganizationStatus, code: string): RuleBreach | null {
  if (status === 'ACTIVE') return null;
  return {
    rule: 'ORGANIZATION_CLOSED',
    message: {
      vi: `Tổ chức ${code} đã ${CLOSED[status].vi}; hồ sơ chỉ còn để tra cứu.`,
      en: `${code} is ${CLOSED[status].en}; its record is kept read-only.`,
    },
  };
}

/**
 * ACTIVE_CHILDREN. Giải thể or kết thúc hoạt động only once the
 * organisations below are moved, merged or dissolved: none may be left
 * without a parent (Điều lệ Đảng, Điều 11; Hướng dẫn 31-HD/BTCTW, 2025).
 */
export function checkNoActiveChildren(activeChildren: number, code: string): RuleBreach | null {
  if (activeChildren === 0) return null;
  return {
    rule: 'ACTIVE_CHILDREN',
    source: 'Điều lệ Đảng, Điều 11; Hướng dẫn 31-HD/BTCTW (2025)',
    message: {
      vi: `${code} còn ${activeChildren} tổ chức trực thuộc đang hoạt động: hãy chuyển, sáp nhập hoặc giải thể chúng trước.`,
      en: `${code} still has ${activeChildren} active organisations under it: move, merge or dissolve them first.`,
    },
  };
}

const LEVEL: Record<OrganizationKind, number> = {
  PROVINCIAL_COMMITTEE: 0,
  DISTRICT_COMMITTEE: 1,
  COMMUNE_LEVEL_COMMITTEE: 1,
  GRASSROOTS_COMMITTEE: 2,
  GRASSROOTS_CELL: 2,
  SUBORDINATE_CELL: 3,
};
const CELLS: readonly OrganizationKind[] = ['SUBORDINATE_CELL', 'GRASSROOTS_CELL'];

/**
 * MERGE_LEVEL. Sáp nhập joins organisations of the same level: communes into
 * a commune, cells into a cell, districts into a district. In the 2025
 * reorganisation communes merged into a new commune committee of either
 * shape (a grassroots committee, or one given the powers of the level above
 * grassroots), and a cell into a cell whichever its kind (Hướng dẫn
 * 31-HD/BTCTW, 2025).
 */
export function checkMergeLevel(
  sourceKind: OrganizationKind,
  targetKind: OrganizationKind,
  code: string,
): RuleBreach | null {
  if (LEVEL[sourceKind] === LEVEL[targetKind]) return null;
  if (CELLS.includes(sourceKind) && CELLS.includes(targetKind)) return null;
  if (sourceKind === 'GRASSROOTS_COMMITTEE' && targetKind === 'COMMUNE_LEVEL_COMMITTEE') return null;
  return {
    rule: 'MERGE_LEVEL',
    source: 'Hướng dẫn 31-HD/BTCTW (2025)',
    message: {
      vi: `Không thể sáp nhập ${code} (${kindLabel(sourceKind, 'vi')}) vào một tổ chức khác cấp (${kindLabel(targetKind, 'vi')}).`,
      en: `${code} (${kindLabel(sourceKind, 'en')}) cannot be merged into an organisation of another level (${kindLabel(targetKind, 'en')}).`,
    },
  };
}

/** MERGE_INTO_OWN_SUBTREE (MOVE_INTO_OWN_SUBTREE for a move): the target may not lie inside a source. */
export function checkNotInside(
  targetPath: string,
  sourcePath: string,
  code: string,
  op: 'merge' | 'move' = 'merge',
): RuleBreach | null {
  if (!targetPath.startsWith(sourcePath)) return null;
  const verb = op === 'merge' ? { vi: 'sáp nhập', en: 'merged' } : { vi: 'chuyển', en: 'moved' };
  return {
    rule: op === 'merge' ? 'MERGE_INTO_OWN_SUBTREE' : 'MOVE_INTO_OWN_SUBTREE',
    message: {
      vi: `Tổ chức nhận nằm trong ${code}, không thể ${verb.vi} ${code} vào đó.`,
      en: `The target lies inside ${code}; ${code} cannot be ${verb.en} into it.`,
    },
  };
}

/**
 * MEMBERS_REMAIN. An organisation is dissolved or ends operations only once
 * its members have been transferred or moved with their cell: nobody may be
 * left without a cell (Điều lệ Đảng, Điều 24).
 */
export function checkNoMembers(currentMembers: number, code: string): RuleBreach | null {
  if (currentMembers === 0) return null;
  return {
    rule: 'MEMBERS_REMAIN',
    source: 'Điều lệ Đảng, Điều 24',
    message: {
      vi: `${code} còn ${currentMembers} đảng viên đang sinh hoạt: hãy chuyển sinh hoạt cho họ trước.`,
      en: `${code} still has ${currentMembers} current members: transfer them first.`,
    },
  };
}

/** CELL_REQUIRED on merge: members of a merged cell move to the target, which must then be a cell. */
export function checkMembersFitTarget(members: number, targetKind: OrganizationKind, code: string): RuleBreach | null {
  if (members === 0 || targetKind === 'SUBORDINATE_CELL' || targetKind === 'GRASSROOTS_CELL') return null;
  return {
    rule: 'CELL_REQUIRED',
    source: 'Điều lệ Đảng, Điều 24',
    message: {
      vi: `${code} có ${members} đảng viên; họ chỉ có thể chuyển vào một chi bộ.`,
      en: `${code} has ${members} members; they can only move into a cell.`,
    },
  };
}
