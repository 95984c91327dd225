import type { ReactNode } from 'react';
import { type MessageKey, useI18n } from '../app/i18n';
import type { ApiProblem, RuleViolation } from './errors';

interface FieldProps {
  /** The input's name; the error element is `error-<name>`. */
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Party rules that forbade the change, shown under this field (see `placeRules`). */
  rules?: RuleViolation[];
  children: ReactNode;
}

/** A label above its input, the field's error in red beside it. */
export function Field({ name, label, error, hint, rules = [], children }: FieldProps) {
  return (
    <div className={error || rules.length > 0 ? 'field field-invalid' : 'field'}>
      <label htmlFor={`f-${name}`}>{label}</label>
      <div className="field-row">
        {children}
        {error ? (
          <span className="field-error" data-testid={`error-${name}`} role="alert">
            {error}
          </span>
        ) : null}
      </div>
      {rules.map((rule) => (
        <RuleNote key={`${rule.rule}-${rule.message}`} rule={rule} />
      ))}
      {hint && !error ? <small className="field-hint">{hint}</small> : null}
    </div>
  );
}

/** One violated party rule: its message and, under it, the regulation it comes from. */
export function RuleNote({ rule }: { rule: RuleViolation }) {
  const { t } = useI18n();
  return (
    <div className="rule-violation field-rule" data-testid="rule-violation" data-rule={rule.rule ?? undefined}>
      <p>{rule.message}</p>
      {rule.source ? <p className="rule-source">{t('source', { source: rule.source })}</p> : null}
    </div>
  );
}

/**
 * The messages of a failed request that belong to no field, and party rule
 * violations with the regulation they come from.
 */
export function ProblemBanner({ problem }: { problem: ApiProblem }) {
  const { t } = useI18n();
  if (problem.general.length === 0 && problem.unplaced.length === 0 && problem.rules.length === 0) return null;
  // a field the form does not show, by its label when the app has one (never its code)
  const named = (field: string) => (t(field as MessageKey) !== field ? `${t(field as MessageKey)}: ` : '');
  return (
    <div className="alert alert-error" role="alert" data-testid="form-error">
      {problem.general.map((message) => (
        <p key={message}>{problem.codes.includes('NETWORK') ? t('networkError') : message}</p>
      ))}
      {problem.unplaced.map(({ field, message }) => (
        <p key={`${field}-${message}`} data-field={field}>
          {named(field)}
          {message}
        </p>
      ))}
      {problem.rules.map((rule) => (
        <div
          key={`${rule.rule}-${rule.message}`}
          className="rule-violation"
          data-testid="rule-violation"
          data-rule={rule.rule ?? undefined}
        >
          <p>{rule.message}</p>
          {rule.source ? <p className="rule-source">{t('source', { source: rule.source })}</p> : null}
        </div>
      ))}
    </div>
  );
}

interface ConflictNoticeProps {
  onReload: () => void;
  onOverwrite: () => void;
  busy?: boolean;
}

/** A stale `version`: reload the record (dropping the edits) or overwrite it. */
export function ConflictNotice({ onReload, onOverwrite, busy }: ConflictNoticeProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-warning" role="alert" data-testid="conflict">
      <p>{t('conflictMessage')}</p>
      <div className="button-row">
        <button type="button" className="btn" data-testid="conflict-reload" disabled={busy} onClick={onReload}>
          {t('conflictReload')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          data-testid="conflict-overwrite"
          disabled={busy}
          onClick={onOverwrite}
        >
          {t('conflictOverwrite')}
        </button>
      </div>
    </div>
  );
}

/** The id, name and test id every form input carries: `field-<name>`. */
export function fieldProps(name: string) {
  return { id: `f-${name}`, name, 'data-testid': `field-${name}` };
}

interface FormButtonsProps {
  busy?: boolean;
  submitLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  danger?: boolean;
}

/** Submit (`form-submit`) and cancel, at the bottom of a form. */
export function FormButtons({ busy, submitLabel, cancelLabel, onCancel, danger }: FormButtonsProps) {
  return (
    <div className="button-row form-buttons">
      <button
        type="submit"
        className={danger ? 'btn btn-danger' : 'btn btn-primary'}
        data-testid="form-submit"
        disabled={busy}
      >
        {submitLabel}
      </button>
      <button type="button" className="btn" data-testid="form-cancel" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
