import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

/** A day as the app shows it (dd/mm/yyyy). */
const shown = (iso: string) => iso.split('-').reverse().join('/');

it('a commune office reaches a cell’s meetings from its page, records one with a named absence, and reads the quarter’s compliance', async () => {
  const api = await apiAs('langcan.vanphong');
  const d = await api(`{ cell: organizationByCode(code: "LB-LC-02") { id name } }`);
  const cell = d.data.cell as { id: string; name: string };
  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'langcan.vanphong');
  await page.goto(new URL(`/organizations/${cell.id}`, page.url()).toString());
  await page.getByTestId('org-meetings-link').click();
  await page.getByTestId('cell-meetings').waitFor();
  expect(await page.getByTestId('cell-meetings').getAttribute('data-org-code')).toBe('LB-LC-02');
  // last year's minutes: the member absent without reason is named
  const lastYear = `${Number(new Date().toISOString().slice(0, 4)) - 1}`;
  await page.goto(
    new URL(
      `/organizations/${cell.id}/meetings?from=${lastYear}-01-01&to=${new Date().toISOString().slice(0, 10)}`,
      page.url(),
    ).toString(),
  );
  await page.getByTestId('meetings-table').waitFor();
  expect(await page.getByTestId('meetings-table').textContent()).toContain('(không lý do)');

  await page.getByTestId('meeting-record').click();
  const dialog = page.getByTestId('record-meeting-dialog');
  await dialog.getByTestId('field-kind').selectOption('THEMATIC');
  await dialog.getByTestId('field-topic').fill('Chuyên đề xây dựng nông thôn mới');
  const roll = dialog.getByTestId('meeting-roll').locator('select');
  const absentName = await roll.first().getAttribute('aria-label');
  await roll.first().selectOption('unexcused');
  expect(await dialog.getByTestId('field-absentees').inputValue()).toBe('1');
  await screenshot(page, 'meetings-record-dialog');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('form-success').waitFor();
  await dialog.getByTestId('form-cancel').click();
  const today = new Date().toISOString().slice(0, 10);
  const row = page.getByTestId(`meeting-${today}-THEMATIC`);
  await row.waitFor();
  expect(await row.textContent()).toContain(shown(today));
  expect(await row.textContent()).toContain(`${absentName} (không lý do)`);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(sideways).toBe(0);

  // the compliance of the commune in the last full quarter: the cell without its thematic meeting is not compliant
  await page.getByTestId('nav-meeting-compliance').click();
  await page.getByTestId('compliance-table').waitFor();
  expect(await page.getByTestId('compliance-LB-LC-05').textContent()).toContain('Chưa đảm bảo');
  expect(await page.getByTestId('compliance-LB-LC-02').textContent()).toContain('Đảm bảo');
  expect(await page.getByTestId('compliance-summary').textContent()).toMatch(/\d+\/\d+ chi bộ đảm bảo/);
  await screenshot(page, 'meetings-compliance');
});
