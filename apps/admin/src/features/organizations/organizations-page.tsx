import { allowedChildren } from '@dangvu/schema';
import { useState } from 'react';
import type { PageProps } from '../../app/feature';
import { useI18n } from '../../app/i18n';
import { useGo } from '../../app/link';
import { useSession } from '../../app/session';
import { OrgCreateDialog } from './org-create-dialog';
import { OrgDetailPanel } from './org-detail';
import { OrgSearchResults } from './org-search';
import { OrgTree } from './org-tree';

/** Organisations: tree and search on the left, the selected one on the right (`/organizations/<id>`). */
export function OrganizationsPage({ params }: PageProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [creatingRoot, setCreatingRoot] = useState(false);
  const selectedId = params.id ?? null;
  const go = useGo();
  const select = (id: string) => go(`/organizations/${encodeURIComponent(id)}`);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('orgTitle')}</h1>
        {user.role === 'ADMIN' ? (
          <button
            type="button"
            className="btn btn-small"
            data-testid="org-create-root"
            onClick={() => setCreatingRoot(true)}
          >
            {t('createRoot')}
          </button>
        ) : null}
      </div>
      <div className="split">
        <aside className="split-side">
          <input
            type="search"
            className="search-input"
            data-testid="org-search"
            placeholder={t('orgSearch')}
            aria-label={t('orgSearch')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="org-show-inactive"
              checked={showInactive}
              onChange={(e) => setShowInactive(e.target.checked)}
            />
            {t('orgShowInactive')}
          </label>
          <OrgSearchResults search={search} showInactive={showInactive} selectedId={selectedId} onSelect={select} />
          <div hidden={search.trim() !== ''}>
            <OrgTree showInactive={showInactive} selectedId={selectedId} onSelect={select} />
          </div>
        </aside>
        <div className="split-main">
          {selectedId ? (
            <OrgDetailPanel key={selectedId} id={selectedId} onCreated={select} />
          ) : (
            <p className="muted">{t('orgSelectHint')}</p>
          )}
        </div>
      </div>
      {creatingRoot ? (
        <OrgCreateDialog
          parent={null}
          kinds={allowedChildren(null)}
          onClose={() => setCreatingRoot(false)}
          onCreated={(id) => {
            setCreatingRoot(false);
            select(id);
          }}
        />
      ) : null}
    </div>
  );
}
