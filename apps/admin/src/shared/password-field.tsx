import type { Translate } from '../app/i18n';
import { type ApiProblem, NO_PROBLEM } from './errors';
import { Field, fieldProps } from './form';

interface PasswordFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  autoComplete?: string;
}

/** A password input in its field (a new password unless `autoComplete` says otherwise). */
export function PasswordField({ name, label, value, onChange, error, hint, autoComplete }: PasswordFieldProps) {
  return (
    <Field name={name} label={label} error={error} hint={hint}>
      <input
        {...fieldProps(name)}
        type="password"
        autoComplete={autoComplete ?? 'new-password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** What is wrong with a new password and its confirmation before sending (10 characters or more, the same twice). */
export function newPasswordProblem(password: string, confirmation: string, t: Translate): ApiProblem | null {
  if (password.length < 10) return { ...NO_PROBLEM, fields: { newPassword: t('passwordTooShort') } };
  if (password !== confirmation) return { ...NO_PROBLEM, fields: { confirmPassword: t('passwordMismatch') } };
  return null;
}
