import {
  type MemberStatus,
  type OrganizationKind,
  type OrganizationSector,
  type OrganizationStatus,
  PARTY_POSITIONS,
  POSITION_KIND_LABELS,
  type PositionKind,
  type Role,
  SEAT_POSITIONS,
} from '@dangvu/schema';
import { displayDate } from '../../graphql/dates.js';
import type { RuleBreach } from '../../graphql/errors.js';
import { checkActive } from '../organizations/organization.rules.js';

/**
 * The rules on placing cadres (bố trí cán bộ), each with its id and source.
 * Pure functions: they return the breach, or null when the rule holds.
 * Date ranges are half-open: a placement holds from startsOn up to, not
 * including, endsOn (null: still held).
 */

export interface Range {
  startsOn: string;
  endsOn: string | null;
}

/** Is a placement held on this day? */
export function activeOn(p: Range, day: string): boolean {
  return p.startsOn <= day && (p.endsOn === null || day < p.endsOn);
}

/** Do two placements share a day? An empty range (endsOn = startsOn) shares none. */
export function overlaps(a: Range, b: Range): boolean {
  const empty = (r: Range) => r.endsOn !== null && r.endsOn <= r.startsOn;
  if (empty(a) || empty(b)) return false;
  return (b.endsOn === null || a.startsOn < b.endsOn) && (a.endsOn === null || b.startsOn < a.endsOn);
}

/**
 * `local`: the cadre's home commune is the commune the placement sits in, that
 * is the placement's organisation or one of its ancestors (seed 000: "không
 * phải người địa phương").
 */
export function isLocal(homeCommuneId: string | null, orgPath: string): boolean {
  return homeCommuneId !== null && orgPath.includes(`/${homeCommuneId}/`);
}

export interface MemberOnDay {
  status: MemberStatus;
  officialOn: string | null;
  leftOn: string | null;
}

/** Was the member official on this day (recognised by then, not yet left)? */
export function officialOn(m: MemberOnDay, day: string): boolean {
  return m.officialOn !== null && m.officialOn <= day && (m.leftOn === null || day < m.leftOn);
}

/**
 * OFFICIAL_MEMBER_REQUIRED: a party post (SECRETARY … INSPECTION_MEMBER) is
 * held only by an official member: a probationary member does not stand for
 * or vote in the party's leading bodies (Điều lệ Đảng, Điều 5).
 */
export function checkOfficialMember(position: PositionKind, member: MemberOnDay | null, startsOn: string) {
  if (!PARTY_POSITIONS.includes(position)) return null;
  if (member && officialOn(member, startsOn)) return null;
  return breach('OFFICIAL_MEMBER_REQUIRED', 'Điều lệ Đảng, Điều 5', {
    vi: `Chức vụ ${POSITION_KIND_LABELS[position].vi} chỉ bố trí đảng viên chính thức vào ngày bắt đầu.`,
    en: `A ${POSITION_KIND_LABELS[position].en.toLowerCase()} must be an official party member on the start date.`,
  });
}

/**
 * SEAT_OCCUPIED: a seat (secretary, the chairs, the village head) has one
 * holder on any day, so the new placement (from startsOn, open-ended) may not
 * share a day with another placement in the same seat, earlier or later
 * (Điều lệ Đảng, Điều 10; Quy định 294-QĐ/TW (2025)).
 */
export function checkSeatFree(position: PositionKind, startsOn: string, others: readonly Range[]) {
  if (!SEAT_POSITIONS.includes(position)) return null;
  const taken = others.find((o) => overlaps({ startsOn, endsOn: null }, o));
  if (!taken) return null;
  const end = taken.endsOn ? displayDate(taken.endsOn) : null;
  const held = `${displayDate(taken.startsOn)}${end ? ` đến ${end}` : ''}`;
  const heldEn = `${displayDate(taken.startsOn)}${end ? ` to ${end}` : ''}`;
  return breach('SEAT_OCCUPIED', 'Điều lệ Đảng, Điều 10; Quy định 294-QĐ/TW (2025)', {
    vi: `Chức vụ ${POSITION_KIND_LABELS[position].vi} đã có người đảm nhiệm từ ${held}: kết thúc bố trí đó trước.`,
    en: `The seat of ${POSITION_KIND_LABELS[position].en.toLowerCase()} is held from ${heldEn}: end that placement first.`,
  });
}

const CELLS: readonly OrganizationKind[] = ['SUBORDINATE_CELL', 'GRASSROOTS_CELL'];
export const VILLAGE_SECTORS: readonly OrganizationSector[] = ['VILLAGE', 'RESIDENTIAL_GROUP'];

/** Is the organisation the cell of a village (thôn, bản, ấp) or residential group (tổ dân phố)? */
export function isVillageCell(kind: OrganizationKind, sector: OrganizationSector): boolean {
  return CELLS.includes(kind) && VILLAGE_SECTORS.includes(sector);
}

