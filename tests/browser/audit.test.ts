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

it('filters by user and by action, with the page size, in the URL: a reload keeps them', async () => {
  const api = await apiAs('lambinh.tochuc');
  const me = (await api('{ me { id displayName } }')).data.me as { id: string; displayName: string };
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-audit').click();
  await page.getByTestId('audit-row').first().waitFor();
  await page.getByTestId('field-user').selectOption(me.id);
  await page.getByTestId('field-action').selectOption('login');
  await page.getByTestId('audit-filter').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('login');
  expect(new URL(page.url()).searchParams.get('user')).toBe(me.id);
  await page.getByTestId('audit-size').selectOption('25');
  await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('25');
  const rows = page.getByTestId('audit-row');
  await rows.first().waitFor();
  /** Every row shown is a sign-in by this user (polled: the filtered page replaces the previous one). */
  const check = () =>
    expect
      .poll(async () => {
        const cells = await rows.evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
        );
        return cells.length > 0 && cells.every((c) => c[2] === me.displayName && c[3] === 'Đăng nhập');
      })
      .toBe(true);
  await check();
  const pages = await page.getByTestId('audit-pages').textContent();
  expect(pages).toMatch(/^Trang 1\/\d+ · \d+ bản ghi$/);
  await page.reload();
  await rows.first().waitFor();
  expect(await page.getByTestId('field-user').inputValue()).toBe(me.id);
  expect(await page.getByTestId('field-action').inputValue()).toBe('login');
  expect(await page.getByTestId('audit-size').inputValue()).toBe('25');
  await check();
  expect(await page.getByTestId('audit-pages').textContent()).toBe(pages);
  await screenshot(page, 'audit-filtered-by-user-and-action');
  await page.getByTestId('audit-clear').click();
  // the filters go; the page size stays
  await expect.poll(() => new URL(page.url()).search).toBe('?size=25');
});
