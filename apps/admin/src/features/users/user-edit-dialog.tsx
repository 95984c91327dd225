import type { Role } from '@dangvu/schema';
import { useMutation } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { EntityPicker } from '../../shared/entity-picker';
import { Field, fieldProps } from '../../shared/form';
import { useLatest } from '../../shared/use-latest';
import { useVersionedEdit } from '../../shared/use-versioned-edit';
import { VersionedEditDialog } from '../../shared/versioned-edit-dialog';
import { orgChoices } from '../organizations/org-choices';
import type { OrgRef } from '../organizations/organizations.documents';
import { assignableRoles, RoleOptions } from './role-options';
import { type UpdateUserInput, UpdateUserMutation, type UserRow, UsersQuery } from './users.documents';

const FIELDS = ['displayName', 'role', 'scopeId', 'active'] as const;
type Values = { displayName: string; role: Role; scope: OrgRef[]; active: boolean };

const toValues = (u: UserRow): Values => ({
  displayName: u.displayName,
  role: u.role,
  scope: u.scope ? [u.scope] : [],
  active: u.active,
});

/** Edits display name, role, scope and whether the account may sign in; a stale version offers reload or overwrite. */
export function UserEditDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useI18n();
  const { user: me } = useSession();
  const [, update] = useMutation(UpdateUserMutation);
  const edit = useVersionedEdit<UserRow, Values>({
    record: user,
    toValues,
    knownFields: FIELDS,
    fetchLatest: useLatest(UsersQuery, { first: 200 }, (d) => d.users.find((u) => u.id === user.id)),
    send: async (record, values, initial) => {
      const input: UpdateUserInput = { id: record.id, version: record.version };
      if (values.displayName.trim() !== initial.displayName) input.displayName = values.displayName.trim();
      if (values.role !== initial.role) input.role = values.role;
      const scopeId = values.role === 'ADMIN' ? null : (values.scope[0]?.id ?? null);
      if (scopeId !== (initial.scope[0]?.id ?? null) || values.role !== initial.role) input.scopeId = scopeId;
      if (values.active !== initial.active) input.active = values.active;
      return update({ input });
    },
    onSaved: onClose,
  });
  const { values, setValues, problem } = edit;
  const roles = assignableRoles(me.role);
  const roleChoices = roles.includes(values.role) ? roles : [values.role, ...roles];

  return (
    <VersionedEditDialog
      edit={edit}
      title={t('userEditTitle', { name: user.username })}
      testid="user-edit-dialog"
      onClose={onClose}
      submitLabel={t('save')}
    >
      <Field name="displayName" label={t('displayName')} error={problem.fields.displayName}>
        <input
          {...fieldProps('displayName')}
          value={values.displayName}
          onChange={(e) => setValues({ ...values, displayName: e.target.value })}
        />
      </Field>
      <Field name="role" label={t('role')} error={problem.fields.role}>
        <select
          {...fieldProps('role')}
          value={values.role}
          onChange={(e) => setValues({ ...values, role: e.target.value as Role })}
        >
          <RoleOptions roles={roleChoices} />
        </select>
      </Field>
      {values.role !== 'ADMIN' ? (
        <Field name="scopeId" label={t('scope')} error={problem.fields.scopeId}>
          <EntityPicker
            name="scopeId"
            source={orgChoices()}
            selected={values.scope}
            onChange={(scope) => setValues({ ...values, scope })}
          />
        </Field>
      ) : null}
      <Field name="active" label={t('active')} error={problem.fields.active}>
        <input
          {...fieldProps('active')}
          type="checkbox"
          checked={values.active}
          onChange={(e) => setValues({ ...values, active: e.target.checked })}
        />
      </Field>
    </VersionedEditDialog>
  );
}
