import type { Role } from '@dangvu/schema';
import { gql } from 'urql';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  scope: { id: string; code: string; name: string } | null;
  active: boolean;
  lastLoginAt: string | null;
  version: number;
}

const USER = `
  id
  username
  displayName
  role
  scope { id code name }
  active
  lastLoginAt
  version
`;

export const UsersQuery = gql<{ users: UserRow[] }, { first: number }>`
  query Users($first: Int) {
    users(first: $first) { ${USER} }
  }
`;

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scopeId: string | null;
}

export const CreateUserMutation = gql<{ createUser: UserRow }, { input: CreateUserInput }>`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ${USER} }
  }
`;

export interface UpdateUserInput {
  id: string;
  version: number;
  displayName?: string;
  role?: Role;
  scopeId?: string | null;
  active?: boolean;
}

export const UpdateUserMutation = gql<{ updateUser: UserRow }, { input: UpdateUserInput }>`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { ${USER} }
  }
`;

export const ResetPasswordMutation = gql<{ resetPassword: boolean }, { userId: string; newPassword: string }>`
  mutation ResetPassword($userId: ID!, $newPassword: String!) {
    resetPassword(userId: $userId, newPassword: $newPassword)
  }
`;
