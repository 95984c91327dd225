import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

/** The alerts the API answers for the user's scope, for comparing with the page. */
async function alertsOf(username: string) {
  const api = await apiAs(username);
  const roots = await api('{ roots { id } }');
  const res = await api('query($id: ID!) { alerts(withinId: $id) { kind member { id } } }', {
    id: roots.data.roots[0].id,
  });
  return res.data.alerts as { kind: string; member: { id: string } | null }[];
}

it('a commune admin lands on the home page: alerts grouped by kind, figures, shortcuts; an alert opens its member', async () => {
  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('home').waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  const expected = await alertsOf('langcan.vanphong');
  expect(expected.some((a) => a.kind === 'PROBATION_OVERDUE')).toBe(true);
  const overdue = page.getByTestId('alert-group-PROBATION_OVERDUE');
  await overdue.waitFor();
  expect(await overdue.textContent()).toContain('Quá hạn xét chuyển chính thức');
  const first = overdue.getByTestId('alert-link').first();
  expect(await first.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  // figures: the current members are a number, and the probationary ones at least the overdue one
  await page.getByTestId('figure-current').waitFor();
  expect(
    Number((await page.getByTestId('figure-probationary').locator('dd').textContent())?.replace(/\D/g, '')),
  ).toBeGreaterThan(0);
  await page.getByTestId('figure-stage-SOURCED').waitFor();
  expect(await page.getByTestId('home-shortcuts').textContent()).toContain('Xử lý chuyển sinh hoạt');
  await screenshot(page, 'home-commune-admin');
  const memberId = expected.find((a) => a.kind === 'PROBATION_OVERDUE')?.member?.id;
  await first.click();
  await page.getByTestId('member-profile').waitFor();
  expect(await page.getByTestId('member-profile').getAttribute('data-member-id')).toBe(memberId);
  expect(new URL(page.url()).pathname).toBe(`/members/${memberId}`);
  expect(await page.getByTestId('member-status').textContent()).toContain('dự bị');
});

it('a district admin sees the district alerts (badges due) and follows one to the member; English on the switch', async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.tochuc');
  const expected = await alertsOf('lambinh.tochuc');
  const badges = expected.filter((a) => a.kind === 'BADGE_DUE');
  expect(badges.length).toBeGreaterThan(8);
  const group = page.getByTestId('alert-group-BADGE_DUE');
  await group.waitFor();
  expect(await group.getByTestId('alert-item').count()).toBe(8);
  expect(await group.locator('.tab-count').textContent()).toBe(String(badges.length));
  await group.getByTestId('alert-more-BADGE_DUE').click();
  await group
    .getByTestId('alert-item')
    .nth(badges.length - 1)
    .waitFor();
  expect(await group.getByTestId('alert-item').count()).toBe(badges.length);
  await screenshot(page, 'home-district-admin');
  await page.getByTestId('lang-switch').click();
  await page.getByText('Party badge due').waitFor();
  expect(await group.getByTestId('alert-link').first().textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
  await group.getByTestId('alert-link').nth(2).click();
  await page.getByTestId('member-profile').waitFor();
  expect(await page.getByTestId('member-profile').getAttribute('data-member-id')).toBe(badges[2].member?.id);
});

it("an inspector's home page: open inspections, remedies due, the alerts, the inspection plan first among the shortcuts and no office work", async () => {
  const page = await newPage();
  await signIn(page, 'lambinh.kiemtra');
  await page.getByTestId('desk-open').waitFor();
  await page.getByTestId('desk-remedies').waitFor();
  await page.getByTestId('home-alerts').waitFor();
  await page.getByTestId('figure-organizations').waitFor();
  const shortcuts = (await page.getByTestId('home-shortcuts').textContent()) ?? '';
  expect(shortcuts).toContain('Danh sách đảng viên');
  expect(shortcuts.startsWith('Kế hoạch kiểm tra, giám sát')).toBe(true);
  expect(shortcuts).not.toContain('Xử lý chuyển sinh hoạt');
  await page.getByTestId('alert-group-PROBATION_OVERDUE').waitFor();
  await screenshot(page, 'home-district-inspector');
});

it('real paths: a deep link opens its page after sign-in, an unknown path says not found, a forbidden page says so', async () => {
  const page = await newPage();
  await signIn(page, 'langcan.kiemtra');
  await page.goto(`${baseUrl()}/no/such/page`);
  await page.getByTestId('not-found').waitFor();
  await page.goto(`${baseUrl()}/users`);
  await page.getByTestId('forbidden').waitFor();
  expect(await page.getByTestId('forbidden').textContent()).toContain('không được mở');
  await page.goto(`${baseUrl()}/#/members`);
  await page.getByTestId('members-table').waitFor();
  expect(new URL(page.url()).pathname).toBe('/members');
  await screenshot(page, 'forbidden-and-not-found');
});
