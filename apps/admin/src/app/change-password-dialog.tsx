import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { Dialog } from '../shared/dialog';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../shared/errors';
import { Field, FormButtons, ProblemBanner } from '../shared/form';
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (values.newPassword.length < 10) {
      setProblem({ ...NO_PROBLEM, fields: { newPassword: t('passwordTooShort') } });
      return;
    }
    if (values.newPassword !== values.confirmPassword) {
      setProblem({ ...NO_PROBLEM, fields: { confirmPassword: t('passwordMismatch') } });
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
    <Field name={name} label={label} error={problem.fields[name]}>
      <input
        id={`f-${name}`}
        data-testid={`field-${name}`}
        type="password"
        autoComplete={autoComplete}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </Field>
  );

  return (
    <Dialog title={t('changePassword')} onClose={onClose} testid="change-password-dialog">
      {done ? (
        <>
          <div className="alert alert-success" data-testid="form-success">
            {t('passwordChanged')}
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
          {input('currentPassword', t('currentPassword'), 'current-password')}
          {input('newPassword', t('newPassword'), 'new-password')}
          {input('confirmPassword', t('confirmPassword'), 'new-password')}
          <FormButtons busy={fetching} submitLabel={t('save')} cancelLabel={t('cancel')} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
