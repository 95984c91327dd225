import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { Dialog } from '../../shared/dialog';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, FormButtons, fieldProps, ProblemBanner } from '../../shared/form';
import { ResetPasswordMutation, type UserRow } from './users.documents';

const FIELDS = ['newPassword', 'confirmPassword'] as const;

/** Sets a new password for another user (who then signs in with it). */
export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useI18n();
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [done, setDone] = useState(false);
  const [{ fetching }, reset] = useMutation(ResetPasswordMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (newPassword.length < 10) {
      setProblem({ ...NO_PROBLEM, fields: { newPassword: t('passwordTooShort') } });
      return;
    }
    if (newPassword !== confirmPassword) {
      setProblem({ ...NO_PROBLEM, fields: { confirmPassword: t('passwordMismatch') } });
      return;
    }
    const result = await reset({ userId: user.id, newPassword });
    if (result.data?.resetPassword) setDone(true);
    else setProblem(readProblem(result.error, FIELDS));
  }

  return (
    <Dialog title={t('resetPasswordTitle', { name: user.username })} onClose={onClose} testid="reset-password-dialog">
      {done ? (
        <>
          <div className="alert alert-success" data-testid="form-success">
            {t('passwordReset')}
          </div>
          <div className="button-row">
            <button type="button" className="btn" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <ProblemBanner problem={problem} />
          <Field name="newPassword" label={t('newPassword')} error={problem.fields.newPassword}>
            <input
              {...fieldProps('newPassword')}
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
            />
          </Field>
          <Field name="confirmPassword" label={t('confirmPassword')} error={problem.fields.confirmPassword}>
            <input
              {...fieldProps('confirmPassword')}
              type="password"
              autoComplete="new-password"
              value={confirmPassword}
              onChange={(e) => setConfirmPassword(e.target.value)}
            />
          </Field>
          <FormButtons busy={fetching} submitLabel={t('resetPassword')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
