import { expect, it } from 'vitest';
import { baseUrl, newPage } from '../support/browser.js';
import { signIn } from '../support/session.js';

const focused = (page: Awaited<ReturnType<typeof newPage>>) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

it('works from the keyboard: the login form starts in the user name, a dialog takes focus and gives it back', async () => {
  const page = await newPage();
  await page.goto(baseUrl());
  await page.getByTestId('login-username').waitFor();
  await expect.poll(() => focused(page)).toBe('login-username');

  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-organizations').click();
  await page.getByTestId('org-node-LB-LC').click();
  const opener = page.getByTestId('org-create-child');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('org-create-dialog');
  await dialog.waitFor();
  // focus is on the dialog's first field, and Tab does not leave the dialog
  await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  expect(await focused(page)).toMatch(/^field-/);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  // the close button says what it does
  expect(await dialog.getByTestId('dialog-close').getAttribute('aria-label')).toBe('Đóng');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toBe('org-create-child');
  // the close button also gives focus back
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await dialog.getByTestId('dialog-close').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => focused(page)).toBe('org-create-child');
});
