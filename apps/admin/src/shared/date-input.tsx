import { useEffect, useState } from 'react';
import { PatternFormat } from 'react-number-format';
import { fieldProps } from './form';
import { formatDate } from './format';

/** `05/03/2021` → `2021-03-05`; '' while incomplete or when no such day exists (31/02). */
export function isoOfDisplay(text: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return '';
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const real = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return real && y >= 1000 ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

interface DateInputProps {
  /** The field's name: id `f-<name>`, test id `field-<name>`. */
  name: string;
  /** The day as `YYYY-MM-DD`, or ''. */
  value: string;
  /**
   * The day typed, as `YYYY-MM-DD`; '' while it is incomplete; the text as
   * typed when it is complete but no such day exists (the API names it).
   */
  onChange: (iso: string) => void;
  disabled?: boolean;
  required?: boolean;
}

/**
 * A day typed as dd/mm/yyyy whatever the browser's locale (a masked text
 * input, react-number-format's PatternFormat), handed on as `YYYY-MM-DD`.
 */
export function DateInput({ name, value, onChange, disabled, required }: DateInputProps) {
  const [text, setText] = useState(() => formatDate(value));
  // a value set from outside (a reset, a reloaded record) replaces what is shown
  useEffect(() => {
    setText((shown) => (isoOfDisplay(shown) === value || shown === value ? shown : formatDate(value)));
  }, [value]);
  return (
    <PatternFormat
      {...fieldProps(name)}
      className="date-input"
      format="##/##/####"
      mask={['d', 'd', 'm', 'm', 'y', 'y', 'y', 'y']}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      disabled={disabled}
      required={required}
      value={text}
      onValueChange={(v) => {
        setText(v.formattedValue);
        const typed = v.formattedValue;
        const next = isoOfDisplay(typed) || (/^\d{2}\/\d{2}\/\d{4}$/.test(typed) ? typed : '');
        if (next !== value) onChange(next);
      }}
    />
  );
}
