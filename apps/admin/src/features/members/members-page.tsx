import { can } from '@dangvu/schema';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { navigate, usePath } from '../../app/router';
import { useSession } from '../../app/session';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { todayIso } from '../../shared/format';
import { useDebounced } from '../../shared/use-debounced';
import { OrganizationQuery } from '../organizations/organizations.documents';
import { MemberAdmitDialog } from './member-admit-dialog';
import { MemberFilters } from './member-filters';
import { MemberImportDialog } from './member-import-dialog';
import { MembersQuery } from './members.documents';
import {
  DEFAULT_ORDER,
  defaultForm,
  downloadMembersXlsx,
  type FilterForm,
  rememberedList,
  rememberList,
  toMemberFilter,
} from './members-filter';
import { MembersTable, memberPath } from './members-table';

const PAGE_SIZE = 50;
type Action = 'admit' | 'register' | 'import' | null;

/** `/members` (optionally `?within=<organisation id>`): the filtered, sorted, paged list of members. */
export function MembersPage() {
  const path = usePath();
  const within = new URLSearchParams(path.split('?')[1] ?? '').get('within');
  return <MembersList key={within ?? ''} within={within} />;
}

function MembersList({ within }: { within: string | null }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [form, setForm] = useState<FilterForm>(() => {
    if (within) return { ...defaultForm(null), within: [{ id: within, code: '', name: '…' }] };
    return rememberedList(user.id)?.form ?? defaultForm(user.scope);
  });
  const [order, setOrder] = useState(() =>
    within ? DEFAULT_ORDER : (rememberedList(user.id)?.order ?? DEFAULT_ORDER),
  );
  const [action, setAction] = useState<Action>(null);
  const [exporting, setExporting] = useState(false);
  const [exportProblem, setExportProblem] = useState<ApiProblem>(NO_PROBLEM);
  useEffect(() => rememberList(user.id, form, order), [user.id, form, order]);

  // `?within=` names the subtree by id only: fetch its name for the chip.
  const [{ data: withinData }] = useQuery({
    query: OrganizationQuery,
    variables: { id: within ?? '' },
    pause: !within,
  });
  const withinOrg = withinData?.organization;
  useEffect(() => {
    if (!withinOrg) return;
    setForm((f) =>
      f.within[0]?.id === withinOrg.id && f.within[0].name === '…'
        ? { ...f, within: [{ id: withinOrg.id, code: withinOrg.code, name: withinOrg.name }] }
        : f,
    );
  }, [withinOrg]);

  const search = useDebounced(form.search, 300);
  const ethnicities = useDebounced(form.ethnicities, 300);
  const filter = useMemo(() => toMemberFilter({ ...form, search, ethnicities }), [form, search, ethnicities]);
  const key = JSON.stringify([filter, order]);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: MembersQuery,
    variables: { filter, orderBy: order, first: PAGE_SIZE, after },
  });
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
      <MemberFilters form={form} onChange={setForm} onClear={() => setForm(defaultForm(user.scope))} />
      <ProblemBanner problem={exportProblem} />
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <MembersTable rows={page?.edges.map((e) => e.node) ?? []} order={order} onOrder={setOrder} loading={fetching} />
      <div className="pager">
        <button
          type="button"
          className="btn"
          data-testid="members-prev"
          disabled={cursors.length <= 1 || fetching}
          onClick={() => setPaging({ key, cursors: cursors.slice(0, -1) })}
        >
          {t('prevPage')}
        </button>
        <span className="muted">{cursors.length}</span>
        <button
          type="button"
          className="btn"
          data-testid="members-next"
          disabled={!page?.pageInfo.hasNextPage || fetching}
          onClick={() => {
            const end = page?.pageInfo.endCursor;
            if (end) setPaging({ key, cursors: [...cursors, end] });
          }}
        >
          {t('nextPage')}
        </button>
      </div>
      {action === 'admit' || action === 'register' ? (
        <MemberAdmitDialog
          mode={action}
          onClose={close}
          onSaved={(id) => {
            close();
            navigate(memberPath(id));
          }}
        />
      ) : null}
      {action === 'import' ? (
        <MemberImportDialog onClose={close} onImported={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : null}
    </div>
  );
}
