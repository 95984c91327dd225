import { useState } from 'react';

/** The paging part of a list's URL state: page 2 onwards starts after a cursor. */
export interface KeysetSearch {
  page?: number;
  after?: string;
}

/**
 * Keyset pages whose position lives in the URL (`page`, `after`): "next"
 * goes after the current page's end cursor and remembers the cursor this
 * page started after, so "previous" goes back one page (to the first when the
 * user came straight to a later page by a link).
 */
export function useKeysetPages<S extends KeysetSearch>(
  url: S,
  endCursor: string | null | undefined,
  setUrl: (next: S, replace: boolean) => void,
) {
  const page = url.after ? (url.page ?? 2) : 1;
  const [trail, setTrail] = useState<(string | undefined)[]>([]);
  function turn(direction: -1 | 1) {
    if (direction === 1) {
      if (!endCursor) return;
      setTrail([...trail.slice(0, page - 1), url.after]);
      setUrl({ ...url, page: page + 1, after: endCursor }, false);
    } else {
      const before = trail[page - 2];
      const back = before ? page - 1 : 1;
      setUrl({ ...url, page: back > 1 ? back : undefined, after: back > 1 ? before : undefined }, false);
    }
  }
  return { page, turn };
}
