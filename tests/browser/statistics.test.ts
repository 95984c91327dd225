import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { pickOrganization, signIn } from '../support/session.js';

it("the statistics page: Lâm Bình's figures with bars, Lăng Can's as a subtree in a chosen term, and the year's .xlsx", async () => {
  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-statistics').click();
  const figure = (id: string) => page.getByTestId(`stat-${id}`).locator('dd');
  await expect.poll(() => figure('members').textContent()).toBe('3.685');
  expect(await figure('grassroots').textContent()).toBe('27');
  expect(await page.getByTestId('stat-theory-levels').locator('tbody tr').count()).toBe(5);
  expect(await page.getByTestId('stat-age-bands').locator('tbody tr').count()).toBe(5);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);
  await screenshot(page, 'statistics-lam-binh');

  // seed 000: Lăng Can township, 447 members in 16 cells, 37 admitted in the 2020–2025 term
  await pickOrganization(page.getByTestId('statistics'), 'withinId', 'LB-LC');
  await expect.poll(() => figure('members').textContent()).toBe('447');
  expect(await figure('cells').textContent()).toBe('16');
  const term = page.getByTestId('field-termId');
  const value = await term.locator('option', { hasText: 'Nhiệm kỳ 2020–2025' }).getAttribute('value');
  await term.selectOption(value!);
  await expect.poll(() => new URL(page.url()).searchParams.get('term')).toBe(value);
  await expect.poll(() => figure('admitted').textContent()).toBe('37');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('statistics-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^thong-ke-LB-LC-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(
    readFileSync((await download.path())!)
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
});
