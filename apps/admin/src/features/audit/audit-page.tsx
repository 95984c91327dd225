import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, Fragment, useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { DateInput } from '../../shared/date-input';
import { readProblem } from '../../shared/errors';
import { fieldProps, ProblemBanner } from '../../shared/form';
import { formatDateTime } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { useKeysetPages } from '../../shared/use-keyset-pages';
import { UsersQuery } from '../users/users.documents';
import { AuditLogQuery } from './audit.documents';
import { AuditChanges } from './audit-changes';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, named, recordHref } from './audit-labels';
import {
  AUDIT_PAGE_SIZE,
  AUDIT_PAGE_SIZES,
  type AuditForm,
  type AuditSearch,
  filterOf,
  formOf,
  searchOf,
  validateAuditSearch,
} from './audit-search';

/** Who changed what: newest first, filtered by record type, user, action and days; its state in the URL. */
export function AuditPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const url = validateAuditSearch(useSearch({ strict: false }) as Record<string, unknown>);
  const urlKey = JSON.stringify(url);
  const setUrl = (next: AuditSearch, replace = false) =>
    void navigate({ to: '/audit', search: next as never, replace });
  const pageSize = url.size ?? AUDIT_PAGE_SIZE;
  // the form follows the URL until the user edits it; "Lọc" writes it to the URL
  const [draft, setDraft] = useState<{ base: string; form: AuditForm } | null>(null);
  const form = draft && draft.base === urlKey ? draft.form : formOf(url);
  const edit = (patch: Partial<AuditForm>) => setDraft({ base: urlKey, form: { ...form, ...patch } });
  const [open, setOpen] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: AuditLogQuery,
    variables: { filter: filterOf(url), first: pageSize, after: url.after ?? null },
    requestPolicy: 'network-only',
  });
  const [{ data: users }] = useQuery({ query: UsersQuery, variables: { first: 200 } });
  const page = data?.auditLog;
  const { page: pageNumber, turn: turnPage } = useKeysetPages(url, page?.pageInfo.endCursor, setUrl);
  function turn(direction: -1 | 1) {
    setOpen(null);
    turnPage(direction);
  }
  function apply(next: AuditForm, size = pageSize) {
    setDraft(null);
    setOpen(null);
    setUrl(searchOf(next, size));
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    apply(form);
  }
  const toggle = (id: string) => setOpen(open === id ? null : id);
  const select = (name: keyof AuditForm, label: string, all: string, options: [string, string][]) => (
    <label>
      {label}
      <select
        {...fieldProps(name === 'type' ? 'entityType' : name)}
        value={form[name]}
        onChange={(e) => edit({ [name]: e.target.value })}
      >
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const named2 = (names: typeof AUDIT_ACTIONS) =>
    Object.entries(names).map(([code, name]) => [code, name[lang]] as [string, string]);
  const userOptions = (users?.users ?? []).map((u) => [u.id, u.displayName || u.username] as [string, string]);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('auditTitle')}</h1>
        {page ? <span className="muted">{t('total', { n: page.totalCount })}</span> : null}
      </div>
      <form className="filters" onSubmit={submit}>
        {select('type', t('entityType'), t('allTypes'), named2(AUDIT_ENTITY_TYPES))}
        {select('user', t('auditUser'), t('allUsers'), userOptions)}
        {select('action', t('auditAction'), t('allActions'), named2(AUDIT_ACTIONS))}
        <label>
          {t('from')}
          <DateInput name="from" value={form.from} onChange={(v) => edit({ from: v })} />
        </label>
        <label>
          {t('to')}
          <DateInput name="to" value={form.to} onChange={(v) => edit({ to: v })} />
        </label>
        <button type="submit" className="btn btn-primary" data-testid="audit-filter">
          {t('filter')}
        </button>
        <button type="button" className="btn" data-testid="audit-clear" onClick={() => apply(formOf({}))}>
          {t('clearFilter')}
        </button>
      </form>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      <table className="table" data-testid="audit-table" aria-busy={fetching}>
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
        page={pageNumber}
        pageSize={pageSize}
        total={page?.totalCount ?? null}
        hasNext={Boolean(page?.pageInfo.hasNextPage)}
        busy={fetching}
        sizes={AUDIT_PAGE_SIZES}
        onPage={turn}
        onSize={(size) => apply(formOf(url), size)}
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
