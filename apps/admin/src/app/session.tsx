import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { Provider, useMutation, useQuery } from 'urql';
import { readProblem } from '../shared/errors';
import { ProblemBanner } from '../shared/form';
import { createApiClient } from './client';
import { useI18n } from './i18n';
import { LoginPage } from './login-page';
import { LogoutMutation, MeQuery, type SessionUser } from './session.documents';
import { getToken, setToken, subscribeToken } from './token-store';

export interface Session {
  user: SessionUser;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in session');
  return session;
}

/**
 * Shows the login page without a token, the app with one. Each token gets a
 * fresh urql client, so nothing cached for one user is shown to the next.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(subscribeToken, getToken);
  return (
    <ClientScope key={token ?? 'anonymous'}>{token ? <SignedIn>{children}</SignedIn> : <LoginPage />}</ClientScope>
  );
}

function ClientScope({ children }: { children: ReactNode }) {
  const [client] = useState(createApiClient);
  return <Provider value={client}>{children}</Provider>;
}

function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const [, logout] = useMutation(LogoutMutation);
  const signOut = useCallback(async () => {
    await logout({}).catch(() => undefined);
    setToken(null);
  }, [logout]);
  const me = data?.me;
  useEffect(() => {
    if (data && !data.me) setToken(null);
  }, [data]);
  const session = useMemo(() => (me ? { user: me, signOut } : null), [me, signOut]);
  if (session) return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  if (error && !fetching) {
    return (
      <div className="center-page">
        <div className="card">
          <ProblemBanner problem={readProblem(error)} />
          <div className="button-row">
            <button type="button" className="btn" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('conflictReload')}
            </button>
            <button type="button" className="btn" data-testid="logout" onClick={() => setToken(null)}>
              {t('logout')}
            </button>
          </div>
        </div>
      </div>
    );
  }
  return <div className="center-page muted">{t('loading')}</div>;
}
