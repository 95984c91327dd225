import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { signIn } from '../support/session.js';

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Awaited<ReturnType<typeof newPage>>) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

it('the members list fits 1024 px without horizontal scroll', async () => {
  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-members').click();
  await page.getByTestId('members-table').locator('tbody tr').first().waitFor();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'members-1024');
});

it('list state (search, filter, sort, page size, page) lives in the URL and survives a reload', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-members').click();
  const rows = page.getByTestId('members-table').locator('tbody tr');
  await rows.first().waitFor();
  await page.getByTestId('field-statuses-OFFICIAL').uncheck();
  await page.getByTestId('members-sort-DATE_OF_BIRTH').click();
  await page.getByTestId('members-size').selectOption('25');
  await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('25');
  await expect.poll(() => new URL(page.url()).searchParams.get('statuses')).toContain('PROBATIONARY');
  const pages = await page.getByTestId('members-pages').textContent();
  await page.getByTestId('members-search').fill('Thị');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Thị');
  await expect.poll(() => page.getByTestId('members-pages').textContent()).not.toBe(pages);
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  const before = {
    url: page.url(),
    first: await rows.first().textContent(),
    pages: await page.getByTestId('members-pages').textContent(),
  };
  expect(before.pages).toMatch(/Trang 1\/\d+ · \d+ bản ghi/);
  await page.reload();
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  expect(page.url()).toBe(before.url);
  expect(await page.getByTestId('members-search').inputValue()).toBe('Thị');
  expect(await page.getByTestId('field-statuses-OFFICIAL').isChecked()).toBe(false);
  expect(await page.getByTestId('members-size').inputValue()).toBe('25');
  expect(await page.getByTestId('members-sort-DATE_OF_BIRTH').locator('xpath=..').getAttribute('aria-sort')).toBe(
    'ascending',
  );
  await expect.poll(() => rows.first().textContent()).toBe(before.first);
  expect(await page.getByTestId('members-pages').textContent()).toBe(before.pages);
  // a shared link opens the same list; its second page survives a reload too
  await page.goto(`${baseUrl()}/members?size=25&q=V%C4%83n`);
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  expect(await page.getByTestId('members-search').inputValue()).toBe('Văn');
  await page.getByTestId('members-next').click();
  await expect.poll(() => page.getByTestId('members-pages').textContent()).toMatch(/^Trang 2\//);
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  const second = await rows.first().textContent();
  await page.reload();
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  expect(await page.getByTestId('members-pages').textContent()).toMatch(/^Trang 2\//);
  expect(await rows.first().textContent()).toBe(second);
  await page.getByTestId('members-prev').click();
  await expect.poll(() => page.getByTestId('members-pages').textContent()).toMatch(/^Trang 1\//);
  expect(new URL(page.url()).searchParams.get('after')).toBeNull();
  await screenshot(page, 'members-list-state-after-reload');
});

it('bulk selection: two rows picked, "Xuất 2 dòng đã chọn" downloads a file of those 2 rows', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-members').click();
  const rows = page.getByTestId('members-table').locator('tbody tr');
  await page.locator('[data-testid="members-table"][aria-busy="false"]').waitFor();
  const names = [
    (await rows.nth(1).locator('.member-name').textContent())!,
    (await rows.nth(3).locator('.member-name').textContent())!,
  ];
  await rows.nth(1).locator('[data-testid^="member-select-"]').check();
  await rows.nth(3).locator('[data-testid^="member-select-"]').check();
  expect(await page.getByTestId('members-selected-count').textContent()).toBe('Đã chọn 2 dòng');
  expect(await page.getByTestId('members-select-all').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(
    true,
  );
  await screenshot(page, 'members-bulk-selection');
  const button = page.getByTestId('members-export-selected');
  expect(await button.textContent()).toBe('Xuất 2 dòng đã chọn');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.worksheets[0];
  const exported = [];
  for (let r = 2; r <= ws.rowCount; r++) exported.push(ws.getRow(r).getCell(2).text);
  expect(exported.sort()).toEqual([...names].sort());
  // select all on the page, then clear; a new page starts with nothing picked
  await page.getByTestId('members-select-all').check();
  const size = await rows.count();
  expect(await page.getByTestId('members-selected-count').textContent()).toBe(`Đã chọn ${size} dòng`);
  await page.getByTestId('members-clear-selection').click();
  await page.getByTestId('members-bulk').waitFor({ state: 'detached' });
  await page.getByTestId('members-select-all').check();
  await page.getByTestId('members-next').click();
  await page.getByTestId('members-bulk').waitFor({ state: 'detached' });
});
