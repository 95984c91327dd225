import { useClient } from 'urql';
import { type CandidateDetail, CandidateQuery } from './candidates.documents';

/** Reads the candidate as the server has it now (network only): the reload / overwrite of a stale version. */
export function useLatestCandidate(id: string): () => Promise<CandidateDetail | null> {
  const client = useClient();
  return async () => {
    const result = await client.query(CandidateQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.candidate ?? null;
  };
}
