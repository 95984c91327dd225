import {
  can,
  creatableChildren,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_SECTOR_LABELS,
  ORGANIZATION_STATUS_LABELS,
} from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { Breadcrumbs } from '../../shared/breadcrumbs';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { None } from '../../shared/none';
import { OrgLeadershipLink } from '../cadres/org-leadership-page';
import { OrganizationDisciplines } from '../inspections/discipline-list';
import { OrgMeetingsLink } from '../meetings/cell-meetings-page';
import { OrgRatingsLink } from '../ratings/rated-table';
import { OrgCreateDialog } from './org-create-dialog';
import { OrgDissolveDialog } from './org-dissolve-dialog';
import { OrgEditDialog } from './org-edit-dialog';
import { OrgMergeDialog } from './org-merge-dialog';
import { OrganizationQuery, type OrgRef } from './organizations.documents';

type Action = 'create' | 'edit' | 'dissolve' | 'merge' | null;

const orgPath = (org: OrgRef) => `/organizations/${encodeURIComponent(org.id)}`;

/** One organisation: its facts, where it sits, and what the caller may do with it. */
export function OrgDetailPanel({ id, onCreated }: { id: string; onCreated: (id: string) => void }) {
  const { t, l } = useI18n();
  const { user } = useSession();
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }] = useQuery({ query: OrganizationQuery, variables: { id } });
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data) return <p className="muted">{fetching ? t('loading') : ''}</p>;
  const org = data.organization;
  if (!org) return <p className="alert alert-error">{t('orgNotFound')}</p>;
  const writable = can(user.role, 'organization:write');
  const active = org.status === 'ACTIVE';
  // offered only where the user may create something the rules allow (not under a cell, say)
  const childKinds = active ? creatableChildren({ role: user.role, scopeId: user.scope?.id ?? null }, org) : [];
  const close = () => setAction(null);

  return (
    <section className="panel" data-testid="org-detail" data-org-code={org.code}>
      <Breadcrumbs ancestors={org.ancestors} pathOf={orgPath} testId="org-breadcrumbs">
        <span className="current">{org.name}</span>
      </Breadcrumbs>
      <header className="panel-header">
        <h2>
          {org.name} <span className="mono muted">{org.code}</span>
        </h2>
        <span className={`badge badge-${org.status.toLowerCase()}`} data-testid="org-status">
          {l(ORGANIZATION_STATUS_LABELS, org.status)}
        </span>
      </header>
      {writable ? (
        <div className="button-row actions">
          {childKinds.length > 0 ? (
            <button type="button" className="btn" data-testid="org-create-child" onClick={() => setAction('create')}>
              {t('createChild')}
            </button>
          ) : null}
          <button type="button" className="btn" data-testid="org-edit" onClick={() => setAction('edit')}>
            {t('edit')}
          </button>
          {active ? (
            <>
              <button type="button" className="btn" data-testid="org-merge" onClick={() => setAction('merge')}>
                {t('merge')}
              </button>
              <button
                type="button"
                className="btn btn-danger-outline"
                data-testid="org-dissolve"
                onClick={() => setAction('dissolve')}
              >
                {t('dissolve')}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t('code')}</dt>
        <dd className="mono" data-testid="org-code">
          {org.code}
        </dd>
        <dt>{t('name')}</dt>
        <dd data-testid="org-name">{org.name}</dd>
        <dt>{t('kind')}</dt>
        <dd>{l(ORGANIZATION_KIND_LABELS, org.kind)}</dd>
        <dt>{t('sector')}</dt>
        <dd>{l(ORGANIZATION_SECTOR_LABELS, org.sector)}</dd>
        <dt>{t('status')}</dt>
        <dd>{l(ORGANIZATION_STATUS_LABELS, org.status)}</dd>
        <dt>{t('establishedOn')}</dt>
        <dd>{formatDate(org.establishedOn) || <None />}</dd>
        <dt>{t('closedOn')}</dt>
        <dd>{formatDate(org.closedOn) || <None />}</dd>
        <dt>{t('parent')}</dt>
        <dd>{org.parent ? <Link to={orgPath(org.parent)}>{org.parent.name}</Link> : <None />}</dd>
        <dt>{t('memberCount')}</dt>
        <dd>
          <span data-testid="org-member-count">{org.memberCount.toLocaleString('vi-VN')}</span>
          {can(user.role, 'member:read') ? (
            <>
              {' · '}
              <Link to={`/members?within=${encodeURIComponent(org.id)}`} data-testid="org-members-link">
                {t('orgViewMembers')}
              </Link>
            </>
          ) : null}
        </dd>
        {org.mergedInto ? (
          <>
            <dt>{t('mergedInto')}</dt>
            <dd>
              <Link to={orgPath(org.mergedInto)}>{org.mergedInto.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <OrgLeadershipLink orgId={org.id} />
      <OrgMeetingsLink org={org} />
      <OrgRatingsLink orgId={org.id} />
      {can(user.role, 'inspection:read') ? <OrganizationDisciplines organizationId={org.id} /> : null}
      {action === 'create' ? (
        <OrgCreateDialog
          parent={org}
          kinds={childKinds}
          onClose={close}
          onCreated={(newId) => {
            close();
            onCreated(newId);
          }}
        />
      ) : null}
      {action === 'edit' ? <OrgEditDialog org={org} onClose={close} /> : null}
      {action === 'dissolve' ? <OrgDissolveDialog org={org} onClose={close} /> : null}
      {action === 'merge' ? <OrgMergeDialog target={org} onClose={close} /> : null}
    </section>
  );
}
