import { expect, it } from 'vitest';
import { baseUrl, newPage } from '../support/browser.js';
import { apiAs, pickOrganization, signIn } from '../support/session.js';

/** The shared versioned edit dialog, entity picker and pager, through the pages that use them. */

const USER = 'langcan.vanphong';
const stamp = () => Date.now().toString(36).toUpperCase();

it('a stale edit offers reload (the server’s values) or overwrite (mine); a dissolve asks first', async () => {
  const api = await apiAs(USER);
  const parentId = (await api('{ organizationByCode(code: "LB-LC") { id } }')).data.organizationByCode.id;
  const code = `LB-LC-V${stamp()}`;
  const created = await api(
    'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }',
    {
      input: {
        parentId,
        code,
        name: 'Chi bộ Thôn Bản Chợ',
        kind: 'SUBORDINATE_CELL',
        sector: 'COMMUNE',
        establishedOn: '2024-01-02',
      },
    },
  );
  const id: string = created.data.createOrganization.id;
  const rename = async (name: string) => {
    const now = await api('query($id: ID!) { organization(id: $id) { version } }', { id });
    await api('mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }', {
      input: { id, version: now.data.organization.version, name },
    });
  };
  const nameNow = async () =>
    (await api('query($id: ID!) { organization(id: $id) { name status } }', { id })).data.organization;

  const page = await newPage();
  await signIn(page, USER);
  await page.goto(`${baseUrl()}/organizations/${id}`);
  await expect.poll(() => page.getByTestId('org-detail').getAttribute('data-org-code')).toBe(code);

  // reload: someone else renamed it while the dialog was open; the form takes the server's name
  await page.getByTestId('org-edit').click();
  const dialog = page.getByTestId('org-edit-dialog');
  await dialog.getByTestId('field-name').fill('Chi bộ Thôn Bản Chợ (mine)');
  await rename('Chi bộ Thôn Bản Chợ (theirs)');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('conflict').waitFor();
  await dialog.getByTestId('conflict-reload').click();
  await dialog.getByTestId('conflict').waitFor({ state: 'detached' });
  expect(await dialog.getByTestId('field-name').inputValue()).toBe('Chi bộ Thôn Bản Chợ (theirs)');

  // overwrite: renamed again meanwhile; my name is sent over the new version
  await dialog.getByTestId('field-name').fill('Chi bộ Thôn Bản Chợ (mine)');
  await rename('Chi bộ Thôn Bản Chợ (theirs again)');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('conflict-overwrite').click();
  await dialog.waitFor({ state: 'detached' });
  expect((await nameNow()).name).toBe('Chi bộ Thôn Bản Chợ (mine)');

  // a dissolve shows its confirmation first, and nothing changes until it is confirmed
  // (once the page shows the saved record: a dialog opened on the one before would meet a stale version)
  await expect.poll(() => page.getByTestId('org-name').textContent()).toBe('Chi bộ Thôn Bản Chợ (mine)');
  await page.getByTestId('org-dissolve').click();
  const dissolve = page.getByTestId('org-dissolve-dialog');
  await dissolve.getByTestId('form-submit').click();
  await dissolve.getByTestId('confirm').waitFor();
  await dissolve.getByTestId('confirm-cancel').click();
  await dissolve.getByTestId('field-decisionNumber').fill(`${stamp()}-QĐ/ĐU`);
  expect((await nameNow()).status).toBe('ACTIVE');
  await dissolve.getByTestId('form-submit').click();
  await dissolve.getByTestId('confirm-ok').click();
  await dissolve.waitFor({ state: 'detached' });
  expect((await nameNow()).status).toBe('DISSOLVED');
});

it('the member picker offers official members by card number, two at the most', async () => {
  const api = await apiAs(USER);
  const cell = (await api('{ organizationByCode(code: "LB-LC-02") { id } }')).data.organizationByCode.id;
  const officials = await api(
    'query($id: ID!) { members(filter: { withinId: $id, statuses: [OFFICIAL] }, first: 3) { edges { node { id cardNumber } } } }',
    { id: cell },
  );
  const sponsors: { id: string; cardNumber: string }[] = officials.data.members.edges
    .map((e: { node: { id: string; cardNumber: string } }) => e.node)
    .filter((m: { cardNumber: string | null }) => m.cardNumber);
  expect(sponsors.length).toBeGreaterThanOrEqual(2);
  const name = `Hoàng Thị Mai ${stamp()}`;
  const candidate = await api(
    'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id version } }',
    { input: { organizationId: cell, fullName: name, gender: 'FEMALE', dateOfBirth: '2000-04-04', ethnicity: 'Tày' } },
  );
  const { id, version } = candidate.data.createCandidate;
  await api('mutation($input: AdvanceCandidateInput!) { advanceCandidate(input: $input) { stage } }', {
    input: { id, version, to: 'TRAINED', awarenessCourseOn: '2026-03-10' },
  });

  const page = await newPage();
  await signIn(page, USER);
  await page.getByTestId('nav-candidates').click();
  await page.getByTestId('candidate-column-TRAINED').getByTestId(`candidate-card-${id}`).waitFor();
  await page.getByTestId(`candidate-advance-${id}`).click();
  const step = page.getByTestId('candidate-step-dialog');
  const field = step.getByTestId('field-sponsorIds');
  for (const sponsor of sponsors.slice(0, 2)) {
    await field.fill(sponsor.cardNumber);
    await step.getByTestId(`pick-sponsorIds-${sponsor.id}`).click();
    await step.getByTestId(`picked-sponsorIds-${sponsor.id}`).waitFor();
  }
  // full: the search closes until one is removed
  expect(await field.isDisabled()).toBe(true);
  await step.getByTestId(`picked-sponsorIds-${sponsors[0].id}`).getByRole('button').click();
  expect(await field.isDisabled()).toBe(false);
  // one already chosen is not offered again
  await field.fill(sponsors[1].cardNumber);
  await step.locator('.picker-options li', { hasText: 'Không có dữ liệu.' }).waitFor();
  expect(await step.getByTestId(`pick-sponsorIds-${sponsors[1].id}`).count()).toBe(0);
  await step.getByTestId('form-cancel').click();
  await step.waitFor({ state: 'detached' });
});

