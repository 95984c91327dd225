import { can, TRANSFER_STATUS_LABELS, TRANSFER_STATUSES, type TransferStatus } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { useClientPages } from '../../shared/client-pages';
import { EnumOptions } from '../../shared/enum-inputs';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate, formatDateTime } from '../../shared/format';
import { None } from '../../shared/none';
import { Pager } from '../../shared/pager';
import { TransferDecisionDialog } from './transfer-decision-dialog';
import { type TransferRow, TransfersQuery } from './transfers.documents';

type Tab = 'incoming' | 'outgoing';
type Action = { decision: 'accept' | 'reject'; transfer: TransferRow } | null;

/** Transfers into the caller's scope (incoming) and out of it (outgoing), with accept / reject on pending ones. */
export function TransfersPage() {
  const { t, l } = useI18n();
  const { user } = useSession();
  // the tab, the status and the page live in the URL (`/transfers?tab=outgoing&status=PENDING&page=2`)
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const tab: Tab = search.tab === 'outgoing' ? 'outgoing' : 'incoming';
  const status = TRANSFER_STATUSES.find((s) => s === search.status) ?? '';
  const show = (next: { tab?: Tab; status?: TransferStatus | '' }) =>
    void navigate({
      to: '/transfers',
      search: {
        size: search.size,
        tab: (next.tab ?? tab) === 'outgoing' ? 'outgoing' : undefined,
        status: (next.status ?? status) || undefined,
      } as never,
    });
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }] = useQuery({
    query: TransfersQuery,
    variables: { statuses: status ? [status] : null },
  });
  const scopeId = user.scope?.id ?? null;
  // The destination lies in my scope: it is my scope, or my scope is among its (visible) ancestors.
  const incoming = (x: TransferRow) =>
    scopeId === null || x.toOrganization.id === scopeId || x.toOrganization.ancestors.some((a) => a.id === scopeId);
  const all = data?.transfers ?? [];
  const { rows, pager } = useClientPages(
    '/transfers',
    all.filter((x) => incoming(x) === (tab === 'incoming')),
  );
  const decide = can(user.role, 'transfer:decide');
  const count = (which: Tab) => all.filter((x) => incoming(x) === (which === 'incoming')).length;

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('transfersTitle')}</h1>
      </div>
      <div className="toolbar">
        <div className="tabs" role="tablist">
          {(['incoming', 'outgoing'] as const).map((which) => (
            <button
              key={which}
              type="button"
              role="tab"
              aria-selected={tab === which}
              className={tab === which ? 'tab tab-active' : 'tab'}
              data-testid={`transfers-tab-${which}`}
              onClick={() => show({ tab: which })}
            >
              {which === 'incoming' ? t('transfersIncoming') : t('transfersOutgoing')}
              {data ? <span className="tab-count">{count(which)}</span> : null}
            </button>
          ))}
        </div>
        <label className="inline-label">
          {t('status')}
          <select
            data-testid="transfers-status"
            value={status}
            onChange={(e) => show({ status: e.target.value as TransferStatus | '' })}
          >
            <option value="">{t('allStatuses')}</option>
            <EnumOptions values={TRANSFER_STATUSES} labels={TRANSFER_STATUS_LABELS} />
          </select>
        </label>
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <table className="table table-compact" data-testid="transfers-table">
        <thead>
          <tr>
            <th>{t('member')}</th>
            <th>{t('fromOrganization')}</th>
            <th>{t('toOrganization')}</th>
            <th>{t('requestedOn')}</th>
            <th>{t('reason')}</th>
            <th>{t('status')}</th>
            <th>{t('decidedAt')}</th>
            {decide && tab === 'incoming' ? <th>{t('actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.id} data-testid={`transfer-row-${x.id}`} data-status={x.status}>
              <td>
                <Link to={`/members/${encodeURIComponent(x.member.id)}`}>{x.member.fullName}</Link>
                {x.member.cardNumber ? <div className="mono muted small">{x.member.cardNumber}</div> : null}
              </td>
              <td>{x.fromOrganization.name}</td>
              <td>{x.toOrganization.name}</td>
              <td className="nowrap">{formatDate(x.requestedOn)}</td>
              <td>{x.reason ?? <None />}</td>
              <td>
                <span className={`badge badge-transfer-${x.status.toLowerCase()}`}>
                  {l(TRANSFER_STATUS_LABELS, x.status)}
                </span>
                {x.decisionNote ? <div className="small">{x.decisionNote}</div> : null}
              </td>
              <td className="nowrap">{x.decidedAt ? formatDateTime(x.decidedAt) : <None />}</td>
              {decide && tab === 'incoming' ? (
                <td className="cell-actions">
                  {x.status === 'PENDING' ? (
                    <>
                      <button
                        type="button"
                        className="btn btn-small btn-primary"
                        data-testid={`transfer-accept-${x.id}`}
                        onClick={() => setAction({ decision: 'accept', transfer: x })}
                      >
                        {t('transferAccept')}
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-danger-outline"
                        data-testid={`transfer-reject-${x.id}`}
                        onClick={() => setAction({ decision: 'reject', transfer: x })}
                      >
                        {t('transferReject')}
                      </button>
                    </>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="muted">
                {fetching && !data ? t('loading') : t('noTransfers')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {data ? <Pager testid="transfers" busy={fetching} {...pager} /> : null}
      {action ? (
        <TransferDecisionDialog decision={action.decision} transfer={action.transfer} onClose={() => setAction(null)} />
      ) : null}
    </div>
  );
}