/**
 * VILLAGE_HEAD_AT_VILLAGE: a village head (trưởng thôn, bản, ấp, tổ trưởng
 * tổ dân phố) is recorded at the cell of a village or residential group
 * (Thông tư 04/2012/TT-BNV; Luật Thực hiện dân chủ ở cơ sở (2022)).
 */
export function checkVillageHead(position: PositionKind, kind: OrganizationKind, sector: OrganizationSector) {
  if (position !== 'VILLAGE_HEAD' || isVillageCell(kind, sector)) return null;
  return breach('VILLAGE_HEAD_AT_VILLAGE', 'Thông tư 04/2012/TT-BNV; Luật Thực hiện dân chủ ở cơ sở (2022)', {
    vi: 'Trưởng thôn, bản, tổ dân phố chỉ bố trí tại chi bộ thôn, bản hoặc tổ dân phố.',
    en: 'A village head is placed only at a village or residential-group cell.',
  });
}

/** A cell elects a cell committee (chi ủy) from this many official members; under it, only a secretary. */
export const CELL_COMMITTEE_MIN_OFFICIAL = 9;

/**
 * CELL_COMMITTEE_SIZE: in a cell, DEPUTY_SECRETARY and COMMITTEE_MEMBER exist
 * only with a cell committee, which a cell elects from 9 official members
 * (Điều lệ Đảng, Điều 21; Quy định 294-QĐ/TW (2025)).
 */
export function checkCellCommittee(position: PositionKind, kind: OrganizationKind, officialMembers: number) {
  if (position !== 'DEPUTY_SECRETARY' && position !== 'COMMITTEE_MEMBER') return null;
  if (!CELLS.includes(kind) || officialMembers >= CELL_COMMITTEE_MIN_OFFICIAL) return null;
  return breach('CELL_COMMITTEE_SIZE', 'Điều lệ Đảng, Điều 21; Quy định 294-QĐ/TW (2025)', {
    vi: `Chi bộ có ${officialMembers} đảng viên chính thức (dưới ${CELL_COMMITTEE_MIN_OFFICIAL}) chỉ bầu bí thư, không có phó bí thư hay chi ủy viên.`,
    en: `A cell with ${officialMembers} official members (under ${CELL_COMMITTEE_MIN_OFFICIAL}) elects only a secretary: no deputy or committee members.`,
  });
}

/** ORGANIZATION_CLOSED: placements only at an ACTIVE organisation (a closed one stays readable). */
export function checkPlaceable(status: OrganizationStatus, code: string) {
  return checkActive(status, code);
}

/** END_BEFORE_START: a placement does not end before it starts. */
export function checkEnd(startsOn: string, endsOn: string) {
  if (endsOn >= startsOn) return null;
  return breach('END_BEFORE_START', 'Quy định 294-QĐ/TW (2025)', {
    vi: `Ngày kết thúc không được trước ngày bắt đầu (${displayDate(startsOn)}).`,
    en: `A placement cannot end before it starts (${displayDate(startsOn)}).`,
  });
}

/** PLACEMENT_ENDED: an ended placement is history; correct it by a new one. */
export function checkOpen(endsOn: string | null) {
  if (endsOn === null) return null;
  return breach('PLACEMENT_ENDED', undefined, {
    vi: `Bố trí này đã kết thúc ngày ${displayDate(endsOn)}.`,
    en: `This placement already ended on ${displayDate(endsOn)}.`,
  });
}

export interface Placer {
  role: Role;
  scopeId: string | null;
}

/**
 * Who decides (answered FORBIDDEN, not a breach): a grassroots
 * organisation's posts are decided by the level above: a DISTRICT_ADMIN
 * anywhere below its own organisation (for a commune under a province, the
 * one bound to the province); a COMMUNE_ADMIN only in the cells under its
 * grassroots organisation, never at that organisation itself; inspectors
 * read only (Quy định 294-QĐ/TW (2025); the decentralisation of cadre
 * management: cấp ủy cấp trên quyết định cán bộ chủ chốt cấp dưới).
 * The organisation is already known to lie in the caller's scope.
 */
export function mayPlace(user: Placer, org: { id: string; kind: OrganizationKind; parentId: string | null }) {
  if (user.role === 'ADMIN') return true;
  if (user.role === 'DISTRICT_ADMIN') return org.id !== user.scopeId;
  if (user.role === 'COMMUNE_ADMIN') return org.kind === 'SUBORDINATE_CELL' && org.parentId === user.scopeId;
  return false;
}

function breach(rule: string, source: string | undefined, message: { vi: string; en: string }): RuleBreach {
  return { rule, ...(source ? { source } : {}), message };
}
