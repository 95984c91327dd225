import { dayBoundary } from '../../shared/format';
import type { AuditFilter } from './audit.documents';

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
export const AUDIT_PAGE_SIZE = 50;

/**
 * The audit log's state as the URL holds it (`/audit?type=Member&user=…&action=…&from=…&size=25&page=2`),
 * so a reload or a shared link shows the same entries. Absent means the default.
 */
export interface AuditSearch {
  type?: string;
  user?: string;
  action?: string;
  from?: string;
  to?: string;
  size?: number;
  page?: number;
  /** The cursor the current page starts after (with `page` > 1). */
  after?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const day = (v: unknown): string | undefined =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Validates the query string: unknown keys and values are dropped, never an error. */
export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const after = text(raw.after);
  const s: AuditSearch = {
    type: text(raw.type),
    user: text(raw.user),
    action: text(raw.action),
    from: day(raw.from),
    to: day(raw.to),
    size: AUDIT_PAGE_SIZES.find((n) => n === int(raw.size)),
    page: after ? (int(raw.page) ?? 2) : undefined,
    after,
  };
  for (const k of Object.keys(s) as (keyof AuditSearch)[]) if (s[k] === undefined) delete s[k];
  return s;
}

/** The filter fields of the form (a new filter starts at page 1). */
export type AuditForm = Required<Pick<AuditSearch, 'type' | 'user' | 'action' | 'from' | 'to'>>;

export const formOf = (s: AuditSearch): AuditForm => ({
  type: s.type ?? '',
  user: s.user ?? '',
  action: s.action ?? '',
  from: s.from ?? '',
  to: s.to ?? '',
});

/** The URL of a filter and page size, on the first page. */
export function searchOf(form: AuditForm, size: number): AuditSearch {
  return validateAuditSearch({ ...form, size: size === AUDIT_PAGE_SIZE ? undefined : size });
}

/** The GraphQL filter of the URL's state; the days are the user's local days. */
export function filterOf(s: AuditSearch): AuditFilter {
  const filter: AuditFilter = {};
  if (s.type) filter.entityType = s.type;
  if (s.user) filter.userId = s.user;
  if (s.action) filter.action = s.action;
  if (s.from) filter.from = dayBoundary(s.from, false);
  if (s.to) filter.to = dayBoundary(s.to, true);
  return filter;
}
