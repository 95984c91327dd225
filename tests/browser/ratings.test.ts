import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

interface Node {
  id: string;
  fullName: string;
  ratings: { year: number; grade: string }[];
  disciplines: { decidedOn: string }[];
}

it('a commune office rates a member again, offered only the grade of its score; the summary, the list, the profile and the organisation page show it', async () => {
  const api = await apiAs('langcan.vanphong');
  const { organizationByCode: commune } = (await api('{ organizationByCode(code: "LB-LC") { id } }')).data;
  const roll = await api(
    `query($w: ID!) { members(filter: { withinId: $w }, first: 50) { edges { node {
      id fullName ratings { year grade } disciplines { decidedOn } } } } }`,
    { w: commune.id },
  );
  const member = roll.data.members.edges
    .map((e: { node: Node }) => e.node)
    .find(
      (m: Node) =>
        m.ratings.some((r) => r.year === 2024 && r.grade === 'GOOD') &&
        !m.disciplines.some((d) => d.decidedOn.startsWith('2024')),
    ) as Node;
  expect(member).toBeTruthy();
  const before = (
    await api(`query($w: ID!) { ratingSummary(withinId: $w, year: 2024) { members { excellent good } } }`, {
      w: commune.id,
    })
  ).data.ratingSummary.members;

  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-ratings').click();
  await page.getByTestId('rating-summary').waitFor();
  await page.getByTestId('field-year').selectOption('2024');
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
  await expect
    .poll(() => page.getByTestId('summary-members-GOOD').textContent())
    .toContain(before.good.toLocaleString('vi-VN'));
  expect(await page.getByTestId('quota-members').count()).toBe(0);
  // the commune's own organisation is rated by the level above; its cells by the commune
  await page.getByTestId('rating-org-LB-LC').waitFor();
  expect(await page.getByTestId('rating-org-LB-LC-rate').count()).toBe(0);
  expect(await page.getByTestId('rating-org-LB-LC-14-rate').count()).toBe(1);
  expect(await sideways(page)).toBe(0);

  const grade = page.getByTestId(`rating-member-${member.id}-grade`);
  expect(await grade.textContent()).toBe('Hoàn thành tốt nhiệm vụ');
  await page.getByTestId(`rating-member-${member.id}-rate`).click();
  const dialog = page.getByTestId('rate-dialog');
  await dialog.getByTestId('field-score').fill('95');
  await dialog.getByTestId('withheld-SCORE_GRADE_MISMATCH').waitFor();
  expect(await dialog.getByTestId('rating-grades').locator('input').count()).toBe(1);
  expect(await dialog.getByTestId('field-grade-EXCELLENT').isChecked()).toBe(true);
  expect(await dialog.getByTestId('withheld-SCORE_GRADE_MISMATCH').textContent()).toContain('366-QĐ/TW');
  await screenshot(page, 'ratings-dialog');
  await dialog.getByTestId('form-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => grade.textContent()).toBe('Hoàn thành xuất sắc nhiệm vụ');
  await expect
    .poll(() => page.getByTestId('summary-members-EXCELLENT').textContent())
    .toContain((before.excellent + 1).toLocaleString('vi-VN'));
  await screenshot(page, 'ratings-page');

  await page.goto(`${baseUrl()}/members/${member.id}`);
  const row = page.getByTestId('member-rating-2024');
  await row.waitFor();
  expect(await row.textContent()).toContain('Hoàn thành xuất sắc nhiệm vụ');
  expect(await row.textContent()).toContain('95');

  // the organisation page leads to its ratings
  await page.goto(`${baseUrl()}/organizations/${commune.id}`);
  await page.getByTestId('org-ratings-link').click();
  await page.getByTestId('rating-summary').waitFor();
  expect(new URL(page.url()).searchParams.get('within')).toBe(commune.id);

  // the members' page is in the URL: page 2 survives a reload, and "previous" comes back to the first
  await page.getByTestId('rating-members-next').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
  await page.reload();
  await expect.poll(() => page.getByTestId('rating-members-pages').textContent()).toMatch(/^Trang 2\//);
  await page.getByTestId('rating-members-prev').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe(null);
  await expect.poll(() => page.getByTestId('rating-members-pages').textContent()).toMatch(/^Trang 1\//);
  await page.close();
});