it('the audit log pages with the shared pager: the page, the page count and the total', async () => {
  const api = await apiAs('admin', 'admin12345');
  const total: number = (await api('{ auditLog(first: 1) { totalCount } }')).data.auditLog.totalCount;
  const page = await newPage();
  await signIn(page, 'admin', 'admin12345');
  await page.goto(`${baseUrl()}/audit`);
  const pages = page.getByTestId('audit-pages');
  await expect.poll(() => pages.textContent()).toMatch(/^Trang 1\/\d+ · [\d.]+ bản ghi$/);
  const [, count, shown] = (await pages.textContent())!.match(/^Trang 1\/(\d+) · ([\d.]+)/)!;
  // other tests write meanwhile: at least what there was, 50 a page
  expect(Number(shown.replace(/\./g, ''))).toBeGreaterThanOrEqual(total);
  expect(Number(count)).toBe(Math.max(1, Math.ceil(Number(shown.replace(/\./g, '')) / 50)));
  expect(await page.getByTestId('audit-prev').isDisabled()).toBe(true);
  if (Number(count) > 1) {
    await page.getByTestId('audit-next').click();
    await expect.poll(() => pages.textContent()).toMatch(/^Trang 2\//);
    await page.getByTestId('audit-prev').click();
    await expect.poll(() => pages.textContent()).toMatch(/^Trang 1\//);
  }
});

it('the form dialogs: a new account (its field errors beside the fields), then its password reset with a success panel', async () => {
  const page = await newPage();
  await signIn(page, 'admin', 'admin12345');
  await page.goto(`${baseUrl()}/users`);
  await page.getByTestId('user-create').click();
  const create = page.getByTestId('user-create-dialog');
  const username = `kiemtra.${stamp().toLowerCase()}`;
  await create.getByTestId('field-username').fill(username);
  await create.getByTestId('field-displayName').fill('Kiểm tra Mẫu');
  await create.getByTestId('field-password').fill('ngan');
  await create.getByTestId('form-submit').click();
  await create.getByTestId('error-password').waitFor();
  await create.getByTestId('field-password').fill('matkhau-dai-du-10');
  await create.getByTestId('field-role').selectOption('DISTRICT_ADMIN');
  await create.getByTestId('field-scopeId').fill('LB');
  await create.getByTestId('pick-scopeId-LB').click();
  await create.getByTestId('form-submit').click();
  await create.waitFor({ state: 'detached' });
  await page.getByTestId(`user-row-${username}`).waitFor();

  await page.getByTestId(`user-reset-${username}`).click();
  const reset = page.getByTestId('reset-password-dialog');
  await reset.getByTestId('field-newPassword').fill('matkhau-moi-2026');
  await reset.getByTestId('field-confirmPassword').fill('matkhau-khac-2026');
  await reset.getByTestId('form-submit').click();
  await reset.getByTestId('error-confirmPassword').waitFor();
  await reset.getByTestId('field-confirmPassword').fill('matkhau-moi-2026');
  await reset.getByTestId('form-submit').click();
  await reset.getByTestId('form-success').waitFor();
  await reset.getByTestId('form-cancel').click();
  await reset.waitFor({ state: 'detached' });
  // the account signs in with the new password
  const me = await (await apiAs(username, 'matkhau-moi-2026'))('{ me { username role scope { code } } }');
  expect(me.data.me).toEqual({ username, role: 'DISTRICT_ADMIN', scope: { code: 'LB' } });
});

it('a transfer in scope: the cell picker leaves out the member’s own cell, a confirmation, then the success panel', async () => {
  const api = await apiAs(USER);
  const cell = async (code: string) =>
    (await api('query($c: String!) { organizationByCode(code: $c) { id } }', { c: code })).data.organizationByCode.id;
  const name = `Lò Văn Chung ${stamp()}`;
  const admitted = await api('mutation($input: AdmitMemberInput!) { admitMember(input: $input) { id } }', {
    input: {
      organizationId: await cell('LB-LC-04'),
      admittedOn: '2026-01-05',
      decisionNumber: `${stamp()}-QĐ/ĐU`,
      person: { fullName: name, gender: 'MALE', dateOfBirth: '1998-06-01', ethnicity: 'Thái' },
    },
  });
  const id: string = admitted.data.admitMember.id;

  const page = await newPage();
  await signIn(page, USER);
  await page.goto(`${baseUrl()}/members/${id}`);
  await page.getByTestId('member-transfer').click();
  const dialog = page.getByTestId('member-transfer-dialog');
  // its own cell is not offered
  await dialog.getByTestId('field-toOrganizationId').fill('LB-LC-04');
  await dialog.locator('.picker-options li', { hasText: 'Không có dữ liệu.' }).waitFor();
  expect(await dialog.getByTestId('pick-toOrganizationId-LB-LC-04').count()).toBe(0);
  await pickOrganization(dialog, 'toOrganizationId', 'LB-LC-06');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('confirm-ok').click();
  await dialog.getByTestId('form-success').waitFor();
  await dialog.getByTestId('form-cancel').click();
  await dialog.waitFor({ state: 'detached' });
  const now = await api('query($id: ID!) { member(id: $id) { organization { code } } }', { id });
  expect(now.data.member.organization.code).toBe('LB-LC-06');
});
