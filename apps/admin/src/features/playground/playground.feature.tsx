import { lazy } from 'react';
import { defineFeature, pageRoute } from '../../app/feature';

// GraphiQL is large: its bundle loads only on this page.
const PlaygroundPage = lazy(() => import('./playground-page').then((m) => ({ default: m.PlaygroundPage })));

/** The GraphQL playground (GraphiQL, bundled). */
export const playgroundFeature = defineFeature({
  id: 'playground',
  routes: (layout) => [pageRoute(layout, '/playground', null, PlaygroundPage)],
  nav: [{ to: '/playground', label: 'navPlayground', testid: 'nav-playground', permission: null, order: 100 }],
});
