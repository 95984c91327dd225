/** Labelled form fields: a Field (label, error, party rules, hint) around one input. */
import type { Labels } from '@dangvu/schema';
import { DateInput } from './date-input';
import { EnumOptions } from './enum-inputs';
import type { RuleViolation } from './errors';
import { Field, fieldProps } from './form';

interface Common {
  /** The input is `field-<name>`, its error `error-<name>`. */
  name: string;
  label: string;
  error?: string;
  rules?: RuleViolation[];
  hint?: string;
}

/** A labelled day, typed and shown dd/mm/yyyy (the shared DateInput). */
export function DateField({ value, onChange, ...field }: Common & { value: string; onChange: (v: string) => void }) {
  return (
    <Field {...field}>
      <DateInput name={field.name} value={value} onChange={onChange} />
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

/** A labelled select of an enum's values, labelled in the current language; `blank` adds an empty first choice. */
export function EnumField<T extends string>({
  value,
  values,
  labels,
  onChange,
  blank,
  ...field
}: Common & { value: T | ''; values: readonly T[]; labels: Labels<T>; onChange: (v: T) => void; blank?: boolean }) {
  return (
    <Field {...field}>
      <select {...fieldProps(field.name)} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {blank ? <option value="" /> : null}
        <EnumOptions values={values} labels={labels} />
      </select>
    </Field>
  );
}
