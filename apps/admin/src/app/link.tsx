import { Link as RouterLink, useNavigate } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, useCallback } from 'react';

/** `/members?within=1` → the path and its query as search params. */
function split(href: string): { to: string; search: Record<string, string> } {
  const [to, query = ''] = href.split('?');
  return { to, search: Object.fromEntries(new URLSearchParams(query)) };
}

/** A link to an app path, optionally with a query (`/members?within=<id>`). */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const target = split(to);
  return <RouterLink to={target.to} search={target.search} {...rest} />;
}

/** Goes to an app path (with an optional query); `replace` keeps the history entry. */
export function useGo(): (href: string, replace?: boolean) => void {
  const navigate = useNavigate();
  return useCallback(
    (href: string, replace = false) => {
      const target = split(href);
      void navigate({ to: target.to, search: target.search, replace });
    },
    [navigate],
  );
}
