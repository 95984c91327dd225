import type { ReactNode } from 'react';
import { Link } from '../app/link';

interface Ancestor {
  id: string;
  name: string;
}

/**
 * An organisation's ancestors, each linked to its own page of the same kind
 * (`pathOf`), then the organisation itself (`children`: a link or the
 * current item).
 */
export function Breadcrumbs<A extends Ancestor>({
  ancestors,
  pathOf,
  testId,
  children,
}: {
  ancestors: readonly A[];
  pathOf: (a: A) => string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <nav className="breadcrumbs" aria-label="ancestors" data-testid={testId}>
      {ancestors.map((a) => (
        <span key={a.id}>
          <Link to={pathOf(a)}>{a.name}</Link>
          <span className="sep">›</span>
        </span>
      ))}
      {children}
    </nav>
  );
}
