import { ORGANIZATION_STATUS_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { ChildrenQuery, type OrgSummary, RootsQuery } from './organizations.documents';

interface TreeProps {
  showInactive: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Kinds that never have organisations under them: no toggle. */
const LEAF_KINDS = new Set(['SUBORDINATE_CELL', 'GRASSROOTS_CELL']);

/** The organisation tree from the caller's roots; each node loads its children when first expanded. */
export function OrgTree(props: TreeProps) {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: RootsQuery });
  if (error) return <ProblemBanner problem={readProblem(error)} />;
  if (!data && fetching) return <p className="muted">{t('loading')}</p>;
  const roots = (data?.roots ?? []).filter((o) => props.showInactive || o.status === 'ACTIVE');
  return (
    <ul className="tree">
      {roots.map((org) => (
        <TreeNode key={org.id} org={org} depth={0} {...props} />
      ))}
    </ul>
  );
}

function TreeNode({ org, depth, showInactive, selectedId, onSelect }: TreeProps & { org: OrgSummary; depth: number }) {
  const { t, l } = useI18n();
  const [expanded, setExpanded] = useState(depth === 0);
  const leaf = LEAF_KINDS.has(org.kind);
  const [{ data, error, fetching }] = useQuery({
    query: ChildrenQuery,
    variables: { id: org.id, showInactive },
    pause: !expanded || leaf,
  });
  const children = data?.organization?.children ?? [];
  const selected = selectedId === org.id;
  return (
    <li>
      <div className={selected ? 'tree-row selected' : 'tree-row'} style={{ paddingLeft: depth * 16 }}>
        {leaf ? (
          <span className="tree-toggle-spacer" />
        ) : (
          <button
            type="button"
            className="tree-toggle"
            data-testid={`org-toggle-${org.code}`}
            aria-expanded={expanded}
            aria-label={expanded ? '−' : '+'}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        )}
        <button
          type="button"
          className={org.status === 'ACTIVE' ? 'tree-label' : 'tree-label inactive'}
          data-testid={`org-node-${org.code}`}
          data-selected={selected}
          onClick={() => onSelect(org.id)}
          title={org.status === 'ACTIVE' ? org.name : `${org.name} (${l(ORGANIZATION_STATUS_LABELS, org.status)})`}
        >
          <span className="tree-name">{org.name}</span>
          <span className="tree-code">{org.code}</span>
          {org.status !== 'ACTIVE' ? (
            <span className={`badge badge-${org.status.toLowerCase()}`}>
              {l(ORGANIZATION_STATUS_LABELS, org.status)}
            </span>
          ) : null}
        </button>
      </div>
      {expanded && !leaf ? (
        <ul>
          {error ? (
            <li className="tree-note" style={{ paddingLeft: depth * 16 + 28 }}>
              {readProblem(error).general.join(' ')}
            </li>
          ) : null}
          {!data && fetching ? (
            <li className="tree-note muted" style={{ paddingLeft: depth * 16 + 28 }}>
              {t('loading')}
            </li>
          ) : null}
          {data && children.length === 0 ? (
            <li className="tree-note muted" style={{ paddingLeft: depth * 16 + 28 }}>
              {t('orgNoChildren')}
            </li>
          ) : null}
          {children.map((child) => (
            <TreeNode
              key={child.id}
              org={child}
              depth={depth + 1}
              showInactive={showInactive}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
