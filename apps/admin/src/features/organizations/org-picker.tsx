import { ORGANIZATION_KIND_LABELS, type OrganizationKind } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { fieldProps } from '../../shared/form';
import { useDebounced } from '../../shared/use-debounced';
import { type OrgRef, SearchOrganizationsQuery } from './organizations.documents';

interface OrgPickerProps {
  /** The form field's name: the search input is `field-<name>`, each choice `pick-<name>-<CODE>`. */
  name: string;
  selected: OrgRef[];
  onChange: (selected: OrgRef[]) => void;
  /** Several organisations (merge sources) or one (a user's scope). */
  multiple?: boolean;
  /** Never offered, e.g. the merge target itself. */
  excludeIds?: string[];
  /** Only these kinds are offered (e.g. cells, where members live); any kind when omitted. */
  kinds?: readonly OrganizationKind[];
  placeholder?: string;
}

/** Chooses organisations by typing part of a name or code (diacritics optional); active ones only. */
export function OrgPicker({ name, selected, onChange, multiple, excludeIds = [], kinds, placeholder }: OrgPickerProps) {
  const { t, l } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: SearchOrganizationsQuery,
    variables: { filter: { search, statuses: ['ACTIVE'], ...(kinds ? { kinds: [...kinds] } : {}) }, first: 20 },
    pause: search === '',
  });
  const taken = new Set([...excludeIds, ...selected.map((o) => o.id)]);
  const options = search === '' ? [] : (data?.organizations.edges ?? []).filter((e) => !taken.has(e.node.id));

  function pick(org: OrgRef) {
    onChange(multiple ? [...selected, org] : [org]);
    setText('');
  }

  return (
    <div className="picker">
      {selected.length > 0 ? (
        <ul className="chips">
          {selected.map((org) => (
            <li key={org.id} className="chip" data-testid={`picked-${name}-${org.code}`}>
              <span>
                {org.name} <span className="mono muted">{org.code}</span>
              </span>
              <button
                type="button"
                className="btn-icon"
                aria-label={t('remove')}
                onClick={() => onChange(selected.filter((o) => o.id !== org.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        {...fieldProps(name)}
        type="search"
        autoComplete="off"
        placeholder={placeholder ?? t('pickOrg')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {search !== '' ? (
        <ul className="picker-options">
          {fetching && !data ? <li className="muted">{t('loading')}</li> : null}
          {data && options.length === 0 ? <li className="muted">{t('noData')}</li> : null}
          {options.map(({ node }) => (
            <li key={node.id}>
              <button
                type="button"
                data-testid={`pick-${name}-${node.code}`}
                onClick={() => pick({ id: node.id, code: node.code, name: node.name })}
              >
                <span>{node.name}</span> <span className="mono muted">{node.code}</span>{' '}
                <span className="muted small">{l(ORGANIZATION_KIND_LABELS, node.kind)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
