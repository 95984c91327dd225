import { POSITION_KINDS, type PositionKind } from '@dangvu/schema';
import type { OrgRef } from '../organizations/organizations.documents';
import type { CadreFilter } from './cadres.documents';

export const CADRE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_CADRE_PAGE_SIZE = 25;

/**
 * The cadres list's state as the URL holds it (`/cadres?q=…&positions=SECRETARY&activeOn=…&page=2`),
 * so a reload or a shared link shows the same list. Absent means the default.
 */
export interface CadresSearch {
  q?: string;
  within?: string;
  positions?: PositionKind[];
  activeOn?: string;
  size?: number;
  page?: number;
  /** The cursor the current page starts after (with `page` > 1). */
  after?: string;
}

/** The list's filter as the form holds it. */
export interface CadreForm {
  search: string;
  within: OrgRef[];
  positions: PositionKind[];
  activeOn: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const day = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Validates the query string: unknown keys and values are dropped, never an error. */
export function validateCadresSearch(raw: Record<string, unknown>): CadresSearch {
  const listed = Array.isArray(raw.positions)
    ? raw.positions
    : typeof raw.positions === 'string'
      ? raw.positions.split(',')
      : [];
  const positions = listed.filter((p): p is PositionKind => POSITION_KINDS.includes(p as PositionKind));
  const s: CadresSearch = {
    q: text(raw.q),
    within: text(raw.within),
    positions: positions.length ? positions : undefined,
    activeOn: day(raw.activeOn),
    size: CADRE_PAGE_SIZES.find((n) => n === int(raw.size)),
    page: int(raw.page),
    after: text(raw.after),
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as CadresSearch;
}

/** The form the URL describes; the caller's scope when no subtree is named. */
export function cadreFormOf(s: CadresSearch, scope: OrgRef | null, withinOrg: OrgRef | null): CadreForm {
  const named: OrgRef =
    withinOrg && withinOrg.id === s.within ? withinOrg : { id: s.within ?? '', code: '', name: '…' };
  return {
    search: s.q ?? '',
    within: s.within ? [named] : scope ? [scope] : [],
    positions: s.positions ?? [],
    activeOn: s.activeOn ?? '',
  };
}

/** The URL of a form (first page), leaving defaults out. */
export function cadresSearchOf(form: CadreForm, size: number, scope: OrgRef | null): CadresSearch {
  const within = form.within[0]?.id;
  return validateCadresSearch({
    q: form.search,
    within: within && within !== scope?.id ? within : undefined,
    positions: form.positions,
    activeOn: form.activeOn,
    size: size === DEFAULT_CADRE_PAGE_SIZE ? undefined : size,
  });
}

/** The api's CadreFilter: empty parts left out. */
export function toCadreFilter(form: CadreForm): CadreFilter {
  const filter: CadreFilter = {};
  if (form.search.trim()) filter.search = form.search.trim();
  if (form.within[0]) filter.withinId = form.within[0].id;
  if (form.positions.length) filter.positions = form.positions;
  if (form.activeOn) filter.activeOn = form.activeOn;
  return filter;
}

export const cadrePath = (id: string) => `/cadres/${encodeURIComponent(id)}`;
export const leadershipPath = (orgId: string) => `/organizations/${encodeURIComponent(orgId)}/leadership`;
