import { label, ROLE_LABELS } from '@dangvu/schema';
import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { ChangePasswordDialog } from './change-password-dialog';
import { navFor } from './features';
import { nameSaysRole } from './header-names';
import { useI18n } from './i18n';
import { LangSwitch } from './lang-switch';
import { Link } from './link';
import { useSession } from './session';

/** Header (app, user, role, scope, language, account actions), side navigation by role, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, lang } = useI18n();
  const { user, signOut } = useSession();
  const [changingPassword, setChangingPassword] = useState(false);
  const bare = useLocation({ select: (l) => l.pathname });
  const role = label(ROLE_LABELS, user.role, lang);
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <div className="topbar-user" data-testid="current-user" title={role}>
          <strong>{user.displayName}</strong>
          {nameSaysRole(user.displayName, role) ? null : (
            <span className="muted" data-testid="current-role">
              {' '}
              · {role}
            </span>
          )}
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
            <li key={item.to}>
              <Link
                to={item.to}
                data-testid={item.testid}
                className={
                  bare === item.to || (item.to !== '/' && bare.startsWith(`${item.to}/`)) ? 'active' : undefined
                }
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
