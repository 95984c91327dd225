import {
  GENDERS,
  type Gender,
  MEMBER_SORT_FIELDS,
  MEMBER_STATUSES,
  type MemberStatus,
  THEORY_LEVELS,
  type TheoryLevel,
} from '@dangvu/schema';
import type { OrgRef } from '../organizations/organizations.documents';
import type { MemberOrder } from './members.documents';
import { CURRENT_STATUSES, DEFAULT_ORDER, type FilterForm } from './members-filter';

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The members list's state as the URL holds it (`/members?q=…&statuses=…&sort=…&page=2`),
 * so a reload or a shared link shows the same list. Absent means the default.
 */
export interface MembersSearch {
  q?: string;
  within?: string;
  statuses?: MemberStatus[];
  genders?: Gender[];
  theoryLevels?: TheoryLevel[];
  ethnicities?: string;
  admittedFrom?: string;
  admittedTo?: string;
  bornFrom?: string;
  bornTo?: string;
  sort?: MemberOrder['field'];
  dir?: MemberOrder['direction'];
  size?: number;
  page?: number;
  /** The cursor the current page starts after (with `page` > 1). */
  after?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const day = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const list = <T extends string>(v: unknown, allowed: readonly T[]): T[] | undefined => {
  const values = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  const kept = values.filter((x): x is T => allowed.includes(x as T));
  return Array.isArray(v) || typeof v === 'string' ? kept : undefined;
};
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Validates the query string: unknown keys and values are dropped, never an error. */
export function validateMembersSearch(raw: Record<string, unknown>): MembersSearch {
  const s: MembersSearch = {
    q: text(raw.q),
    within: text(raw.within),
    statuses: list(raw.statuses, MEMBER_STATUSES),
    genders: list(raw.genders, GENDERS),
    theoryLevels: list(raw.theoryLevels, THEORY_LEVELS),
    ethnicities: text(raw.ethnicities),
    admittedFrom: day(raw.admittedFrom),
    admittedTo: day(raw.admittedTo),
    bornFrom: day(raw.bornFrom),
    bornTo: day(raw.bornTo),
    sort: MEMBER_SORT_FIELDS.find((f) => f === raw.sort),
    dir: raw.dir === 'DESC' ? 'DESC' : raw.dir === 'ASC' ? 'ASC' : undefined,
    size: PAGE_SIZES.find((n) => n === int(raw.size)),
    page: int(raw.page),
    after: text(raw.after),
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as MembersSearch;
}

/** The filter form the URL describes; `scope` when no subtree is named. */
export function formOf(s: MembersSearch, scope: OrgRef | null, withinName: OrgRef | null): FilterForm {
  const within = s.within ? [withinName?.id === s.within ? withinName : { id: s.within, code: '', name: '…' }] : [];
  return {
    search: s.q ?? '',
    within: s.within ? within : scope ? [scope] : [],
    statuses: s.statuses ?? [...CURRENT_STATUSES],
    genders: s.genders ?? [],
    ethnicities: s.ethnicities ?? '',
    theoryLevels: s.theoryLevels ?? [],
    admittedFrom: s.admittedFrom ?? '',
    admittedTo: s.admittedTo ?? '',
    bornFrom: s.bornFrom ?? '',
    bornTo: s.bornTo ?? '',
  };
}

export const orderOf = (s: MembersSearch): MemberOrder =>
  s.sort ? { field: s.sort, direction: s.dir ?? 'ASC' } : DEFAULT_ORDER;

/** The URL of a form and order (first page), leaving defaults out. */
export function searchOf(form: FilterForm, order: MemberOrder, size: number, scope: OrgRef | null): MembersSearch {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const within = form.within[0]?.id;
  const s: MembersSearch = {
    q: text(form.search),
    within: within && within !== scope?.id ? within : undefined,
    statuses: same(form.statuses, CURRENT_STATUSES) ? undefined : form.statuses,
    genders: form.genders.length ? form.genders : undefined,
    theoryLevels: form.theoryLevels.length ? form.theoryLevels : undefined,
    ethnicities: text(form.ethnicities),
    admittedFrom: text(form.admittedFrom),
    admittedTo: text(form.admittedTo),
    bornFrom: text(form.bornFrom),
    bornTo: text(form.bornTo),
    sort: order.field === DEFAULT_ORDER.field && order.direction === DEFAULT_ORDER.direction ? undefined : order.field,
    dir:
      order.field === DEFAULT_ORDER.field && order.direction === DEFAULT_ORDER.direction ? undefined : order.direction,
    size: size === DEFAULT_PAGE_SIZE ? undefined : size,
  };
  return validateMembersSearch(s as Record<string, unknown>);
}
