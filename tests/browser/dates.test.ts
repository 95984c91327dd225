import { expect, it } from 'vitest';
import { newPage, screenshot } from '../support/browser.js';
import { apiAs, pickOrganization, signIn } from '../support/session.js';

it('a date is typed and shown as dd/mm/yyyy in an English-locale browser: 05/03/2021 saves 2021-03-05', async () => {
  const page = await newPage('en');
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-members').click();
  await page.getByTestId('members-table').waitFor();
  await page.getByTestId('member-register').click();
  const dialog = page.getByTestId('member-register-dialog');
  await dialog.waitFor();
  // today's default is shown dd/mm/yyyy, not the browser's mm/dd/yyyy
  const admitted = dialog.getByTestId('field-admittedOn');
  expect(await admitted.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(await admitted.getAttribute('placeholder')).toBe('dd/mm/yyyy');
  await pickOrganization(dialog, 'organizationId', 'LB-LC-07');
  await admitted.fill('');
  await admitted.pressSequentially('05032021');
  expect(await admitted.inputValue()).toBe('05/03/2021');
  const name = `Lý Thị Hoa ${Date.now().toString(36)}`;
  await dialog.getByTestId('field-fullName').fill(name);
  await dialog.getByTestId('field-gender').selectOption('FEMALE');
  const born = dialog.getByTestId('field-dateOfBirth');
  await born.pressSequentially('31021990'); // no 31 February: the API names the field
  await dialog.getByTestId('field-ethnicity').fill('Nùng');
  await dialog.getByTestId('form-submit').click();
  expect(await dialog.getByTestId('error-dateOfBirth').textContent()).toBe(
    'Không phải một ngày (nhập dd/mm/yyyy; API: YYYY-MM-DD).',
  );
  await screenshot(page, 'date-input-en-locale');
  await born.fill('15/08/1990');
  await dialog.getByTestId('form-submit').click();
  await page.getByTestId('member-profile').waitFor();
  const api = await apiAs('langcan.vanphong');
  const found = await api(
    'query($s: String) { members(filter: { search: $s }) { edges { node { admittedOn dateOfBirth } } } }',
    {
      s: name,
    },
  );
  expect(found.data.members.edges).toEqual([{ node: { admittedOn: '2021-03-05', dateOfBirth: '1990-08-15' } }]);
});
