import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { signIn } from '../support/session.js';

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

it('the header names the user, the role and the scope once each', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  // “Ban Tổ chức Huyện ủy Lâm Bình” already says the role (Ban Tổ chức Huyện ủy): not repeated
  expect(await page.getByTestId('current-user').textContent()).toBe(
    'Ban Tổ chức Huyện ủy Lâm Bình · Đảng bộ huyện Lâm Bình',
  );
  expect(await page.getByTestId('current-role').count()).toBe(0);
  expect(await page.getByTestId('current-user').getAttribute('title')).toBe('Ban Tổ chức Huyện ủy');
  // in English the role is not said by the Vietnamese name, so it is shown
  await page.getByTestId('lang-switch').click();
  await expect.poll(() => page.getByTestId('current-role').textContent()).toBe(' · District organisation board');
  await screenshot(page, 'header-en');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
  await page.getByTestId('login-username').fill('admin');
  await page.getByTestId('login-password').fill('admin12345');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
  const header = (await page.getByTestId('current-user').textContent()) ?? '';
  expect(header.split(' · ').length).toBe(new Set(header.split(' · ')).size);
  await screenshot(page, 'header-admin');
});
