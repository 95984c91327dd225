import type { Role } from '@dangvu/schema';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { type ApiProblem, NO_PROBLEM, readProblem } from '../../shared/errors';
import { Field, fieldProps } from '../../shared/form';
import { FormDialog } from '../../shared/form-dialog';
import { PasswordField } from '../../shared/password-field';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';
import { assignableRoles, defaultRole, RoleOptions } from './role-options';
import { CreateUserMutation } from './users.documents';

const FIELDS = ['username', 'displayName', 'password', 'role', 'scopeId'] as const;

/** A new account: name, password (10 characters or more), role and scope organisation. */
export function UserCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { user: me } = useSession();
  const roles = assignableRoles(me.role);
  const [values, setValues] = useState({ username: '', displayName: '', password: '', role: defaultRole(roles) });
  const [scope, setScope] = useState<OrgRef[]>([]);
  const [problem, setProblem] = useState<ApiProblem>(NO_PROBLEM);
  const [{ fetching }, create] = useMutation(CreateUserMutation);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  async function submit() {
    if (values.password.length < 10) {
      setProblem({ ...NO_PROBLEM, fields: { password: t('passwordTooShort') } });
      return;
    }
    const result = await create({
      input: {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        scopeId: values.role === 'ADMIN' ? null : (scope[0]?.id ?? null),
      },
    });
    if (result.data) onClose();
    else setProblem(readProblem(result.error, FIELDS));
  }

  return (
    <FormDialog
      title={t('userCreate')}
      onClose={onClose}
      testid="user-create-dialog"
      problem={problem}
      busy={fetching}
      submitLabel={t('save')}
      onSubmit={() => void submit()}
    >
      <Field name="username" label={t('username')} error={problem.fields.username}>
        <input
          {...fieldProps('username')}
          autoComplete="off"
          value={values.username}
          onChange={(e) => set({ username: e.target.value })}
        />
      </Field>
      <Field name="displayName" label={t('displayName')} error={problem.fields.displayName}>
        <input
          {...fieldProps('displayName')}
          value={values.displayName}
          onChange={(e) => set({ displayName: e.target.value })}
        />
      </Field>
      <PasswordField
        name="password"
        label={t('password')}
        value={values.password}
        onChange={(password) => set({ password })}
        error={problem.fields.password}
        hint={t('passwordTooShort')}
      />
      <Field name="role" label={t('role')} error={problem.fields.role}>
        <select {...fieldProps('role')} value={values.role} onChange={(e) => set({ role: e.target.value as Role })}>
          <RoleOptions roles={roles} />
        </select>
      </Field>
      {values.role !== 'ADMIN' ? (
        <Field name="scopeId" label={t('scope')} error={problem.fields.scopeId}>
          <EntityPicker name="scopeId" source={orgChoices()} selected={scope} onChange={setScope} />
        </Field>
      ) : null}
    </FormDialog>
  );
}
