import { can } from '@dangvu/schema';
import { createRootRoute, createRouter, Outlet, useMatches } from '@tanstack/react-router';
import { Suspense } from 'react';
import type { FeatureManifest } from './feature';
import { useI18n } from './i18n';
import { Layout } from './layout';
import { useSession } from './session';

/** The signed-in layout around every page; a page the role may not open says so. */
function Shell() {
  const { t } = useI18n();
  const { user } = useSession();
  const matches = useMatches();
  const forbidden = matches.some((m) => {
    const permission = m.staticData?.permission;
    return permission ? !can(user.role, permission) : false;
  });
  return (
    <Layout>
      {forbidden ? (
        <div className="page" data-testid="forbidden">
          <h1>{t('forbiddenTitle')}</h1>
          <p className="alert alert-error">{t('forbidden')}</p>
        </div>
      ) : (
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      )}
    </Layout>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p className="muted">{t('notFound')}</p>
    </div>
  );
}

/** Links written before real paths (`#/members/…`) still lead to their page. */
function upgradeHashLink(): void {
  const { hash } = window.location;
  if (hash.startsWith('#/')) window.history.replaceState(null, '', hash.slice(1));
}

/** The app's router: real paths (`/members/<id>`), every feature's routes under the signed-in layout. */
export function createAppRouter(features: readonly FeatureManifest[]) {
  upgradeHashLink();
  const root = createRootRoute({ component: Shell, notFoundComponent: NotFound });
  const routeTree = root.addChildren(features.flatMap((f) => f.routes?.(root) ?? []));
  return createRouter({ routeTree, defaultNotFoundComponent: NotFound, scrollRestoration: true });
}
