import type { Role } from '@dangvu/schema';
import { gql } from 'urql';

/** The signed-in user, as the layout and the permission checks need it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: { id: string; code: string; name: string } | null;
}

const SESSION_USER = `
  id
  username
  displayName
  role
  scope { id code name }
`;

export const MeQuery = gql<{ me: SessionUser | null }>`
  query Me {
    me { ${SESSION_USER} }
  }
`;

export const LoginMutation = gql<
  { login: { token: string; expiresAt: string; user: SessionUser } },
  { username: string; password: string }
>`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user { ${SESSION_USER} }
    }
  }
`;

export const LogoutMutation = gql<{ logout: boolean }>`
  mutation Logout {
    logout
  }
`;

export const ChangePasswordMutation = gql<
  { changePassword: boolean },
  { currentPassword: string; newPassword: string }
>`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;
