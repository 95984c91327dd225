import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { FormDialog } from '../../shared/form-dialog';
import { newPasswordProblem, PasswordField } from '../../shared/password-field';
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

  async function submit() {
    const invalid = newPasswordProblem(newPassword, confirmPassword, t);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    const result = await reset({ userId: user.id, newPassword });
    if (result.data?.resetPassword) setDone(true);
    else setProblem(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={t('resetPasswordTitle', { name: user.username })}
      testid="reset-password-dialog"
      onClose={onClose}
      problem={problem}
      busy={fetching}
      submitLabel={t('resetPassword')}
      onSubmit={() => void submit()}
      done={done ? t('passwordReset') : null}
    >
      <PasswordField
        name="newPassword"
        label={t('newPassword')}
        value={newPassword}
        onChange={setNewPassword}
        error={problem.fields.newPassword}
      />
      <PasswordField
        name="confirmPassword"
        label={t('confirmPassword')}
        value={confirmPassword}
        onChange={setConfirmPassword}
        error={problem.fields.confirmPassword}
      />
    </FormDialog>
  );
}
