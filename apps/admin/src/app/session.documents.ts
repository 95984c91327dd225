import { graphql, type ResultOf } from '../graphql';

/** The signed-in user, as the layout and the permission checks need it. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    username
    displayName
    role
    scope { id code name }
  }
`);
export type SessionUser = ResultOf<typeof SessionUserFragment>;

export const MeQuery = graphql(
  `
  query Me {
    me { ...SessionUser }
  }
`,
  [SessionUserFragment],
);

export const LoginMutation = graphql(
  `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user { ...SessionUser }
    }
  }
`,
  [SessionUserFragment],
);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
