import { useState } from 'react';
import { useMutation } from 'urql';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../shared/errors';
import { FormDialog } from '../shared/form-dialog';
import { newPasswordProblem, PasswordField } from '../shared/password-field';
import { useI18n } from './i18n';
import { ChangePasswordMutation } from './session.documents';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

/** Changes the signed-in user's own password. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [done, setDone] = useState(false);
  const [{ fetching }, change] = useMutation(ChangePasswordMutation);

  async function submit() {
    const invalid = newPasswordProblem(values.newPassword, values.confirmPassword, t);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    const result = await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.data?.changePassword) {
      setDone(true);
      setProblem(NO_PROBLEM);
    } else {
      setProblem(readProblem(result.error, FIELDS));
    }
  }

  const input = (name: (typeof FIELDS)[number], label: string, autoComplete: string) => (
    <PasswordField
      name={name}
      label={label}
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(value) => setValues({ ...values, [name]: value })}
      error={problem.fields[name]}
    />
  );

  return (
    <FormDialog
      title={t('changePassword')}
      testid="change-password-dialog"
      onClose={onClose}
      problem={problem}
      busy={fetching}
      submitLabel={t('save')}
      onSubmit={() => void submit()}
      done={done ? t('passwordChanged') : null}
    >
      {input('currentPassword', t('currentPassword'), 'current-password')}
      {input('newPassword', t('newPassword'), 'new-password')}
      {input('confirmPassword', t('confirmPassword'), 'new-password')}
    </FormDialog>
  );
}
