import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { readProblem } from '../shared/errors';
import { useI18n } from './i18n';
import { LangSwitch } from './lang-switch';
import { LoginMutation } from './session.documents';
import { setToken } from './token-store';

/** Username and password; the server's message on failure, and how long to wait when it asks. */
export function LoginPage() {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  /** Until when the server refuses `lockedName` (extensions.retryAfterSeconds). */
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [lockedName, setLockedName] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const [{ fetching }, login] = useMutation(LoginMutation);
  const usernameRef = useRef<HTMLInputElement>(null);
  // the page is for signing in: start in the user name
  useEffect(() => usernameRef.current?.focus(), []);

  useEffect(() => {
    if (waitUntil === null) return;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= waitUntil) setWaitUntil(null);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [waitUntil]);
  const secondsLeft = waitUntil === null ? 0 : Math.max(0, Math.ceil((waitUntil - now) / 1000));
  // Another try during the lock would only lengthen it.
  const locked = secondsLeft > 0 && username.trim() === lockedName;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const result = await login({ username: username.trim(), password });
    const token = result.data?.login.token;
    if (token) {
      setToken(token);
      return;
    }
    const problem = readProblem(result.error);
    setMessage(problem.codes.includes('NETWORK') ? t('networkError') : problem.general.join(' ') || t('errorTitle'));
    setNow(Date.now());
    setWaitUntil(problem.retryAfterSeconds ? Date.now() + problem.retryAfterSeconds * 1000 : null);
    setLockedName(username.trim());
  }

  return (
    <div className="center-page login-page">
      <div className="login-lang">
        <LangSwitch />
      </div>
      <form className="card login-card" onSubmit={submit} noValidate>
        <h1 className="brand">{t('appName')}</h1>
        <h2>{t('loginTitle')}</h2>
        {message ? (
          <div className="alert alert-error" role="alert" data-testid="login-error">
            <p>{message}</p>
            {secondsLeft > 0 ? (
              <p className="login-retry" data-testid="login-retry">
                {t('tryAgainIn', { n: secondsLeft })}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="login-username">{t('username')}</label>
          <input
            id="login-username"
            ref={usernameRef}
            data-testid="login-username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('password')}</label>
          <input
            id="login-password"
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <button
          type="submit"
          className="btn btn-primary btn-block"
          data-testid="login-submit"
          disabled={fetching || locked || !username || !password}
        >
          {t('loginSubmit')}
        </button>
      </form>
    </div>
  );
}
