import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { fieldProps } from '../../shared/form';
import { formatDate } from '../../shared/format';
import { useDebounced } from '../../shared/use-debounced';
import { SearchCadresQuery } from './cadres.documents';

export interface CadreRef {
  id: string;
  fullName: string;
}

interface CadrePickerProps {
  /** The search input is `field-<name>`, each choice `pick-<name>-<id>`, the chosen one `picked-<name>-<id>`. */
  name: string;
  selected: CadreRef | null;
  onChange: (selected: CadreRef | null) => void;
}

/** Chooses one cadre in scope by typing part of the name (diacritics optional). */
export function CadrePicker({ name, selected, onChange }: CadrePickerProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: SearchCadresQuery,
    variables: { filter: { search }, first: 20 },
    pause: search === '' || selected !== null,
  });
  if (selected) {
    return (
      <ul className="chips">
        <li className="chip" data-testid={`picked-${name}-${selected.id}`}>
          <span>{selected.fullName}</span>
          <button type="button" className="btn-icon" aria-label={t('remove')} onClick={() => onChange(null)}>
            ×
          </button>
        </li>
      </ul>
    );
  }
  const options = search === '' ? [] : (data?.cadres.edges ?? []);
  return (
    <div className="picker">
      <input
        {...fieldProps(name)}
        type="search"
        autoComplete="off"
        placeholder={t('cadresSearch')}
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
                data-testid={`pick-${name}-${node.id}`}
                onClick={() => {
                  onChange({ id: node.id, fullName: node.fullName });
                  setText('');
                }}
              >
                <span>{node.fullName}</span> <span className="muted small">{formatDate(node.dateOfBirth)}</span>{' '}
                {node.homeCommune ? <span className="muted small">{node.homeCommune.name}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
