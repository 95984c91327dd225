import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';

it('signs in: a wrong password shows the server’s message, the right one opens the app for the role', async () => {
  const page = await newPage();
  await page.goto(baseUrl());
  await page.getByTestId('login-username').fill('langcan.vanphong');
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect
    .poll(() => page.getByTestId('login-error').textContent())
    .toContain('Tên đăng nhập hoặc mật khẩu không đúng');
  await page.getByTestId('login-password').fill('dangvu2025');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  expect(await page.getByTestId('current-scope').textContent()).toContain('Lăng Can');
  // a commune office manages no users and reads no audit log
  expect(await page.getByTestId('nav-organizations').count()).toBe(1);
  expect(await page.getByTestId('nav-users').count()).toBe(0);
  expect(await page.getByTestId('nav-audit').count()).toBe(0);
  await screenshot(page, 'login');
  // English on request
  await page.getByTestId('lang-switch').click();
  await expect.poll(() => page.getByTestId('nav-organizations').textContent()).toMatch(/Organi[sz]ations/);
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
});
