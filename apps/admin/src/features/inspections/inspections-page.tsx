import { can } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { Pager } from '../../shared/pager';
import { useDebounced } from '../../shared/use-debounced';
import { useKeysetPages } from '../../shared/use-keyset-pages';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { InspectionFilters, type PlanForm } from './inspection-filters';
import { InspectionsQuery, MemberInspectionsQuery } from './inspections.documents';
import {
  DEFAULT_INSPECTION_PAGE_SIZE,
  INSPECTION_PAGE_SIZES,
  type InspectionsSearch,
  inspectionPath,
  matchesPlan,
  toInspectionFilter,
  validateInspectionsSearch,
} from './inspections-search';
import { PlanDialog } from './plan-dialog';
import { PlanExportButton } from './plan-export';
import { PlanStatusChips, PlanTable, PlanYear } from './plan-table';

const thisYear = () => new Date().getFullYear();

/** The URL of a form: the year, statuses and page size kept, the first page. */
function searchOf(form: PlanForm, url: InspectionsSearch): InspectionsSearch {
  return validateInspectionsSearch({
    year: url.year,
    statuses: url.statuses,
    size: url.size,
    q: form.search,
    kinds: form.kinds,
    subject: form.subject[0]?.id,
    member: form.member[0]?.id,
  });
}

/**
 * `/inspections`: the inspection committee's year plan (`?year=`): the year's
 * inspections by month with their status, counts by status (each a filter),
 * filters by kind and subject, keyset pages, export; state in the URL
 * (inspections-search.ts). A member as the subject lists that member's
 * inspections of the year.
 */
export function InspectionsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const url = validateInspectionsSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const urlKey = JSON.stringify(url);
  const year = url.year ?? thisYear();
  const setUrl = useCallback(
    (next: InspectionsSearch, replace: boolean) =>
      void navigate({ to: '/inspections', search: { year, ...next } as never, replace }),
    [navigate, year],
  );
  useEffect(() => {
    if (!url.year) setUrl(url, true);
  }, [url, setUrl]);

  const [{ data: subjectData }] = useQuery({
    query: OrganizationQuery,
    variables: { id: url.subject ?? '' },
    pause: !url.subject,
  });
  const [memberResult] = useQuery({
    query: MemberInspectionsQuery,
    variables: { id: url.member ?? '' },
    pause: !url.member,
  });
  const subjectOrg = subjectData?.organization ?? null;
  const memberSubject = memberResult.data?.member ?? null;
  const fromUrl = useMemo((): PlanForm => {
    const s: InspectionsSearch = JSON.parse(urlKey);
    return {
      search: s.q ?? '',
      kinds: s.kinds ?? [],
      subject: s.subject ? [subjectOrg?.id === s.subject ? subjectOrg : { id: s.subject, code: '', name: '…' }] : [],
      member: s.member
        ? [{ id: s.member, fullName: memberSubject?.id === s.member ? memberSubject.fullName : '…' }]
        : [],
    };
  }, [urlKey, subjectOrg, memberSubject]);
  const [draft, setDraft] = useState<{ base: string; form: PlanForm } | null>(null);
  const form = draft && draft.base === urlKey ? draft.form : fromUrl;
  const settled = useDebounced(draft, 300);
  useEffect(() => {
    if (!settled || settled.base !== urlKey) return;
    setUrl(searchOf(settled.form, JSON.parse(urlKey)), true);
  }, [settled, urlKey, setUrl]);

  const pageSize = url.size ?? DEFAULT_INSPECTION_PAGE_SIZE;
  const filter = useMemo(() => toInspectionFilter(JSON.parse(urlKey), year), [urlKey, year]);
  const [{ data, error, fetching }] = useQuery({
    query: InspectionsQuery,
    variables: { filter, first: pageSize, after: url.after ?? null },
    pause: Boolean(url.member),
  });
  const { page: pageNumber, turn } = useKeysetPages(url, data?.inspections.pageInfo.endCursor, setUrl);
  const [planning, setPlanning] = useState(false);
  const byMember = url.member ? (memberSubject?.inspections ?? []).filter((row) => matchesPlan(row, url, year)) : null;
  const rows = byMember ?? data?.inspections.edges.map((e) => e.node) ?? [];
  const problem = error ?? memberResult.error;

  return (
    <div className="page inspections-page" data-testid="inspection-plan" data-year={year}>
      <div className="page-header">
        <h1>{t('planTitle', { year })}</h1>
        <div className="button-row page-actions">
          <PlanExportButton filter={filter} year={year} rows={byMember} />
          {can(user.role, 'inspection:write') ? (
            <button
              type="button"
              className="btn btn-primary"
              data-testid="plan-create"
              onClick={() => setPlanning(true)}
            >
              {t('planCreate')}
            </button>
          ) : null}
        </div>
      </div>
      <InspectionFilters
        form={form}
        onChange={(next) => setDraft({ base: urlKey, form: next })}
        onClear={() => setUrl({ year }, false)}
      />
      <PlanStatusChips
        year={<PlanYear year={year} onYear={(y) => setUrl({ ...searchOf(form, url), year: y }, false)} />}
        filter={filter}
        rows={byMember}
        selected={url.statuses ?? []}
        onChange={(statuses) => setUrl({ ...url, statuses, page: undefined, after: undefined }, false)}
      />
      {problem ? <ProblemBanner problem={readProblem(problem)} /> : null}
      <PlanTable rows={rows} loading={fetching || memberResult.fetching} />
      {byMember ? null : (
        <Pager
          testid="plan"
          page={pageNumber}
          pageSize={pageSize}
          total={data?.inspections.totalCount ?? null}
          hasNext={Boolean(data?.inspections.pageInfo.hasNextPage)}
          busy={fetching}
          sizes={INSPECTION_PAGE_SIZES}
          onPage={turn}
          onSize={(size) => setUrl({ ...searchOf(form, url), size }, false)}
        />
      )}
      {planning ? (
        <PlanDialog
          onClose={() => setPlanning(false)}
          onSaved={(id) => {
            setPlanning(false);
            void navigate({ to: inspectionPath(id) });
          }}
        />
      ) : null}
    </div>
  );
}
