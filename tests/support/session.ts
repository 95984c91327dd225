import type { Page } from 'playwright-core';
import { baseUrl } from './browser.js';

/** Signs in through the login page and waits for the layout. */
export async function signIn(page: Page, username: string, password = 'dangvu2025') {
  await page.goto(baseUrl());
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** Picks an organisation by code in an organisation picker field. */
export async function pickOrganization(scope: ReturnType<Page['getByTestId']>, name: string, code: string) {
  await scope.getByTestId(`field-${name}`).fill(code);
  await scope.getByTestId(`pick-${name}-${code}`).click();
  await scope.getByTestId(`picked-${name}-${code}`).waitFor();
}

/** The GraphQL API as an admin, for checking what the UI did. */
export async function apiAs(username: string, password = 'dangvu2025') {
  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data: Record<string, any> };
  };
  const token = (
    await call('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: username,
      p: password,
    })
  ).data.login.token as string;
  return (query: string, variables: Record<string, unknown> = {}) => call(query, variables, token);
}
