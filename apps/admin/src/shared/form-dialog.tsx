import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { Dialog } from './dialog';
import type { ApiProblem } from './errors';
import { FormButtons, ProblemBanner } from './form';

export interface FormDialogProps {
  title: string;
  testid: string;
  onClose: () => void;
  wide?: boolean;
  /** What the last request (or the dialog's own check) found wrong. */
  problem: ApiProblem;
  busy?: boolean;
  submitLabel: string;
  /** A red submit button, for what cannot be undone. */
  danger?: boolean;
  /** The form was submitted (the browser's own submit is prevented). */
  onSubmit: () => void;
  /** Above the problem banner, e.g. a stale version's notice. */
  notice?: ReactNode;
  /** Under the banner, above the form and what replaces it alike. */
  intro?: ReactNode;
  /** Shown instead of the form while set, e.g. a confirmation. */
  instead?: ReactNode;
  /** Once done, what the dialog says instead of everything else (with a close button). */
  done?: ReactNode;
  /** The fields. */
  children?: ReactNode;
}

/**
 * A dialog around one form: the problem banner, the fields, the submit /
 * cancel footer, and once done a success panel. Create dialogs use it as it
 * is; `VersionedEditDialog` adds the stale-version notice and a confirmation.
 */
export function FormDialog(props: FormDialogProps) {
  const { title, testid, onClose, wide, problem, busy, submitLabel, danger, onSubmit } = props;
  const { t } = useI18n();
  if (props.done) {
    return (
      <Dialog title={title} onClose={onClose} testid={testid}>
        <div className="alert alert-success" data-testid="form-success">
          {props.done}
        </div>
        <div className="button-row">
          <button type="button" className="btn" data-testid="form-cancel" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={title} onClose={onClose} testid={testid} wide={wide}>
      {props.notice}
      <ProblemBanner problem={problem} />
      {props.intro}
      {props.instead ?? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
          noValidate
        >
          {props.children}
          <FormButtons
            busy={busy}
            danger={danger}
            submitLabel={submitLabel}
            cancelLabel={t('cancel')}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  );
}
