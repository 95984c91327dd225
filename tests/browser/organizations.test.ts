import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

it('browses the tree and finds an organisation without diacritics', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-organizations').click();
  await page.getByTestId('org-node-LB').waitFor();
  await page.getByTestId('org-node-LB-LC').waitFor();
  await page.getByTestId('org-toggle-LB-LC').click();
  await page.getByTestId('org-node-LB-LC-01').waitFor();
  expect(await page.getByTestId('org-node-LB-LC-01').textContent()).toContain('Nặm Đíp');
  await page.getByTestId('org-node-LB-LC').click();
  await expect.poll(() => page.getByTestId('org-detail').getAttribute('data-org-code')).toBe('LB-LC');
  // the count the API gives (other tests may have admitted members into the demo township)
  const api = await apiAs('lambinh.tochuc');
  const count = (await api('{ organizationByCode(code: "LB-LC") { memberCount } }')).data.organizationByCode
    .memberCount;
  expect(count).toBeGreaterThanOrEqual(447);
  expect((await page.getByTestId('org-member-count').textContent())?.replace(/\D/g, '')).toBe(String(count));
  await page.getByTestId('org-search').fill('thuong lam');
  await page.getByTestId('org-result-LB-TL').waitFor();
  // nothing of another district shows up for a district user: Na Hang's township is not found
  await page.getByTestId('org-search').fill('thi tran na hang');
  await expect.poll(() => page.getByTestId('org-search-results').textContent()).toMatch(/\(0\)/);
  expect(await page.getByTestId('org-result-NH-NH').count()).toBe(0);
  await page.getByTestId('org-search').fill('thuong lam');
  await page.getByTestId('org-result-LB-TL').waitFor();
  await screenshot(page, 'organization-tree');
});

it('shows the field errors of a failed create beside the fields, then creates once corrected', async () => {
  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-organizations').click();
  await page.getByTestId('org-node-LB-LC').click();
  await page.getByTestId('org-create-child').click();
  const dialog = page.getByTestId('org-create-dialog');
  await dialog.waitFor();
  const code = `LB-LC-T${Date.now().toString(36).toUpperCase()}`;
  await dialog.getByTestId('field-code').fill('mã sai!');
  await dialog.getByTestId('field-name').fill('Chi bộ Thôn Nà Lằn');
  await dialog.getByTestId('field-establishedOn').fill('19/05/2024');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('error-code').waitFor();
  expect(await dialog.getByTestId('error-code').textContent()).toContain('Mã chỉ gồm');
  await screenshot(page, 'organization-create-error');
  await dialog.getByTestId('field-code').fill(code);
  await dialog.getByTestId('form-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId(`org-node-${code}`).waitFor();
  await screenshot(page, 'organization-created');
});

it('offers “Thêm tổ chức trực thuộc” only where the user may create something', async () => {
  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  const open = async (code: string) => {
    await page.goto(`${baseUrl()}/organizations`);
    await page.getByTestId('org-search').fill(code);
    await page.getByTestId(`org-result-${code}`).click();
    await expect.poll(() => page.getByTestId('org-detail').getAttribute('data-org-code')).toBe(code);
  };
  // the commune office: cells under its own committee, nothing under a cell (it may still edit the cell)
  await open('LB-LC');
  expect(await page.getByTestId('org-create-child').count()).toBe(1);
  await page.getByTestId('org-create-child').click();
  const kinds = await page
    .getByTestId('org-create-dialog')
    .getByTestId('field-kind')
    .locator('option')
    .allTextContents();
  expect(kinds).toEqual(['Chi bộ trực thuộc']);
  await page.keyboard.press('Escape');
  await open('LB-LC-07');
  await page.getByTestId('org-edit').waitFor();
  expect(await page.getByTestId('org-create-child').count()).toBe(0);
});
