import { useClient } from 'urql';
import { type MemberDetail, MemberQuery } from './members.documents';

/** Reads the member as the server has it now (network only): the reload / overwrite of a stale version. */
export function useLatestMember(id: string): () => Promise<MemberDetail | null> {
  const client = useClient();
  return async () => {
    const result = await client.query(MemberQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.member ?? null;
  };
}
