import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { signIn } from '../support/session.js';

it('the users list: page size selectable, the pager with total and pages, both surviving a reload', async () => {
  const page = await newPage();
  await signIn(page, 'admin', 'admin12345');
  await page.getByTestId('nav-users').click();
  await page.getByTestId('users-table').waitFor();
  const pages = page.getByTestId('users-pages');
  expect(await pages.textContent()).toMatch(/^Trang 1\/1 · \d+ bản ghi$/);
  const total = Number(/· (\d+) bản ghi/.exec((await pages.textContent()) ?? '')?.[1]);
  expect(await page.getByTestId('users-table').locator('tbody tr').count()).toBe(total);
  await page.getByTestId('users-size').selectOption('25');
  await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('25');
  await page.reload();
  await page.getByTestId('users-table').waitFor();
  expect(await page.getByTestId('users-size').inputValue()).toBe('25');
  expect(await pages.textContent()).toBe(`Trang 1/${Math.ceil(total / 25)} · ${total} bản ghi`);
  await screenshot(page, 'users-page-size');
});

it('the transfers list: tab, status and page size in the URL, kept by a reload', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-transfers').click();
  const rows = page.locator('[data-testid^="transfer-row-"]');
  await rows.first().waitFor();
  const status = (await rows.first().getAttribute('data-status'))!;
  // the list of that status has come back from the api before it is read
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().postData()?.includes(status) === true),
    page.getByTestId('transfers-status').selectOption(status),
  ]);
  await page.getByTestId('transfers-size').selectOption('100');
  await expect.poll(() => new URL(page.url()).search).toBe(`?status=${status}&size=100`);
  const statuses = () => rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-status')));
  const shown = await statuses();
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set([status]));
  const pages = await page.getByTestId('transfers-pages').textContent();
  expect(pages).toBe(`Trang 1/1 · ${shown.length} bản ghi`);
  await page.reload();
  await rows.first().waitFor();
  expect(await page.getByTestId('transfers-status').inputValue()).toBe(status);
  expect(await page.getByTestId('transfers-size').inputValue()).toBe('100');
  expect(await statuses()).toEqual(shown);
  expect(await page.getByTestId('transfers-pages').textContent()).toBe(pages);
  // the other tab keeps the status and the size, and is kept by a reload too
  await page.getByTestId('transfers-tab-outgoing').click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?size=100&tab=outgoing&status=${status}`);
  await page.reload();
  await page.getByTestId('transfers-table').waitFor();
  expect(await page.getByTestId('transfers-tab-outgoing').getAttribute('aria-selected')).toBe('true');
  expect(await page.getByTestId('transfers-status').inputValue()).toBe(status);
  await screenshot(page, 'transfers-url-state');
});
