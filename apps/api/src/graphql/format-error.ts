import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { fromDatabaseError } from './errors.js';
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
  'SERVICE_UNAVAILABLE',
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
 * Apollo refuses some malformed requests (a persisted query whose hash does
 * not match, an unknown persisted-query version) with an HTTP 4xx but no
 * code: those are BAD_REQUEST, with Apollo's message.
 */
function isCodelessRefusal(original: unknown): boolean {
  if (!(original instanceof GraphQLError) || original.extensions.code) return false;
  const status = (original.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Shapes every error a client sees: known codes keep their message and
 * details; a database failure becomes CONFLICT (unique violation) or
 * SERVICE_UNAVAILABLE; everything else becomes INTERNAL_SERVER_ERROR with a
 * generic message, and the original is logged. No stack trace, SQL or
 * internal message reaches a client.
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
      // the field's own message, without graphql-js's preamble naming the variable and its value
      const own = path ? formatted.message.split(`at "${path.join('.')}"; `)[1] : undefined;
      if (path) extensions.fields = [{ path, message: own ?? formatted.message }];
    }
    return { ...formatted, extensions };
  }
  if (isCodelessRefusal(original)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  const known = fromDatabaseError(original);
  if (known) {
    if (known.extensions.code !== 'CONFLICT') log(original);
    return {
      message: known.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: known.extensions,
    };
  }
  log(original);
  return {
    message: t('internal'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
