import { type FormEvent, Fragment, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { readProblem } from '../../shared/errors';
import { fieldProps, ProblemBanner } from '../../shared/form';
import { dayBoundary, formatDateTime } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { type AuditFilter, AuditLogQuery } from './audit.documents';
import { AuditChanges } from './audit-changes';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, named, recordHref } from './audit-labels';

const PAGE_SIZE = 50;

type FilterForm = { entityType: string; from: string; to: string };
const EMPTY: FilterForm = { entityType: '', from: '', to: '' };

function toFilter(form: FilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.entityType.trim()) filter.entityType = form.entityType.trim();
  if (form.from) filter.from = dayBoundary(form.from, false);
  if (form.to) filter.to = dayBoundary(form.to, true);
  return filter;
}

/** Who changed what: newest first, 50 a page, each entry's changes on demand. */
export function AuditPage() {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<FilterForm>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>({});
  /** The `after` cursor of each page visited; the last is the current page's. */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<string | null>(null);
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: PAGE_SIZE, after },
    requestPolicy: 'network-only',
  });
  const page = data?.auditLog;

  function apply(next: FilterForm) {
    setForm(next);
    setFilter(toFilter(next));
    setCursors([null]);
    setOpen(null);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    apply(form);
  }
  const toggle = (id: string) => setOpen(open === id ? null : id);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('auditTitle')}</h1>
        {page ? <span className="muted">{t('total', { n: page.totalCount })}</span> : null}
      </div>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('entityType')}
          <select
            {...fieldProps('entityType')}
            value={form.entityType}
            onChange={(e) => setForm({ ...form, entityType: e.target.value })}
          >
            <option value="">{t('allTypes')}</option>
            {Object.entries(AUDIT_ENTITY_TYPES).map(([type, name]) => (
              <option key={type} value={type}>
                {name[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('from')}
          <input
            {...fieldProps('from')}
            type="date"
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
        </label>
        <label>
          {t('to')}
          <input
            {...fieldProps('to')}
            type="date"
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </label>
        <button type="submit" className="btn btn-primary" data-testid="audit-filter">
          {t('filter')}
        </button>
        <button type="button" className="btn" data-testid="audit-clear" onClick={() => apply(EMPTY)}>
          {t('clearFilter')}
        </button>
      </form>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <table className="table" data-testid="audit-table">
        <thead>
          <tr>
            <th className="col-toggle" />
            <th>{t('time')}</th>
            <th>{t('user')}</th>
            <th>{t('action')}</th>
            <th>{t('entityType')}</th>
            <th>{t('entityId')}</th>
          </tr>
        </thead>
        <tbody>
          {(page?.edges ?? []).map(({ node }) => (
            <Fragment key={node.id}>
              <tr
                data-testid="audit-row"
                data-entry-id={node.id}
                className="clickable"
                aria-expanded={open === node.id}
                onClick={() => toggle(node.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') toggle(node.id);
                }}
                tabIndex={0}
              >
                <td className="col-toggle">{open === node.id ? '▾' : '▸'}</td>
                <td className="nowrap">{formatDateTime(node.at)}</td>
                <td>{node.user ? node.user.displayName || node.user.username : t('system')}</td>
                <td data-action={node.action}>{named(AUDIT_ACTIONS, node.action, lang)}</td>
                <td data-entity-type={node.entityType}>{named(AUDIT_ENTITY_TYPES, node.entityType, lang)}</td>
                <td className="mono small">
                  <RecordLink entityType={node.entityType} entityId={node.entityId} />
                </td>
              </tr>
              {open === node.id ? (
                <tr className="expanded-row" data-testid="audit-row-details">
                  <td />
                  <td colSpan={5}>
                    <AuditChanges changes={node.changes} entityType={node.entityType} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
          {page && page.edges.length === 0 ? (
            <tr>
              <td colSpan={6} className="muted">
                {t('noData')}
              </td>
            </tr>
          ) : null}
          {!page && fetching ? (
            <tr>
              <td colSpan={6} className="muted">
                {t('loading')}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <Pager
        testid="audit"
        page={cursors.length}
        pageSize={PAGE_SIZE}
        total={page?.totalCount ?? null}
        hasNext={Boolean(page?.pageInfo.hasNextPage)}
        busy={fetching}
        onPage={(direction) => {
          if (direction < 0) setCursors(cursors.slice(0, -1));
          else if (page?.pageInfo.endCursor) setCursors([...cursors, page.pageInfo.endCursor]);
        }}
      />
    </div>
  );
}

/** The record's id, linked to its page where the app has one (the click does not toggle the row). */
function RecordLink({ entityType, entityId }: { entityType: string; entityId: string }) {
  const href = recordHref(entityType, entityId);
  if (!href) return <>{entityId}</>;
  return (
    <Link to={href} data-testid="audit-record-link" onClick={(e) => e.stopPropagation()}>
      {entityId}
    </Link>
  );
}
