import type { Labels } from '@dangvu/schema';
import { EnumOptions } from '../../shared/enum-inputs';
import type { RuleViolation } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';

interface Common {
  /** The input is `field-<name>`, its error `error-<name>`. */
  name: string;
  label: string;
  error?: string;
  rules?: RuleViolation[];
  hint?: string;
}

/** A labelled day (`<input type="date">`). */
export function DayField({ value, onChange, ...field }: Common & { value: string; onChange: (v: string) => void }) {
  return (
    <Field {...field}>
      <input {...fieldProps(field.name)} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** A labelled line of text, or several lines with `rows`. */
export function TextField({
  value,
  onChange,
  rows,
  maxLength,
  ...field
}: Common & { value: string; onChange: (v: string) => void; rows?: number; maxLength?: number }) {
  const props = { ...fieldProps(field.name), value, maxLength };
  return (
    <Field {...field}>
      {rows ? (
        <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A labelled select of an enum's values, labelled in the current language. */
export function EnumField<T extends string>({
  value,
  values,
  labels,
  onChange,
  ...field
}: Common & { value: T; values: readonly T[]; labels: Labels<T>; onChange: (v: T) => void }) {
  return (
    <Field {...field}>
      <select {...fieldProps(field.name)} value={value} onChange={(e) => onChange(e.target.value as T)}>
        <EnumOptions values={values} labels={labels} />
      </select>
    </Field>
  );
}
