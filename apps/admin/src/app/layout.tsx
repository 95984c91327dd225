import { label, ROLE_LABELS } from '@dangvu/schema';
import { type ReactNode, useState } from 'react';
import { ChangePasswordDialog } from './change-password-dialog';
import { useI18n } from './i18n';
import { LangSwitch } from './lang-switch';
import { navFor } from './nav-config';
import { Link } from './router';
import { useSession } from './session';

/** Header (app, user, role, scope, language, account actions), side navigation by role, and the page. */
export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { t, lang } = useI18n();
  const { user, signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  const bare = path.split('?')[0];
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <div className="topbar-user" data-testid="current-user">
          <strong>{user.displayName}</strong>
          <span className="muted"> · {label(ROLE_LABELS, user.role, lang)}</span>
          <span className="muted" data-testid="current-scope">
            {' '}
            · {user.scope ? user.scope.name : t('wholeSystem')}
          </span>
        </div>
        <div className="topbar-actions">
          <LangSwitch />
          <button
            type="button"
            className="btn btn-small"
            data-testid="change-password"
            onClick={() => setChangingPassword(true)}
          >
            {t('changePassword')}
          </button>
          <button type="button" className="btn btn-small" data-testid="logout" onClick={() => void signOut()}>
            {t('logout')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label="main">
        <ul>
          {navFor(user.role).map((item) => (
            <li key={item.path}>
              <Link
                to={item.path}
                data-testid={item.testid}
                className={bare === item.path || bare.startsWith(`${item.path}/`) ? 'active' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">{children}</main>
      {changingPassword ? <ChangePasswordDialog onClose={() => setChangingPassword(false)} /> : null}
    </div>
  );
}
