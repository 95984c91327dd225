import { can, ROLE_LABELS } from '@dangvu/schema';
import { useState } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { useClientPages } from '../../shared/client-pages';
import { readProblem } from '../../shared/errors';
import { ProblemBanner } from '../../shared/form';
import { collator, formatDateTime } from '../../shared/format';
import { Pager } from '../../shared/pager';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserCreateDialog } from './user-create-dialog';
import { UserEditDialog } from './user-edit-dialog';
import { type UserRow, UsersQuery } from './users.documents';

type Action = { kind: 'create' } | { kind: 'edit'; user: UserRow } | { kind: 'reset'; user: UserRow } | null;

/** The users the caller may see (ADMIN all, DISTRICT_ADMIN its district's), with create, edit and reset. */
export function UsersPage() {
  const { t, l } = useI18n();
  const { user: me } = useSession();
  const [action, setAction] = useState<Action>(null);
  const [{ data, error, fetching }] = useQuery({ query: UsersQuery, variables: { first: 200 } });
  const manage = can(me.role, 'user:manage');
  const all = [...(data?.users ?? [])].sort((a, b) => collator.compare(a.username, b.username));
  const { rows: users, pager } = useClientPages('/users', all);
  const close = () => setAction(null);

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('usersTitle')}</h1>
        {manage ? (
          <button
            type="button"
            className="btn btn-primary"
            data-testid="user-create"
            onClick={() => setAction({ kind: 'create' })}
          >
            {t('userCreate')}
          </button>
        ) : null}
      </div>
      {error ? <ProblemBanner problem={readProblem(error)} /> : null}
      {!data && fetching ? <p className="muted">{t('loading')}</p> : null}
      {data ? (
        <table className="table" data-testid="users-table">
          <thead>
            <tr>
              <th>{t('username')}</th>
              <th>{t('displayName')}</th>
              <th>{t('role')}</th>
              <th>{t('scope')}</th>
              <th>{t('active')}</th>
              <th>{t('lastLogin')}</th>
              {manage ? <th>{t('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.username}`} className={u.active ? undefined : 'row-muted'}>
                <td className="mono">{u.username}</td>
                <td>{u.displayName}</td>
                <td>{l(ROLE_LABELS, u.role)}</td>
                <td>{u.scope ? u.scope.name : t('wholeSystem')}</td>
                <td>
                  <span className={u.active ? 'badge badge-active' : 'badge badge-dissolved'}>
                    {u.active ? t('active') : t('locked')}
                  </span>
                </td>
                <td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : <span className="muted">{t('never')}</span>}</td>
                {manage ? (
                  <td className="cell-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid={`user-edit-${u.username}`}
                      onClick={() => setAction({ kind: 'edit', user: u })}
                    >
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      data-testid={`user-reset-${u.username}`}
                      onClick={() => setAction({ kind: 'reset', user: u })}
                    >
                      {t('resetPassword')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
            {users.length === 0 ? (
              <tr>
                <td colSpan={manage ? 7 : 6} className="muted">
                  {t('noData')}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ) : null}
      {data ? <Pager testid="users" busy={fetching} {...pager} /> : null}
      {action?.kind === 'create' ? <UserCreateDialog onClose={close} /> : null}
      {action?.kind === 'edit' ? <UserEditDialog user={action.user} onClose={close} /> : null}
      {action?.kind === 'reset' ? <ResetPasswordDialog user={action.user} onClose={close} /> : null}
    </div>
  );
}
