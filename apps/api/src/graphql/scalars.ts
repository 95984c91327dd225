import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { t } from './i18n.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A client reads why: required when empty, else not a day (in the request's language). */
function parse(value: unknown): string {
  if (!isLocalDate(value)) throw new GraphQLError(value === '' ? t('required') : t('notADate'));
  return value;
}

/** A calendar date without time or zone, YYYY-MM-DD; a string on both sides. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(t('notADate'));
    return parse(ast.value);
  },
});

export { GraphQLJSON as JSONScalar };

/** Today's date in Vietnam (UTC+7), YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** IDs are UUIDs; anything else names no record (and must not reach a uuid column). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
