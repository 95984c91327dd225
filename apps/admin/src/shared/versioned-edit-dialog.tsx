import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../app/i18n';
import { ConfirmPanel } from './confirm-panel';
import { Dialog } from './dialog';
import { type ApiProblem, NO_PROBLEM } from './errors';
import { ConflictNotice, FormButtons, ProblemBanner } from './form';
import type { VersionedEdit } from './use-versioned-edit';

interface VersionedEditDialogProps {
  /** The form's state, from `useVersionedEdit`. */
  edit: VersionedEdit;
  title: string;
  testid: string;
  onClose: () => void;
  wide?: boolean;
  /** The problem as the form shows it (e.g. after `placeRules`); `edit.problem` when omitted. */
  problem?: ApiProblem;
  submitLabel: string;
  /** A red submit button, for what cannot be undone. */
  danger?: boolean;
  /** Asked before sending: submitting the form shows this confirmation; a failed send returns to the form. */
  confirm?: string;
  /** No form, only the confirmation (`confirm`); cancelling it closes the dialog. */
  confirmOnly?: boolean;
  /** Runs when the form is submitted; false stops there (a check of the dialog's own). */
  check?: () => boolean;
  /** Shown under the banner, above the form and the confirmation alike. */
  intro?: ReactNode;
  /** Once saved, what the dialog says instead of the form (with a close button); the form while null. */
  done?: ReactNode;
  /** The fields. */
  children?: ReactNode;
}

/**
 * An edit dialog over a record with a `version`: a stale version's
 * reload-or-overwrite notice, the problem banner, the fields, an optional
 * confirmation, and the submit / cancel footer.
 */
export function VersionedEditDialog(props: VersionedEditDialogProps) {
  const {
    edit,
    title,
    testid,
    onClose,
    wide,
    submitLabel,
    danger,
    confirm,
    confirmOnly,
    check,
    intro,
    done,
    children,
  } = props;
  const { t } = useI18n();
  const problem = props.problem ?? edit.problem;
  const [confirming, setConfirming] = useState(Boolean(confirmOnly));
  // a failed send (any new problem) returns from the confirmation to the form
  useEffect(() => {
    if (edit.problem !== NO_PROBLEM && !confirmOnly) setConfirming(false);
  }, [edit.problem, confirmOnly]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (check && !check()) return;
    if (confirm) setConfirming(true);
    else void edit.submit();
  }

  if (done) {
    return (
      <Dialog title={title} onClose={onClose} testid={testid}>
        <div className="alert alert-success" data-testid="form-success">
          {done}
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
      {problem.staleVersion ? (
        <ConflictNotice
          busy={edit.busy}
          onReload={() => void edit.reload()}
          onOverwrite={() => void edit.overwrite()}
        />
      ) : null}
      <ProblemBanner problem={problem} />
      {intro}
      {confirming && confirm ? (
        <ConfirmPanel
          message={confirm}
          busy={edit.busy}
          onConfirm={() => void edit.submit()}
          onCancel={confirmOnly ? onClose : () => setConfirming(false)}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          {children}
          <FormButtons
            busy={edit.busy}
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
