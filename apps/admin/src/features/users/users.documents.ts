import { graphql, type ResultOf, type VariablesOf } from '../../graphql';
import { OrgRefFragment } from '../organizations/organizations.documents';

export const UserRowFragment = graphql(
  `
  fragment UserRow on User {
    id
    username
    displayName
    role
    scope { ...OrgRef }
    active
    lastLoginAt
    version
  }
`,
  [OrgRefFragment],
);
export type UserRow = ResultOf<typeof UserRowFragment>;

export const UsersQuery = graphql(
  `
  query Users($first: Int) {
    users(first: $first) { ...UserRow }
  }
`,
  [UserRowFragment],
);

export const CreateUserMutation = graphql(
  `
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...UserRow }
  }
`,
  [UserRowFragment],
);

export const UpdateUserMutation = graphql(
  `
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) { ...UserRow }
  }
`,
  [UserRowFragment],
);
export type UpdateUserInput = VariablesOf<typeof UpdateUserMutation>['input'];

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($userId: ID!, $newPassword: String!) {
    resetPassword(userId: $userId, newPassword: $newPassword)
  }
`);
