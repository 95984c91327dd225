import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from './errors.js';
import { t } from './i18n.js';

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
  totalCount: number;
}

function encode(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decode(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    /* fall through */
  }
  throw new AppError('BAD_USER_INPUT', t('badCursor'), { fields: [{ path: ['after'], message: t('badCursor') }] });
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

/** Builds a page from up to limit+1 rows, each with its sort key (the cursor). */
export function pageOf<T>(rows: { node: T; key: unknown[] }[], limit: number, totalCount: number): Page<T> {
  const slice = rows.slice(0, limit);
  const edges = slice.map((r) => ({ cursor: encode(r.key), node: r.node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
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
