import { label, ROLE_LABELS } from '@dangvu/schema';
import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { ChangePasswordDialog } from './change-password-dialog';
import { navFor } from './features';
import { useI18n } from './i18n';
import { LangSwitch } from './lang-switch';
import { Link } from './link';
import { useSession } from './session';

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * True when a display name already says the role: it starts with the role's
 * office, the label less its level (“Văn phòng Đảng ủy thị trấn Lăng Can”
 * for “Văn phòng Đảng ủy xã”, “Ban Tổ chức Tỉnh ủy Lào Cai” for “Ban Tổ chức
 * Huyện ủy”), so the header does not repeat it.
 */
export function nameSaysRole(displayName: string, roleLabel: string): boolean {
  const office = fold(roleLabel).split(' ').slice(0, -2).join(' ');
  return office.length > 0 && fold(displayName).startsWith(office);
}

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
