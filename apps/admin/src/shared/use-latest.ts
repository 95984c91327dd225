import { type AnyVariables, type TypedDocumentNode, useClient } from 'urql';

/**
 * Reads a record as the server has it now (network only), for the reload or
 * overwrite of a stale version: `query` with `variables`, and `pick` finds
 * the record in its answer (null when it is gone or out of scope).
 */
export function useLatest<Data, Vars extends AnyVariables, R>(
  query: TypedDocumentNode<Data, Vars>,
  variables: Vars,
  pick: (data: Data) => R | null | undefined,
): () => Promise<R | null> {
  const client = useClient();
  return async () => {
    const result = await client.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
    return (result.data && pick(result.data)) ?? null;
  };
}
