import type { MemberStatus } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { fieldProps } from '../../shared/form';
import { useDebounced } from '../../shared/use-debounced';
import { SearchMembersQuery } from './members.documents';

export interface MemberRef {
  id: string;
  fullName: string;
}

interface MemberPickerProps {
  /** The search input is `field-<name>`, each choice `pick-<name>-<id>`, each chosen one `picked-<name>-<id>`. */
  name: string;
  selected: MemberRef[];
  onChange: (selected: MemberRef[]) => void;
  /** How many may be chosen. */
  max: number;
  statuses: MemberStatus[];
  placeholder: string;
}

/** Chooses members in scope by typing part of a name or card number (diacritics optional). */
export function MemberPicker({ name, selected, onChange, max, statuses, placeholder }: MemberPickerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: SearchMembersQuery,
    variables: { filter: { search, statuses }, first: 20 },
    pause: search === '',
  });
  const taken = new Set(selected.map((m) => m.id));
  const options = search === '' ? [] : (data?.members.edges ?? []).filter((e) => !taken.has(e.node.id));
  const full = selected.length >= max;

  return (
    <div className="picker">
      {selected.length > 0 ? (
        <ul className="chips">
          {selected.map((m) => (
            <li key={m.id} className="chip" data-testid={`picked-${name}-${m.id}`}>
              <span>{m.fullName}</span>
              <button
                type="button"
                className="btn-icon"
                aria-label={t('remove')}
                onClick={() => onChange(selected.filter((s) => s.id !== m.id))}
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
        placeholder={placeholder}
        disabled={full}
        value={full ? '' : text}
        onChange={(e) => setText(e.target.value)}
      />
      {search !== '' && !full ? (
        <ul className="picker-options">
          {fetching && !data ? <li className="muted">{t('loading')}</li> : null}
          {data && options.length === 0 ? <li className="muted">{t('noData')}</li> : null}
          {options.map(({ node }) => (
            <li key={node.id}>
              <button
                type="button"
                data-testid={`pick-${name}-${node.id}`}
                onClick={() => {
                  onChange([...selected, { id: node.id, fullName: node.fullName }]);
                  setText('');
                }}
              >
                <span>{node.fullName}</span> <span className="mono muted">{node.cardNumber ?? ''}</span>{' '}
                <span className="muted small">{node.organization.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
