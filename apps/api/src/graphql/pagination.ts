import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from './errors.js';
import { t } from './i18n.js';
import { isUuid } from './scalars.js';

export const DEFAULT_FIRST = 50;
export const MAX_FIRST = 200;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Computed only when a query selects it (a getter: reading it runs the count). */
  readonly totalCount: number | Promise<number>;
}

function encode(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function badCursor(): AppError {
  return new AppError('BAD_USER_INPUT', t('badCursor'), { fields: [{ path: ['after'], message: t('badCursor') }] });
}

function decode(cursor: string): unknown[] {
  if (cursor.length > 1000) throw badCursor();
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw badCursor();
}

/**
 * A keyset cursor's sort value and row id, checked: the value must be a
 * string of the sort's form (`check`), the id a uuid; anything else is
 * BAD_USER_INPUT, never a query.
 */
export function keysetOf(
  cursor: unknown[] | null,
  check: (v: string) => boolean = () => true,
): [string, string] | null {
  if (!cursor) return null;
  const [value, id] = cursor;
  if (cursor.length !== 2 || typeof value !== 'string' || typeof id !== 'string') throw badCursor();
  if (!isUuid(id) || value.includes('\0') || !check(value)) throw badCursor();
  return [value, id];
}

/** Validates `first` (default 50, at most 200) and decodes `after` into the sort key it carries. */
export function pageArgs(first?: number | null, after?: string | null): { limit: number; cursor: unknown[] | null } {
  const limit = first ?? DEFAULT_FIRST;
  if (limit > MAX_FIRST)
    throw new AppError('BAD_USER_INPUT', t('firstTooLarge', { max: MAX_FIRST }), {
      fields: [{ path: ['first'], message: t('firstTooLarge', { max: MAX_FIRST }) }],
    });
  if (limit < 0)
    throw new AppError('BAD_USER_INPUT', t('firstNegative'), {
      fields: [{ path: ['first'], message: t('firstNegative') }],
    });
  return { limit, cursor: after ? decode(after) : null };
}

/**
 * Builds a page from up to limit+1 rows, each with its sort key (the
 * cursor). `count` runs only if the query selects totalCount, at most once.
 */
export function pageOf<T>(rows: { node: T; key: unknown[] }[], limit: number, count: () => Promise<number>): Page<T> {
  const slice = rows.slice(0, limit);
  const edges = slice.map((r) => ({ cursor: encode(r.key), node: r.node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      total ??= count();
      return total;
    },
  };
}

/** A Relay connection type `<Name>Connection` with its `<Name>Edge`. */
export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/** count(*) of a query's rows (never TypeORM's getCount, a COUNT(DISTINCT id)). */
export async function countRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const row = await qb.select('count(*)::int', 'n').orderBy().limit(undefined).getRawOne<{ n: number }>();
  return row?.n ?? 0;
}
