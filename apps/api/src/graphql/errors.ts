import type { ErrorCode } from '@dangvu/schema';
import { GraphQLError } from 'graphql';
import { currentLang, type MessageKey, t } from './i18n.js';

/** An error a client is meant to read: its code, a message in the request's language, and details. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export interface FieldError {
  path: string[];
  message: string;
}

export const unauthenticated = (
  key: MessageKey = 'unauthenticated',
  extra: Record<string, unknown> = {},
  params = {},
) => new AppError('UNAUTHENTICATED', t(key, params), extra);
export const forbidden = () => new AppError('FORBIDDEN', t('forbidden'));
export const notFound = (entity: { vi: string; en: string }) =>
  new AppError('NOT_FOUND', t('notFound', { entity: entity[currentLang()] }));
export const conflict = (current: number, sent: number) =>
  new AppError('CONFLICT', t('conflict', { current, sent }), { currentVersion: current });
export const duplicate = (path: string[], field: string, value: string) =>
  new AppError('CONFLICT', t('duplicate', { field, value }), {
    fields: [{ path, message: t('duplicate', { field, value }) }],
  });

/** BAD_USER_INPUT listing every offending field. */
export function badInput(fields: FieldError[]): AppError {
  const summary = fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ');
  return new AppError('BAD_USER_INPUT', `${t('badInput')} ${summary}`, { fields });
}

/** Collects field errors during validation; `throwIfAny` raises them together. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  constructor(private readonly prefix: string[] = ['input']) {}

  add(field: string, key: MessageKey, params: Record<string, string | number> = {}): void {
    this.list.push({ path: [...this.prefix, ...field.split('.')], message: t(key, params) });
  }

  /** A field error whose message is already written (a rule's own message in the request's language). */
  addMessage(field: string, message: { vi: string; en: string }): void {
    this.list.push({ path: [...this.prefix, ...field.split('.')], message: message[currentLang()] });
  }

  check(cond: boolean, field: string, key: MessageKey, params: Record<string, string | number> = {}): void {
    if (!cond) this.add(field, key, params);
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  throwIfAny(): void {
    if (this.list.length) throw badInput(this.list);
  }
}

/** A party rule that forbids the operation: its id and, where a regulation sets it, the source. */
export interface RuleBreach {
  rule: string;
  source?: string;
  message: { vi: string; en: string };
}

export function ruleViolation(breach: RuleBreach, lang: 'vi' | 'en' = currentLang()): AppError {
  return new AppError('RULE_VIOLATION', breach.message[lang], {
    rule: breach.rule,
    ...(breach.source ? { source: breach.source } : {}),
  });
}

/** The HTTP status of each code on the spreadsheet routes and of a refused GraphQL request. */
export const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** The input field a unique constraint guards, by constraint name (see the migrations). */
const UNIQUE_FIELDS: Record<string, string> = {
  organization_code_unique: 'code',
  app_user_username_unique: 'username',
  member_card_unique: 'cardNumber',
  term_name_key: 'name',
  transfer_one_pending_idx: 'memberId',
  cadre_member_unique: 'memberId',
};

/** Node and pg's words for a connection that is refused, lost or never made. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode)|Driver not Connected|not queryable|Client was closed|socket has been ended|Connection ended|server closed the connection|Query read timeout|already released|terminating connection/i;

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
}

/** The error and the causes it wraps (GraphQL's originalError, TypeORM's driverError, `cause`). */
function causes(e: unknown): DriverError[] {
  const out: DriverError[] = [];
  let current: unknown = e;
  for (let i = 0; i < 6 && current && typeof current === 'object'; i++) {
    out.push(current as DriverError);
    const c = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = c.originalError ?? c.driverError ?? c.cause;
  }
  return out;
}

/**
 * A database failure as a client may read it: a unique violation (SQLSTATE
 * 23505) is CONFLICT, naming the field when the constraint tells it; an
 * unreachable database (refused, lost or timed-out connections, SQLSTATE
 * class 08, 57P01–57P03) is SERVICE_UNAVAILABLE. Anything else: null.
 */
export function fromDatabaseError(e: unknown): AppError | null {
  for (const c of causes(e)) {
    const code = typeof c.code === 'string' ? c.code : '';
    if (code === '23505') {
      const field = typeof c.constraint === 'string' ? UNIQUE_FIELDS[c.constraint] : undefined;
      return new AppError(
        'CONFLICT',
        t('alreadyUsed'),
        field ? { fields: [{ path: ['input', field], message: t('alreadyUsed') }] } : {},
      );
    }
    if (
      CONNECTION_CODES.has(code) ||
      /^08/.test(code) ||
      /^57P0[123]$/.test(code) ||
      (typeof c.message === 'string' && CONNECTION_MESSAGES.test(c.message))
    )
      return new AppError('SERVICE_UNAVAILABLE', t('unavailable'), { retryAfterSeconds: 5 });
  }
  return null;
}
