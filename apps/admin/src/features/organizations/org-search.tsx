import { ORGANIZATION_KIND_LABELS, ORGANIZATION_STATUS_LABELS } from '@dangvu/schema';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { useDebounced } from '../../shared/use-debounced';
import { SearchOrganizationsQuery } from './organizations.documents';

interface SearchResultsProps {
  search: string;
  showInactive: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Organisations matching the search text (diacritics optional), 50 at most. */
export function OrgSearchResults({ search, showInactive, selectedId, onSelect }: SearchResultsProps) {
  const { t, l } = useI18n();
  const text = useDebounced(search.trim(), 250);
  const [{ data, error, fetching }] = useQuery({
    query: SearchOrganizationsQuery,
    variables: { filter: { search: text, ...(showInactive ? {} : { statuses: ['ACTIVE'] }) }, first: 50 },
    pause: text === '',
  });
  if (text === '' || search.trim() === '') return null;
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  const edges = data?.organizations.edges ?? [];
  return (
    <div className="search-results" data-testid="org-search-results">
      <div className="muted small">
        {fetching && !data ? t('loading') : t('orgResults', { n: data?.organizations.totalCount ?? 0 })}
      </div>
      <table className="table table-compact">
        <thead>
          <tr>
            <th>{t('code')}</th>
            <th>{t('name')}</th>
            <th>{t('kind')}</th>
            <th>{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.id} className={node.id === selectedId ? 'selected' : undefined}>
              <td className="mono">{node.code}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  data-testid={`org-result-${node.code}`}
                  onClick={() => onSelect(node.id)}
                >
                  {node.name}
                </button>
              </td>
              <td>{l(ORGANIZATION_KIND_LABELS, node.kind)}</td>
              <td>
                <span className={`badge badge-${node.status.toLowerCase()}`}>
                  {l(ORGANIZATION_STATUS_LABELS, node.status)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
