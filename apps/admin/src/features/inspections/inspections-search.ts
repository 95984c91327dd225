import {
  foldSearch,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  type InspectionKind,
  type InspectionStatus,
} from '@dangvu/schema';
import type { InspectionFilter, InspectionRow } from './inspections.documents';

export const INSPECTION_PAGE_SIZES = [50, 100, 200] as const;
export const DEFAULT_INSPECTION_PAGE_SIZE = 100;

/**
 * The year plan's state as the URL holds it
 * (`/inspections?year=2026&kinds=PARTY_FINANCE&subject=<org id>&statuses=PLANNED`),
 * so a reload or a shared link shows the same plan. Absent means the default
 * (the year is always written once the page opens).
 */
export interface InspectionsSearch {
  year?: number;
  q?: string;
  kinds?: InspectionKind[];
  statuses?: InspectionStatus[];
  /** An organisation: inspections conducted in its subtree or with a subject in it. */
  subject?: string;
  /** A member: the inspections the member was a subject of. */
  member?: string;
  size?: number;
  page?: number;
  after?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};
function listOf<T extends string>(raw: unknown, allowed: readonly T[]): T[] | undefined {
  const listed = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  const values = listed.filter((v): v is T => allowed.includes(v as T));
  return values.length ? values : undefined;
}

/** Validates the query string: unknown keys and values are dropped, never an error. */
export function validateInspectionsSearch(raw: Record<string, unknown>): InspectionsSearch {
  const year = int(raw.year);
  const s: InspectionsSearch = {
    year: year && year >= 1930 && year <= 2100 ? year : undefined,
    q: text(raw.q),
    kinds: listOf(raw.kinds, INSPECTION_KINDS),
    statuses: listOf(raw.statuses, INSPECTION_STATUSES),
    subject: text(raw.subject),
    member: text(raw.member),
    size: INSPECTION_PAGE_SIZES.find((n) => n === int(raw.size)),
    page: int(raw.page),
    after: text(raw.after),
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as InspectionsSearch;
}

/** The api's InspectionFilter for the plan (the subject organisation as the subtree). */
export function toInspectionFilter(s: InspectionsSearch, year: number): InspectionFilter {
  const filter: InspectionFilter = { year };
  if (s.q?.trim()) filter.search = s.q.trim();
  if (s.kinds?.length) filter.kinds = s.kinds;
  if (s.statuses?.length) filter.statuses = s.statuses;
  if (s.subject) filter.withinId = s.subject;
  return filter;
}

/** A member's inspections as the plan's filter would show them (the year, kinds, statuses and words, diacritics ignored). */
export function matchesPlan(row: InspectionRow, s: InspectionsSearch, year: number): boolean {
  if (!row.plannedStartOn.startsWith(`${year}-`)) return false;
  if (s.kinds?.length && !s.kinds.includes(row.kind)) return false;
  if (s.statuses?.length && !s.statuses.includes(row.status)) return false;
  const words = foldSearch(s.q ?? '')
    .split(' ')
    .filter(Boolean);
  const hay = foldSearch(`${row.code} ${row.title}`);
  return words.every((w) => hay.includes(w));
}

/** The rows by the month of their planned start (`2026-03`), in the order given. */
export function byMonth<R extends { plannedStartOn: string }>(rows: readonly R[]): { month: string; rows: R[] }[] {
  const groups: { month: string; rows: R[] }[] = [];
  for (const row of rows) {
    const month = row.plannedStartOn.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.rows.push(row);
    else groups.push({ month, rows: [row] });
  }
  return groups;
}

/** How many of the rows start in each month (1–12) and are in each status. */
export function monthStatusCounts(rows: readonly { plannedStartOn: string; status: InspectionStatus }[]) {
  const counts = Array.from({ length: 12 }, () => ({ PLANNED: 0, IN_PROGRESS: 0, CONCLUDED: 0, CANCELLED: 0 }));
  for (const row of rows) counts[Number(row.plannedStartOn.slice(5, 7)) - 1][row.status] += 1;
  return counts;
}

export const inspectionPath = (id: string) => `/inspections/${encodeURIComponent(id)}`;
export const planPath = (year: number) => `/inspections?year=${year}`;
