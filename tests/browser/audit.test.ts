import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

it('speaks the user’s language: actions, record types and fields by name, dates dd/mm/yyyy, the record linked', async () => {
  const api = await apiAs('lambinh.tochuc');
  const parent = (await api('{ organizationByCode(code: "LB-LC") { id } }')).data.organizationByCode.id;
  const code = `LB-LC-A${Date.now().toString(36).toUpperCase()}`;
  const created = await api('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
    i: {
      code,
      name: 'Chi bộ Thôn Khuổi Phây',
      kind: 'SUBORDINATE_CELL',
      sector: 'VILLAGE',
      establishedOn: '2024-05-19',
      parentId: parent,
    },
  });
  const id = created.data.createOrganization.id as string;

  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-audit').click();
  const type = page.getByTestId('field-entityType');
  expect(await type.evaluate((e) => e.tagName)).toBe('SELECT');
  await type.selectOption('Organization');
  await page.getByTestId('audit-filter').click();
  const row = page.getByTestId('audit-row').filter({ has: page.locator(`a:text-is("${id}")`) });
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  expect(cells).toContain('Thành lập tổ chức');
  expect(cells).toContain('Tổ chức đảng');
  expect(cells.some((c) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d$/.test(c))).toBe(true);
  await row.click();
  const changes = page.getByTestId('audit-changes');
  expect(await changes.locator('tr[data-field="kind"]').textContent()).toBe('Loại—Chi bộ trực thuộc');
  expect(await changes.locator('tr[data-field="establishedOn"]').textContent()).toBe('Ngày thành lập—19/05/2024');
  expect(await changes.textContent()).not.toMatch(/SUBORDINATE_CELL|2024-05-19|establishedOn/);
  await screenshot(page, 'audit-log');

  await page.getByTestId('lang-switch').click();
  await expect.poll(() => changes.locator('tr[data-field="kind"]').textContent()).toBe('Kind—Subordinate cell');
  expect(await row.locator('td').allTextContents()).toContain('Created organisation');

  await row.getByTestId('audit-record-link').click();
  await expect.poll(() => page.getByTestId('org-detail').getAttribute('data-org-code')).toBe(code);
});
