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
