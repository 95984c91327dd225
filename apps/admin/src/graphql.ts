import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/**
 * Typed GraphQL documents: `graphql(query, [fragments])` infers the result and
 * variables from packages/schema/schema.graphql (src/graphql-env.d.ts, written
 * by scripts/graphql-env.mjs before each typecheck and build). Fragments are
 * not masked: a fragment's fields are read directly from the result.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
  scalars: { LocalDate: string; DateTimeISO: string; JSON: unknown };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
