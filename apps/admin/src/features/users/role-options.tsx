import { ROLE_LABELS, ROLES, type Role } from '@dangvu/schema';
import { useI18n } from '../../app/i18n';

/** The roles a user of `role` may hand out: an ADMIN any, a DISTRICT_ADMIN only the commune roles. */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === 'ADMIN') return ROLES;
  if (role === 'DISTRICT_ADMIN') return ['COMMUNE_ADMIN', 'COMMUNE_INSPECTOR'];
  return [];
}

/** The role a new account most often gets: a commune office. */
export function defaultRole(roles: readonly Role[]): Role {
  return roles.includes('COMMUNE_ADMIN') ? 'COMMUNE_ADMIN' : roles[0];
}

export function RoleOptions({ roles }: { roles: readonly Role[] }) {
  const { l } = useI18n();
  return (
    <>
      {roles.map((r) => (
        <option key={r} value={r}>
          {l(ROLE_LABELS, r)}
        </option>
      ))}
    </>
  );
}
