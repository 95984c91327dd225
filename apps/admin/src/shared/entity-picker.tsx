import { type ReactNode, useState } from 'react';
import { type AnyVariables, type TypedDocumentNode, useQuery } from 'urql';
import { type MessageKey, useI18n } from '../app/i18n';
import { fieldProps } from './form';
import { useDebounced } from './use-debounced';

/**
 * What a picker searches and how it shows a row: members, organisations,
 * cadres… each feature defines one (see `memberChoices`, `orgChoices`).
 */
export interface PickerSource<Data, Vars extends AnyVariables, Row extends { id: string }, Ref extends { id: string }> {
  /** Run with the typed text once it is not empty. */
  query: TypedDocumentNode<Data, Vars>;
  variables: (search: string) => Vars;
  rows: (data: Data) => Row[];
  /** What the form keeps of a chosen row. */
  toRef: (row: Row) => Ref;
  /** A row among the choices. */
  option: (row: Row) => ReactNode;
  /** A chosen one, as a chip. */
  chip: (ref: Ref) => ReactNode;
  /** The search input's placeholder when the picker names none. */
  placeholder: MessageKey;
  /** Names a choice in the test ids (`pick-<name>-<key>`, `picked-<name>-<key>`); the id when omitted. */
  testKey?: (ref: Ref) => string;
}

/** Spells a source out once, so its types are inferred from the query document. */
export function pickerSource<Data, Vars extends AnyVariables, Row extends { id: string }, Ref extends { id: string }>(
  source: PickerSource<Data, Vars, Row, Ref>,
) {
  return source;
}

interface EntityPickerProps<Data, Vars extends AnyVariables, Row extends { id: string }, Ref extends { id: string }> {
  /** The form field's name: the search input is `field-<name>`. */
  name: string;
  source: PickerSource<Data, Vars, Row, Ref>;
  selected: Ref[];
  onChange: (selected: Ref[]) => void;
  /** How many may be chosen: with one a new choice replaces it; with more the search closes when full. */
  max?: number;
  /** Never offered, e.g. the merge target itself. */
  excludeIds?: string[];
  placeholder?: string;
}

/** Chooses records by typing part of a name or code (diacritics optional), the chosen ones as chips. */
export function EntityPicker<Data, Vars extends AnyVariables, Row extends { id: string }, Ref extends { id: string }>(
  props: EntityPickerProps<Data, Vars, Row, Ref>,
) {
  const { name, source, selected, onChange, max = 1, excludeIds = [], placeholder } = props;
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching }] = useQuery<Data, Vars>({
    query: source.query,
    variables: source.variables(search),
    pause: search === '',
  } as Parameters<typeof useQuery<Data, Vars>>[0]);
  const key = source.testKey ?? ((ref: Ref) => ref.id);
  const full = max > 1 && selected.length >= max;
  const taken = new Set([...excludeIds, ...selected.map((r) => r.id)]);
  const options = search === '' || !data ? [] : source.rows(data).filter((row) => !taken.has(row.id));

  function pick(row: Row) {
    const ref = source.toRef(row);
    onChange(max === 1 ? [ref] : [...selected, ref]);
    setText('');
  }

  return (
    <div className="picker">
      {selected.length > 0 ? (
        <ul className="chips">
          {selected.map((ref) => (
            <li key={ref.id} className="chip" data-testid={`picked-${name}-${key(ref)}`}>
              <span>{source.chip(ref)}</span>
              <button
                type="button"
                className="btn-icon"
                aria-label={t('remove')}
                onClick={() => onChange(selected.filter((s) => s.id !== ref.id))}
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
        placeholder={placeholder ?? t(source.placeholder)}
        disabled={full}
        value={full ? '' : text}
        onChange={(e) => setText(e.target.value)}
      />
      {search !== '' && !full ? (
        <ul className="picker-options">
          {fetching && !data ? <li className="muted">{t('loading')}</li> : null}
          {data && options.length === 0 ? <li className="muted">{t('noData')}</li> : null}
          {options.map((row) => (
            <li key={row.id}>
              <button type="button" data-testid={`pick-${name}-${key(source.toRef(row))}`} onClick={() => pick(row)}>
                {source.option(row)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
