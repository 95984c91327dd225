import type { Labels } from '@dangvu/schema';
import { useI18n } from '../app/i18n';

/** `<option>`s for the values of an enum, labelled from @dangvu/schema in the current language. */
export function EnumOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Labels<T> }) {
  const { l } = useI18n();
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {l(labels, v)}
        </option>
      ))}
    </>
  );
}

interface CheckboxGroupProps<T extends string> {
  /** Each checkbox is `field-<name>-<VALUE>`. */
  name: string;
  values: readonly T[];
  labels: Labels<T>;
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/** Several values of an enum, one checkbox each. */
export function CheckboxGroup<T extends string>({ name, values, labels, selected, onChange }: CheckboxGroupProps<T>) {
  const { l } = useI18n();
  return (
    <div className="checkbox-group">
      {values.map((v) => (
        <label key={v} className="checkbox">
          <input
            type="checkbox"
            name={name}
            data-testid={`field-${name}-${v}`}
            checked={selected.includes(v)}
            onChange={(e) => onChange(e.target.checked ? [...selected, v] : selected.filter((s) => s !== v))}
          />
          {l(labels, v)}
        </label>
      ))}
    </div>
  );
}
