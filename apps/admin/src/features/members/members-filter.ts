import type { Gender, MemberStatus, TheoryLevel } from '@dangvu/schema';
import { downloadFile } from '../../shared/download';
import type { ApiProblem } from '../../shared/errors';
import type { OrgRef } from '../organizations/organizations.documents';
import type { MemberFilter, MemberOrder } from './members.documents';

/** The members list's filter as the form holds it. */
export interface FilterForm {
  search: string;
  within: OrgRef[];
  statuses: MemberStatus[];
  genders: Gender[];
  /** Free text, comma separated. */
  ethnicities: string;
  theoryLevels: TheoryLevel[];
  admittedFrom: string;
  admittedTo: string;
  bornFrom: string;
  bornTo: string;
}

export const CURRENT_STATUSES: MemberStatus[] = ['PROBATIONARY', 'OFFICIAL'];
export const DEFAULT_ORDER: MemberOrder = { field: 'FULL_NAME', direction: 'ASC' };

/** The api's MemberFilter: empty parts left out (no statuses means current members). */
export function toMemberFilter(form: FilterForm): MemberFilter {
  const filter: MemberFilter = {};
  if (form.search.trim()) filter.search = form.search.trim();
  if (form.within[0]) filter.withinId = form.within[0].id;
  if (form.statuses.length) filter.statuses = form.statuses;
  if (form.genders.length) filter.genders = form.genders;
  const ethnicities = form.ethnicities
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ethnicities.length) filter.ethnicities = ethnicities;
  if (form.theoryLevels.length) filter.theoryLevels = form.theoryLevels;
  for (const key of ['admittedFrom', 'admittedTo', 'bornFrom', 'bornTo'] as const) {
    if (form[key]) filter[key] = form[key];
  }
  return filter;
}

/** Query parameters of /export/members.xlsx for the filter (lists comma separated). */
export function exportQuery(filter: MemberFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/**
 * Downloads the .xlsx of the filtered members (only the picked ones when `ids`
 * is given); answers the problem when the api refuses.
 */
export async function downloadMembersXlsx(
  filter: MemberFilter,
  fallbackName: string,
  ids?: readonly string[],
): Promise<ApiProblem> {
  const picked = ids ? `&ids=${ids.map(encodeURIComponent).join(',')}` : '';
  return downloadFile(`/export/members.xlsx?${exportQuery(filter)}${picked}`, fallbackName);
}
