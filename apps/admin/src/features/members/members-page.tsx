import { can } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { useDebounced } from '../../shared/use-debounced';
import { useKeysetPages } from '../../shared/use-keyset-pages';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { MemberAdmitDialog } from './member-admit-dialog';
import { MemberFilters } from './member-filters';
import { MemberImportDialog } from './member-import-dialog';
import { type MemberOrder, MembersQuery } from './members.documents';
import { downloadMembersXlsx, type FilterForm, toMemberFilter } from './members-filter';
import {
  DEFAULT_PAGE_SIZE,
  formOf,
  type MembersSearch,
  orderOf,
  PAGE_SIZES,
  searchOf,
  validateMembersSearch,
} from './members-search';
import { MembersTable, memberPath } from './members-table';

type Action = 'admit' | 'register' | 'import' | null;

/** The last list state per user, so the side navigation's "Đảng viên" comes back to it. */
let remembered: { userId: string; search: MembersSearch } | null = null;

/**
 * `/members`: the filtered, sorted, paged list of members. Its state (search,
 * filters, order, page, page size) lives in the URL (see members-search.ts).
 */
export function MembersPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const url = validateMembersSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const urlKey = JSON.stringify(url);
  const setUrl = useCallback(
    (next: MembersSearch, replace: boolean) => void navigate({ to: '/members', search: next as never, replace }),
    [navigate],
  );
  // A bare /members returns to the list as the user left it.
  const restore = urlKey === '{}' && remembered?.userId === user.id && JSON.stringify(remembered.search) !== '{}';
  useEffect(() => {
    if (restore && remembered) setUrl(remembered.search, true);
  }, [restore, setUrl]);
  useEffect(() => {
    remembered = { userId: user.id, search: JSON.parse(urlKey) };
  }, [user.id, urlKey]);

  // `within` names the subtree by id only: fetch its name for the chip.
  const [{ data: withinData }] = useQuery({
    query: OrganizationQuery,
    variables: { id: url.within ?? '' },
    pause: !url.within,
  });
  const withinOrg = withinData?.organization ?? null;

  // The form follows the URL; typing updates it at once and the URL once it settles.
  const fromUrl = useMemo(() => formOf(JSON.parse(urlKey), user.scope, withinOrg), [urlKey, user.scope, withinOrg]);
  const [draft, setDraft] = useState<{ base: string; form: FilterForm } | null>(null);
  const form = draft && draft.base === urlKey ? draft.form : fromUrl;
  const order = orderOf(url);
  const pageSize = url.size ?? DEFAULT_PAGE_SIZE;
  const settled = useDebounced(draft, 300);
  useEffect(() => {
    if (!settled || settled.base !== urlKey) return;
    setUrl(searchOf(settled.form, order, pageSize, user.scope), true);
  }, [settled, urlKey, order, pageSize, user.scope, setUrl]);
  const changeForm = (next: FilterForm) => setDraft({ base: urlKey, form: next });
  const changeList = (next: { order?: MemberOrder; size?: number }) =>
    setUrl(searchOf(form, next.order ?? order, next.size ?? pageSize, user.scope), false);

  const filter = useMemo(() => toMemberFilter(fromUrl), [fromUrl]);
  const [action, setAction] = useState<Action>(null);
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MembersQuery,
    variables: { filter, orderBy: order, first: pageSize, after: url.after ?? null },
  });
  const { page: pageNumber, turn } = useKeysetPages(url, data?.members.pageInfo.endCursor, setUrl);
  const page = data?.members;
  const writable = can(user.role, 'member:write');
  const close = () => setAction(null);

  async function exportXlsx() {
    setExporting(true);
    setExportProblem(NO_PROBLEM);
    setExportProblem(await downloadMembersXlsx(filter, `dang-vien-${todayIso()}.xlsx`));
    setExporting(false);
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('membersTitle')}</h1>
        <span className="muted" data-testid="members-total">
          {page ? t('membersTotal', { n: page.totalCount.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') }) : ''}
        </span>
        <div className="button-row page-actions">
          {writable ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                data-testid="member-admit"
                onClick={() => setAction('admit')}
              >
                {t('memberAdmit')}
              </button>
              <button type="button" className="btn" data-testid="member-register" onClick={() => setAction('register')}>
                {t('memberRegister')}
              </button>
              <button type="button" className="btn" data-testid="member-import" onClick={() => setAction('import')}>
                {t('memberImport')}
              </button>
            </>
          ) : null}
          <button
            type="button"
            className="btn"
            data-testid="members-export"
            disabled={exporting}
            onClick={() => void exportXlsx()}
          >
            {exporting ? t('exporting') : t('exportXlsx')}
          </button>
        </div>
      </div>
      <MemberFilters form={form} onChange={changeForm} onClear={() => setUrl({}, false)} />
      <ProblemBanner problem={exportProblem} />
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <MembersTable
        rows={page?.edges.map((e) => e.node) ?? []}
        order={order}
        onOrder={(next) => changeList({ order: next })}
        loading={fetching}
      />
      <Pager
        testid="members"
        page={pageNumber}
        pageSize={pageSize}
        total={page?.totalCount ?? null}
        hasNext={Boolean(page?.pageInfo.hasNextPage)}
        busy={fetching}
        sizes={PAGE_SIZES}
        onPage={turn}
        onSize={(size) => changeList({ size })}
      />
      {action === 'admit' || action === 'register' ? (
        <MemberAdmitDialog
          mode={action}
          onClose={close}
          onSaved={(id) => {
            close();
            void navigate({ to: memberPath(id) });
          }}
        />
      ) : null}
      {action === 'import' ? (
        <MemberImportDialog onClose={close} onImported={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
    </div>
  );
}
