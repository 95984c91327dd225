import type { GraphQLFormattedError } from 'graphql';
import { t } from './i18n.js';

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RULE_VIOLATION',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js reports a bad variable as `Variable "$input" got invalid value … at "input.code"; …`. */
function variablePath(message: string): string[] | null {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1].split('.');
  const variable = /Variable "\$(\w+)"/.exec(message);
  return variable ? [variable[1]] : null;
}

/**
 * Shapes every error a client sees: known codes keep their message and
 * details; everything else becomes INTERNAL_SERVER_ERROR with a generic
 * message, and the original is logged. No stack trace, SQL or internal
 * message reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  original: unknown,
  log: (e: unknown) => void,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (CLIENT_CODES.has(code)) {
    if (code === 'BAD_USER_INPUT' && !extensions.fields) {
      const path = variablePath(formatted.message);
      if (path) extensions.fields = [{ path, message: formatted.message }];
    }
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: t('internal'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
