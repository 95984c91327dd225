import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { apiAs, pickOrganization, signIn } from '../support/session.js';

/** What the API answers now (other browser tests add members to the demo; the seed's own figures: demo.test.ts). */
async function figures(withinId: string | null, termId?: string | null) {
  const api = await apiAs('lambinh.tochuc');
  const { data } = await api(
    `query($w: ID!, $t: ID) { statistics(withinId: $w, termId: $t) { members subordinateCells grassrootsOrganizations admittedInTerm } }`,
    { w: withinId ?? (await api('{ me { scope { id } } }')).data.me.scope.id, t: termId ?? null },
  );
  const shown = (n: number) => n.toLocaleString('vi-VN');
  const s = data.statistics;
  return {
    members: shown(s.members),
    cells: shown(s.subordinateCells),
    grassroots: shown(s.grassrootsOrganizations),
    admitted: shown(s.admittedInTerm),
  };
}

it("the statistics page: Lâm Bình's figures with bars, Lăng Can's as a subtree in a chosen term, and the year's .xlsx", async () => {
  const lamBinh = await figures(null);
  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-statistics').click();
  const figure = (id: string) => page.getByTestId(`stat-${id}`).locator('dd');
  await expect.poll(() => figure('members').textContent()).toBe(lamBinh.members);
  expect(await figure('grassroots').textContent()).toBe(lamBinh.grassroots);
  expect(await page.getByTestId('stat-theory-levels').locator('tbody tr').count()).toBe(5);
  expect(await page.getByTestId('stat-age-bands').locator('tbody tr').count()).toBe(5);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBeLessThanOrEqual(0);
  await screenshot(page, 'statistics-lam-binh');

  // seed 000: Lăng Can township (447 members in 16 cells, 37 admitted in the 2020–2025 term on the fresh demo)
  await pickOrganization(page.getByTestId('statistics'), 'withinId', 'LB-LC');
  await expect.poll(() => new URL(page.url()).searchParams.get('within')).toBeTruthy();
  const withinId = new URL(page.url()).searchParams.get('within');
  const term = page.getByTestId('field-termId');
  const value = await term.locator('option', { hasText: 'Nhiệm kỳ 2020–2025' }).getAttribute('value');
  const langCan = await figures(withinId, value);
  await expect.poll(() => figure('members').textContent()).toBe(langCan.members);
  expect(await figure('cells').textContent()).toBe(langCan.cells);
  await term.selectOption(value!);
  await expect.poll(() => new URL(page.url()).searchParams.get('term')).toBe(value);
  await expect.poll(() => figure('admitted').textContent()).toBe(langCan.admitted);

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
