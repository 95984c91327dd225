import { can } from '@dangvu/schema';
import { Suspense, useEffect } from 'react';
import { I18nProvider, useI18n } from './i18n';
import { Layout } from './layout';
import { navFor } from './nav-config';
import { matchPath, navigate, usePath } from './router';
import { ROUTES } from './routes';
import { SessionGate, useSession } from './session';

/** The whole app: language, session (login page without one), layout and the page for the path. */
export function App() {
  return (
    <I18nProvider>
      <SessionGate>
        <Pages />
      </SessionGate>
    </I18nProvider>
  );
}

function Pages() {
  const { t } = useI18n();
  const { user } = useSession();
  const path = usePath();
  const home = navFor(user.role)[0]?.path ?? '/playground';
  const route = ROUTES.find((r) => matchPath(r.pattern, path));
  const forbidden = Boolean(route?.permission && !can(user.role, route.permission));
  // The start page, or a page this role may not open (e.g. left in the URL by the previous user).
  useEffect(() => {
    if (path === '/' || forbidden) navigate(home, true);
  }, [path, home, forbidden]);

  let content = <p className="muted">{t('notFound')}</p>;
  if (route) {
    const params = matchPath(route.pattern, path) ?? {};
    if (forbidden) {
      content = <p className="alert alert-error">{t('forbidden')}</p>;
    } else {
      const Page = route.page;
      content = (
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Page params={params} />
        </Suspense>
      );
    }
  }
  return <Layout path={path}>{content}</Layout>;
}
