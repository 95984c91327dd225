import { useNavigate, useSearch } from '@tanstack/react-router';

/** Page sizes of the lists the api answers whole (users, transfers), paged in the browser. */
export const CLIENT_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_SIZE = 50;

const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * One page of a list the api answers whole, its page and size in the URL
 * (`?size=25&page=2`, beside the page's other keys), so a reload or a shared
 * link shows the same page; props for the shared Pager.
 */
export function useClientPages<T>(path: string, rows: readonly T[]) {
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const size = CLIENT_PAGE_SIZES.find((n) => n === int(search.size)) ?? DEFAULT_SIZE;
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(int(search.page) ?? 1, pages);
  const go = (next: { page?: number; size?: number }) =>
    void navigate({
      to: path,
      search: {
        ...search,
        page: next.page && next.page > 1 ? next.page : undefined,
        size: next.size === DEFAULT_SIZE ? undefined : next.size,
      } as never,
    });
  return {
    rows: rows.slice((page - 1) * size, page * size),
    pager: {
      page,
      pageSize: size,
      total: rows.length,
      hasNext: page < pages,
      sizes: CLIENT_PAGE_SIZES,
      onPage: (direction: -1 | 1) => go({ page: page + direction, size }),
      onSize: (next: number) => go({ size: next }),
    },
  };
}
