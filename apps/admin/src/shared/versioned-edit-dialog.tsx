import { useEffect, useState } from 'react';
import { ConfirmPanel } from './confirm-panel';
import { type ApiProblem, NO_PROBLEM } from './errors';
import { ConflictNotice } from './form';
import { FormDialog, type FormDialogProps } from './form-dialog';
import type { VersionedEdit } from './use-versioned-edit';

interface VersionedEditDialogProps
  extends Omit<FormDialogProps, 'problem' | 'busy' | 'onSubmit' | 'notice' | 'instead'> {
  /** The form's state, from `useVersionedEdit`. */
  edit: VersionedEdit;
  /** The problem as the form shows it (e.g. after `placeRules`); `edit.problem` when omitted. */
  problem?: ApiProblem;
  /** Asked before sending: submitting the form shows this confirmation; a failed send returns to the form. */
  confirm?: string;
  /** No form, only the confirmation (`confirm`); cancelling it closes the dialog. */
  confirmOnly?: boolean;
  /** Runs when the form is submitted; false stops there (a check of the dialog's own). */
  check?: () => boolean;
}

/**
 * An edit dialog over a record with a `version`: a stale version's
 * reload-or-overwrite notice, the problem banner, the fields, an optional
 * confirmation, the submit / cancel footer and an optional success panel.
 */
export function VersionedEditDialog({ edit, confirm, confirmOnly, check, ...props }: VersionedEditDialogProps) {
  const problem = props.problem ?? edit.problem;
  const [confirming, setConfirming] = useState(Boolean(confirmOnly));
  // a failed send (any new problem) returns from the confirmation to the form
  useEffect(() => {
    if (edit.problem !== NO_PROBLEM && !confirmOnly) setConfirming(false);
  }, [edit.problem, confirmOnly]);

  function submit() {
    if (check && !check()) return;
    if (confirm) setConfirming(true);
    else void edit.submit();
  }

  return (
    <FormDialog
      {...props}
      problem={problem}
      busy={edit.busy}
      onSubmit={submit}
      notice={
        problem.staleVersion ? (
          <ConflictNotice
            busy={edit.busy}
            onReload={() => void edit.reload()}
            onOverwrite={() => void edit.overwrite()}
          />
        ) : null
      }
      instead={
        confirming && confirm ? (
          <ConfirmPanel
            message={confirm}
            busy={edit.busy}
            onConfirm={() => void edit.submit()}
            onCancel={confirmOnly ? props.onClose : () => setConfirming(false)}
          />
        ) : null
      }
    />
  );
}
