import { RouterProvider } from '@tanstack/react-router';
import { DICTIONARIES, FEATURES } from './features';
import { I18nProvider } from './i18n';
import { createAppRouter } from './router';
import { SessionGate } from './session';

const router = createAppRouter(FEATURES);

/** The whole app: language, session (login page without one), then the page for the path. */
export function App() {
  return (
    <I18nProvider dictionaries={DICTIONARIES}>
      <SessionGate>
        <RouterProvider router={router} />
      </SessionGate>
    </I18nProvider>
  );
}
