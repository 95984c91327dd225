import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { signIn } from '../support/session.js';

it('runs a query from the bundled playground with the session’s token', async () => {
  const page = await newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await signIn(page, 'langcan.kiemtra');
  await page.getByTestId('nav-playground').click();
  // the editor must hold the default query before Run sends it
  await expect
    .poll(async () => (await page.locator('.graphiql-query-editor').textContent()) ?? '')
    .toContain('displayName');
  await page.getByTestId('playground-run').click();
  await expect
    .poll(async () => (await page.getByTestId('playground-result').textContent()) ?? '', { timeout: 15_000 })
    .toContain('langcan.kiemtra');
  expect(await page.getByTestId('playground-result').textContent()).toContain('COMMUNE_INSPECTOR');
  await screenshot(page, 'playground');
  expect(outside).toEqual([]); // works with no internet: nothing is fetched from elsewhere
});
