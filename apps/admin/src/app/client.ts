import { Client, cacheExchange, fetchExchange, getOperationName, mapExchange } from 'urql';
import { currentLang } from './i18n';
import { getToken, setToken } from './token-store';

/** Operations whose UNAUTHENTICATED answer means bad credentials, not a lost session. */
const CREDENTIAL_CHECKS = new Set(['Login', 'ChangePassword']);

/** Headers every request to the api carries: the session's token and the UI language. */
export function apiHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': currentLang() };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/**
 * The urql client. POST only (the api's CSRF protection refuses GET); any
 * UNAUTHENTICATED answer to a signed-in request clears the session, which
 * brings back the login page.
 */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: apiHeaders() }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          if (!getToken()) return;
          if (CREDENTIAL_CHECKS.has(getOperationName(operation.query) ?? '')) return;
          const unauthenticated =
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
            (error.response as Response | undefined)?.status === 401;
          if (unauthenticated) setToken(null);
        },
      }),
      fetchExchange,
    ],
  });
}
