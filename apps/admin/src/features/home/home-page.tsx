import { can, type Permission, type Role } from '@dangvu/schema';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useQuery } from 'urql';
import { type MessageKey, useI18n } from '../../app/i18n';
import { Link } from '../../app/link';
import { useSession } from '../../app/session';
import { InspectorDesk } from '../inspections/inspector-desk';
import { HomeRootsQuery } from './home.documents';
import { HomeAlerts } from './home-alerts';
import { HomeFigures } from './home-figures';

interface Shortcut {
  to: string;
  label: MessageKey;
  permission: Permission;
  roles?: readonly Role[];
}

/** The usual work, in order; each shown when the role may do it. */
const SHORTCUTS: readonly Shortcut[] = [
  { to: '/inspections', label: 'shortcutInspections', permission: 'inspection:write' },
  { to: '/transfers', label: 'shortcutTransfers', permission: 'transfer:decide' },
  { to: '/members?statuses=PROBATIONARY', label: 'shortcutProbationary', permission: 'member:read' },
  { to: '/candidates', label: 'shortcutCandidates', permission: 'candidate:write' },
  { to: '/members', label: 'shortcutMembers', permission: 'member:read' },
  { to: '/targets', label: 'shortcutTargets', permission: 'target:read' },
  { to: '/organizations', label: 'shortcutOrganizations', permission: 'organization:read' },
  { to: '/users', label: 'shortcutUsers', permission: 'user:read' },
  { to: '/audit', label: 'shortcutAudit', permission: 'audit:read' },
];

const INSPECTORS: readonly Role[] = ['DISTRICT_INSPECTOR', 'COMMUNE_INSPECTOR'];

/**
 * `/`: every role's start page: the alerts of its scope grouped by kind, the
 * scope's key figures and shortcuts to its usual work. ADMIN picks one of the
 * roots (`?within=<id>`).
 */
export function HomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { within?: unknown };
  const [roots] = useQuery({ query: HomeRootsQuery, pause: user.scope !== null });
  const rootList = roots.data?.roots ?? [];
  const chosen = rootList.find((r) => r.id === search.within) ?? rootList[0] ?? null;
  const scope = user.scope ?? chosen;
  const inspector = INSPECTORS.includes(user.role);
  return (
    <div className="page home" data-testid="home">
      <div className="page-header">
        <h1>{t('homeTitle')}</h1>
        {user.scope === null && rootList.length > 1 ? (
          <label className="inline-label">
            {t('homeScope')}
            <select
              data-testid="home-scope"
              value={chosen?.id ?? ''}
              onChange={(e) => void navigate({ to: '/', search: { within: e.target.value } as never })}
            >
              {rootList.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : scope ? (
          <span className="muted" data-testid="home-scope-name">
            {scope.name}
          </span>
        ) : null}
      </div>
      <nav className="shortcuts" aria-label={t('homeShortcuts')} data-testid="home-shortcuts">
        {SHORTCUTS.filter((s) => can(user.role, s.permission))
          .slice(0, 5)
          .map((s) => (
            <Link key={s.to} to={s.to} className="btn">
              {t(s.label)}
            </Link>
          ))}
      </nav>
      {inspector && scope ? <InspectorDesk withinId={scope.id} /> : null}
      {scope ? (
        <div className="home-grid">
          <HomeAlerts withinId={scope.id} />
          <HomeFigures withinId={scope.id} role={user.role} />
        </div>
      ) : null}
    </div>
  );
}
