import { can, GENDER_LABELS } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { useDebounced } from '../../shared/use-debounced';
import { useKeysetPages } from '../../shared/use-keyset-pages';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { PostLine } from './cadre-badges';
import { CadreCreateDialog } from './cadre-create-dialog';
import { CadreFilters } from './cadre-filters';
import { type CadreRow, CadresQuery } from './cadres.documents';
import {
  CADRE_PAGE_SIZES,
  type CadreForm,
  type CadresSearch,
  cadreFormOf,
  cadrePath,
  cadresSearchOf,
  DEFAULT_CADRE_PAGE_SIZE,
  toCadreFilter,
  validateCadresSearch,
} from './cadres-search';

/**
 * `/cadres`: the cadres in the caller's scope, searched by name without
 * diacritics, by post and the day it is held, in keyset pages; the state
 * lives in the URL (see cadres-search.ts).
 */
export function CadresPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const url = validateCadresSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const urlKey = JSON.stringify(url);
  const setUrl = useCallback(
    (next: CadresSearch, replace: boolean) => void navigate({ to: '/cadres', search: next as never, replace }),
    [navigate],
  );
  const [{ data: withinData }] = useQuery({
    query: OrganizationQuery,
    variables: { id: url.within ?? '' },
    pause: !url.within,
  });
  const withinOrg = withinData?.organization ?? null;
  const fromUrl = useMemo(
    () => cadreFormOf(JSON.parse(urlKey), user.scope, withinOrg),
    [urlKey, user.scope, withinOrg],
  );
  // The form follows the URL; typing changes it at once and the URL once it settles.
  const [draft, setDraft] = useState<{ base: string; form: CadreForm } | null>(null);
  const form = draft && draft.base === urlKey ? draft.form : fromUrl;
  const pageSize = url.size ?? DEFAULT_CADRE_PAGE_SIZE;
  const settled = useDebounced(draft, 300);
  useEffect(() => {
    if (!settled || settled.base !== urlKey) return;
    setUrl(cadresSearchOf(settled.form, pageSize, user.scope), true);
  }, [settled, urlKey, pageSize, user.scope, setUrl]);

  const filter = useMemo(() => toCadreFilter(fromUrl), [fromUrl]);
  const [{ data, error, fetching }] = useQuery({
    query: CadresQuery,
    variables: { filter, first: pageSize, after: url.after ?? null },
  });
  const { page: pageNumber, turn } = useKeysetPages(url, data?.cadres.pageInfo.endCursor, setUrl);
  const [creating, setCreating] = useState(false);
  const page = data?.cadres;
  const rows = page?.edges.map((e) => e.node) ?? [];

  return (
    <div className="page cadres-page">
      <div className="page-header">
        <h1>{t('cadresTitle')}</h1>
        <span className="muted" data-testid="cadres-total">
          {page ? t('cadresTotal', { n: page.totalCount.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') }) : ''}
        </span>
        <div className="button-row page-actions">
          <Link to="/cadre-indicators" className="btn" data-testid="cadres-indicators-link">
            {t('navCadreIndicators')}
          </Link>
          {can(user.role, 'cadre:write') ? (
            <button
              type="button"
              className="btn btn-primary"
              data-testid="cadre-create"
              onClick={() => setCreating(true)}
            >
              {t('cadreCreate')}
            </button>
          ) : null}
        </div>
      </div>
      <CadreFilters
        form={form}
        onChange={(next) => setDraft({ base: urlKey, form: next })}
        onClear={() => setUrl({}, false)}
      />
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <CadresTable rows={rows} loading={fetching} />
      <Pager
        testid="cadres"
        page={pageNumber}
        pageSize={pageSize}
        total={page?.totalCount ?? null}
        hasNext={Boolean(page?.pageInfo.hasNextPage)}
        busy={fetching}
        sizes={CADRE_PAGE_SIZES}
        onPage={turn}
        onSize={(size) => setUrl(cadresSearchOf(form, size, user.scope), false)}
      />
      {creating ? (
        <CadreCreateDialog
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            void navigate({ to: cadrePath(id) });
          }}
        />
      ) : null}
    </div>
  );
}

/** The cadres of one page: who they are and the posts they hold now (or on the chosen day). */
function CadresTable({ rows, loading }: { rows: CadreRow[]; loading: boolean }) {
  const { t, l } = useI18n();
  return (
    <table className="table table-compact cadres-table" data-testid="cadres-table" aria-busy={loading}>
      <thead>
        <tr>
          <th>{t('fullName')}</th>
          <th className="col-optional">{t('gender')}</th>
          <th>{t('dateOfBirth')}</th>
          <th>{t('cadreHomeCommune')}</th>
          <th>{t('cadrePosts')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} data-testid={`cadre-row-${c.id}`}>
            <td className="col-name">
              <Link to={cadrePath(c.id)} className="cadre-name">
                {c.fullName}
              </Link>
              {c.member ? null : <span className="badge badge-merged">{t('cadreNotMember')}</span>}
            </td>
            <td className="col-optional">{l(GENDER_LABELS, c.gender)}</td>
            <td className="nowrap">{formatDate(c.dateOfBirth)}</td>
            <td>{c.homeCommune?.name ?? <span className="muted">{t('none')}</span>}</td>
            <td>
              {c.placements.length === 0 ? <span className="muted">{t('cadreNoPost')}</span> : null}
              <ul className="post-list">
                {c.placements.map((p) => (
                  <li key={p.id}>
                    <PostLine placement={p} />
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="muted">
              {loading ? t('loading') : t('noData')}
            </td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
