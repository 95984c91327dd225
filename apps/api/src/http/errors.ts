import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { AppError, fromDatabaseError, HTTP_STATUS } from '../graphql/errors.js';
import { t } from '../graphql/i18n.js';
import { nulInput, nulPathsInValue } from '../graphql/validation.js';

type Log = (e: unknown) => void;

/** Size limits of request bodies, for the messages. */
export const BODY_LIMITS = { graphql: '2mb', import: '20mb' } as const;

/**
 * Answers an error in the contract's error model: `errors[].extensions.code`
 * as GraphQL over HTTP has it, and on the other routes `error` too (the shape
 * the admin app reads). AppErrors and database failures keep their code;
 * anything else is logged and answered as INTERNAL_SERVER_ERROR, with no
 * stack, path, SQL or class name.
 */
export function sendHttpError(req: Request, res: Response, e: unknown, log: Log, status?: number): void {
  let error = e instanceof AppError ? e : fromDatabaseError(e);
  if (!error || error.extensions.code === 'SERVICE_UNAVAILABLE') log(e);
  error ??= new AppError('INTERNAL_SERVER_ERROR', t('internal'));
  const { http: _http, ...extensions } = error.extensions;
  const code = String(extensions.code);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status ?? (extensions.limit === 'bodySize' ? 413 : undefined) ?? HTTP_STATUS[code] ?? 400);
  // a refused upload is not read further: the connection closes after the answer
  if (!req.complete) res.setHeader('Connection', 'close');
  const retry = typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : null;
  if (retry !== null) res.setHeader('Retry-After', String(retry));
  else if (code === 'SERVICE_UNAVAILABLE') res.setHeader('Retry-After', '5');
  const graphql = { message: error.message, extensions };
  if (isGraphqlPath(req.path)) res.json({ errors: [graphql] });
  else res.json({ error: { message: error.message, ...extensions }, errors: [graphql] });
}

function isGraphqlPath(path: string): boolean {
  return /^\/graphql(\/|$)/i.test(path);
}

interface HttpishError {
  type?: unknown;
  status?: unknown;
  encoding?: unknown;
  charset?: unknown;
}

/** A body-parser (raw-body, http-errors) failure as a client error, or null. */
function bodyError(req: Request, e: HttpishError): { error: AppError; status: number } | null {
  const limit = req.path.startsWith('/import') ? BODY_LIMITS.import : BODY_LIMITS.graphql;
  const bad = (key: Parameters<typeof t>[0], status: number, params = {}) => ({
    error: new AppError('BAD_REQUEST', t(key, params)),
    status,
  });
  switch (e.type) {
    case 'entity.parse.failed':
      return bad('badJson', 400);
    case 'entity.too.large':
      return {
        error: new AppError('BAD_USER_INPUT', t('bodyTooLarge', { max: limit }), {
          fields: [
            { path: [req.path.startsWith('/import') ? 'file' : 'body'], message: t('bodyTooLarge', { max: limit }) },
          ],
        }),
        status: 413,
      };
    case 'encoding.unsupported':
      return bad('badEncoding', 415, { encoding: String(e.encoding ?? '').slice(0, 40) });
    case 'charset.unsupported':
      return bad('badCharset', 415);
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return bad('badRequest', e.status);
  return null;
}

/** The last handler: every error any route lets through, as JSON. */
export function errorHandler(log: Log): ErrorRequestHandler {
  return (e, req, res, _next) => {
    const body = e && typeof e === 'object' ? bodyError(req, e as HttpishError) : null;
    if (body) sendHttpError(req, res, body.error, log, body.status);
    else sendHttpError(req, res, e, log);
  };
}

/** Unknown routes: 404 NOT_FOUND in JSON. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendHttpError(req, res, new AppError('NOT_FOUND', t('routeNotFound')), () => {});
};

/** Refuses a NUL character in any query-string parameter, on every route, before a handler reads it. */
export const refuseNulInQuery: RequestHandler = (req, _res, next) => {
  const paths = nulPathsInValue(req.query);
  next(paths.length ? nulInput(paths) : undefined);
};

/**
 * Node's own refusals, before Express sees a request (a URL or headers over
 * its limit, a malformed request line): JSON in the error model, then close.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const message = t(tooLarge ? 'headersTooLarge' : 'badRequest');
  const body = JSON.stringify({
    error: { message, code: 'BAD_REQUEST' },
    errors: [{ message, extensions: { code: 'BAD_REQUEST' } }],
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
