import { readFileSync } from 'node:fs';
import { PARTY_POSITIONS } from '@dangvu/schema';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { apiAs, signIn } from '../support/session.js';

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dmy = (day: string) => day.split('-').reverse().join('/');
const daysFromToday = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

type Api = Awaited<ReturnType<typeof apiAs>>;

/** A cell by code and an official member of it who holds no party post today (so no other test's placement meets them). */
async function cellAndMember(api: Api, code: string) {
  const cell = (await api('query($c: String!) { organizationByCode(code: $c) { id code name } }', { c: code })).data
    .organizationByCode as { id: string; code: string; name: string };
  const roll = await api(
    'query($w: ID!) { members(filter: { withinId: $w, statuses: [OFFICIAL] }, first: 50) { edges { node { id fullName } } } }',
    { w: cell.id },
  );
  const posts = await api(
    'query($w: ID!, $p: [PositionKind!], $on: LocalDate) { cadres(filter: { withinId: $w, positions: $p, activeOn: $on }, first: 200) { edges { node { member { id } } } } }',
    { w: cell.id, p: PARTY_POSITIONS, on: daysFromToday(0) },
  );
  const holders = new Set(
    posts.data.cadres.edges.map((e: { node: { member: { id: string } | null } }) => e.node.member?.id),
  );
  const free = roll.data.members.edges
    .map((e: { node: { id: string; fullName: string } }) => e.node)
    .filter((m: { id: string }) => !holders.has(m.id));
  expect(free.length).toBeGreaterThanOrEqual(2);
  return { cell, member: free[free.length - 1] as { id: string; fullName: string } };
}

it('a district inspector plans, starts, records a finding, concludes with a remedy and warns a member; the plan, the profile and the home page show it', async () => {
  const api = await apiAs('lambinh.kiemtra');
  const { cell, member } = await cellAndMember(api, 'LB-LC-14');
  const today = daysFromToday(0);
  const year = Number(today.slice(0, 4));
  const title = `Kiểm tra dấu hiệu vi phạm ${Date.now().toString(36)}`;

  const page = await newPage();
  await signIn(page, 'lambinh.kiemtra');
  await page.getByTestId('desk-open').waitFor();
  await page.getByTestId('nav-inspections').click();
  await page.getByTestId('plan-table').waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(year));

  // plan: the subjects searched in the district's scope
  await page.getByTestId('plan-create').click();
  const plan = page.getByTestId('plan-dialog');
  await plan.getByTestId('field-kind').selectOption('SIGNS_OF_VIOLATION');
  await plan.getByTestId('field-title').fill(title);
  await plan.getByTestId('field-subjectOrganizationIds').fill(cell.code);
  await plan.getByTestId(`pick-subjectOrganizationIds-${cell.code}`).click();
  await plan.getByTestId('field-subjectMemberIds').fill(member.fullName);
  await plan.getByTestId(`pick-subjectMemberIds-${member.id}`).click();
  await plan.getByTestId('field-plannedStartOn').fill(dmy(today));
  await plan.getByTestId('field-plannedEndOn').fill(dmy(daysFromToday(-1)));
  await plan.getByTestId('form-submit').click();
  await plan
    .locator('.field', { has: page.getByTestId('field-plannedEndOn') })
    .locator('[data-testid="rule-violation"][data-rule="PLANNED_END_BEFORE_START"]')
    .waitFor();
  await plan.getByTestId('field-plannedEndOn').fill(dmy(daysFromToday(30)));
  await plan.getByTestId('form-submit').click();
  const inspection = page.getByTestId('inspection');
  await inspection.waitFor();
  expect(await page.getByTestId('inspection-code').textContent()).toMatch(new RegExp(`^UBKT-LB-${year}-\\d{3}$`));
  expect(await page.getByTestId('step-PLANNED').getAttribute('data-state')).toBe('current');
  const id = (await inspection.getAttribute('data-inspection-id'))!;

  // start
  await page.getByTestId('inspection-start').click();
  await page.getByTestId('start-dialog').getByTestId('form-submit').click();
  await page.locator('[data-testid="inspection"][data-status="IN_PROGRESS"]').waitFor();
  expect(await page.getByTestId('step-PLANNED').getAttribute('data-state')).toBe('done');
  expect(await page.getByTestId('step-IN_PROGRESS').getAttribute('data-state')).toBe('current');

  // a finding about the member
  await page.getByTestId('inspection-finding').click();
  const finding = page.getByTestId('finding-dialog');
  await finding.getByTestId('field-subject').selectOption(`member:${member.id}`);
  await finding.getByTestId('field-severity').selectOption('MAJOR');
  await finding.getByTestId('field-text').fill('Không đóng đảng phí 6 tháng liền, không báo cáo chi bộ.');
  await finding.getByTestId('form-submit').click();
  await finding.waitFor({ state: 'detached' });
  await page.locator('[data-testid^="finding-"][data-severity="MAJOR"]').waitFor();
  expect(await page.getByTestId('inspection-findings').textContent()).toContain(member.fullName);

  // conclude with a violation and one remedy for the cell
  await page.getByTestId('inspection-conclude').click();
  const conclude = page.getByTestId('conclude-dialog');
  await conclude.getByTestId('field-outcome').selectOption('VIOLATION');
  await conclude
    .getByTestId('field-conclusion')
    .fill('Đảng viên vi phạm quy định về đảng phí; chi bộ buông lỏng quản lý.');
  await conclude.getByTestId('remedy-add').click();
  await conclude.getByTestId('field-remedyAction-0').fill('Chi bộ kiểm điểm, thu đủ đảng phí còn thiếu');
  await conclude.getByTestId(`picked-remedyResponsible-0-${cell.code}`).waitFor();
  await conclude.getByTestId('field-remedyDueOn-0').fill(dmy(daysFromToday(60)));
  await screenshot(page, 'inspection-conclude');
  await conclude.getByTestId('form-submit').click();
  await page.locator('[data-testid="inspection"][data-status="CONCLUDED"]').waitFor();
  expect(await page.getByTestId('inspection-outcome').getAttribute('data-outcome')).toBe('VIOLATION');
  expect(await page.getByTestId('step-CONCLUDED').getAttribute('data-state')).toBe('current');
  const remedy = page.locator('[data-testid^="remedy-"][data-status="OPEN"]');
  expect(await remedy.textContent()).toContain(cell.name);

  // discipline: a district committee may expel; dismissal waits for a party post, dissolution is for organisations
  await page.getByTestId('inspection-discipline').click();
  const discipline = page.getByTestId('discipline-dialog');
  await discipline.getByTestId('field-subject').selectOption(`member:${member.id}`);
  await discipline.getByTestId('withheld-NO_PARTY_POST').waitFor();
  const offered = async () =>
    discipline
      .locator('[data-testid^="field-form-"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(await offered()).toEqual(['REPRIMAND', 'WARNING', 'EXPULSION']);
  await discipline.getByTestId('withheld-FORM_NOT_FOR_SUBJECT').waitFor();
  await discipline.getByTestId('field-subject').selectOption(`org:${cell.id}`);
  await expect.poll(offered).toEqual(['REPRIMAND', 'WARNING', 'DISSOLUTION']);
  await discipline.getByTestId('field-subject').selectOption(`member:${member.id}`);
  await discipline.getByTestId('field-form-WARNING').check();
  await discipline.getByTestId('field-reason').fill('Vi phạm quy định về đảng phí (kết luận kiểm tra).');
  await discipline.getByTestId('field-decisionNumber').fill('12-QĐ/UBKT');
  await screenshot(page, 'inspection-discipline-district');
  await discipline.getByTestId('form-submit').click();
  await discipline.waitFor({ state: 'detached' });
  const warned = page.getByTestId('inspection-disciplines').locator('[data-form="WARNING"]');
  await warned.waitFor();
  const until = `${year + 1}${today.slice(4)}`;
  expect(await warned.getByTestId('discipline-until').textContent()).toContain(dmy(until));

  // the remedy done: the one change a concluded inspection still takes
  const remedyId = (await remedy.getAttribute('data-testid'))!.replace('remedy-', '');
  await page.getByTestId(`remedy-complete-${remedyId}`).click();
  await page.getByTestId('remedy-complete-dialog').getByTestId('form-submit').click();
  await page.locator(`[data-testid="remedy-${remedyId}"][data-status="DONE"]`).waitFor();
  expect(await page.getByTestId('inspection-start').count()).toBe(0);
  expect(await page.getByTestId('inspection-cancel').count()).toBe(0);
  await screenshot(page, 'inspection-concluded');

  // the member's profile: the warning and until when it is in force
  await page.goto(`${baseUrl()}/members/${member.id}`);
  const onProfile = page.getByTestId('disciplines').locator('[data-form="WARNING"]');
  await onProfile.waitFor();
  expect(await onProfile.getByTestId('discipline-until').textContent()).toContain(dmy(until));
  expect(await onProfile.getByTestId('discipline-state').textContent()).toBe('Đang có hiệu lực');
  await screenshot(page, 'member-discipline');

  // a reprimand of the cell (through the API): the organisation's page shows it
  const reprimand = await api(
    'mutation($input: ImposeDisciplineInput!) { imposeDiscipline(input: $input) { id inForceUntil } }',
    {
      input: {
        inspectionId: id,
        form: 'REPRIMAND',
        organizationId: cell.id,
        reason: 'Buông lỏng quản lý.',
        decidedOn: today,
      },
    },
  );
  expect(reprimand.data.imposeDiscipline.inForceUntil).toBe(until);
  await page.goto(`${baseUrl()}/organizations/${cell.id}`);
  const onOrg = page.getByTestId('disciplines').locator('[data-form="REPRIMAND"]');
  await onOrg.waitFor();
  expect(await onOrg.getByTestId('discipline-until').textContent()).toContain(dmy(until));

  // the plan: the month of the start, concluded; filtered by the subject organisation; exported
  await page.goto(`${baseUrl()}/inspections?year=${year}&subject=${cell.id}`);
  const row = page.getByTestId(`inspection-row-${id}`);
  await row.waitFor();
  expect(await row.getAttribute('data-status')).toBe('CONCLUDED');
  await page
    .getByTestId(`plan-month-group-${today.slice(0, 7)}`)
    .getByTestId(`inspection-row-${id}`)
    .waitFor();
  expect(Number(await page.getByTestId('plan-count-CONCLUDED').textContent())).toBeGreaterThanOrEqual(1);
  await page.getByTestId('field-kinds-PARTY_FINANCE').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('kinds')).toContain('PARTY_FINANCE');
  await expect.poll(() => row.count()).toBe(0);
  await page.getByTestId('field-kinds-PARTY_FINANCE').uncheck();
  await row.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export').click()]);
  // the member as the subject: the member's inspections of the year
  await page.goto(`${baseUrl()}/inspections?year=${year}&member=${member.id}`);
  await page.getByTestId(`picked-member-${member.id}`).waitFor();
  await row.waitFor();
  const concludedOfMember = Number(await page.getByTestId('plan-count-CONCLUDED').textContent());
  expect(concludedOfMember).toBeGreaterThanOrEqual(1);
  expect(await page.locator('[data-testid^="inspection-row-"][data-status="CONCLUDED"]').count()).toBe(
    concludedOfMember,
  );
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toBe(`ke-hoach-kiem-tra-${year}.csv`);
  expect(csv).toContain(title);
  expect(csv).toContain('Kiểm tra khi có dấu hiệu vi phạm');

  // the home page: no longer open; the alerts beside
  await page.getByTestId('nav-home').click();
  await page.getByTestId('desk-remedies').waitFor();
  expect(await page.getByTestId(`desk-inspection-${id}`).count()).toBe(0);
  await page.getByTestId('home-alerts').waitFor();

  const check = await api(
    'query($id: ID!) { inspection(id: $id) { status findings { severity } remedies { status } disciplines { form member { id } inForceUntil } } }',
    { id },
  );
  const { disciplines, ...rest } = check.data.inspection;
  expect(rest).toEqual({ status: 'CONCLUDED', findings: [{ severity: 'MAJOR' }], remedies: [{ status: 'DONE' }] });
  expect(disciplines).toHaveLength(2);
  expect(disciplines).toContainEqual({ form: 'WARNING', member: { id: member.id }, inForceUntil: until });
  expect(disciplines).toContainEqual({ form: 'REPRIMAND', member: null, inForceUntil: until });
});

it('a commune inspector: the plan dialog offers only its cells; the discipline dialog only reprimand and warning on a member, nothing on an organisation, each refusal beside the form; cancel with a reason; a stale start reloads', async () => {
  const api = await apiAs('langcan.kiemtra');
  const { cell, member } = await cellAndMember(api, 'LB-LC-16');
  const scope = (await api('{ me { scope { id } } }')).data.me.scope.id as string;
  const today = daysFromToday(0);
  const planned = await api('mutation($input: PlanInspectionInput!) { planInspection(input: $input) { id version } }', {
    input: {
      kind: 'DENUNCIATION',
      title: `Giải quyết tố cáo ${Date.now().toString(36)}`,
      conductedById: scope,
      subjectOrganizationIds: [cell.id],
      subjectMemberIds: [member.id],
      plannedStartOn: today,
      plannedEndOn: daysFromToday(20),
    },
  });
  const id = planned.data.planInspection.id as string;
  const started = await api(
    'mutation($id: ID!, $on: LocalDate!) { startInspection(input: { id: $id, version: 1, on: $on }) { version } }',
    { id, on: today },
  );
  const concluded = await api(
    'mutation($id: ID!, $v: Int!, $on: LocalDate!) { concludeInspection(input: { id: $id, version: $v, on: $on, outcome: VIOLATION, conclusion: "Tố cáo đúng một phần." }) { status } }',
    { id, v: started.data.startInspection.version, on: today },
  );
  expect(concluded.data.concludeInspection.status).toBe('CONCLUDED');

  const page = await newPage();
  await signIn(page, 'langcan.kiemtra');
  // planning: the committee's cells are offered, never the committee itself nor what lies outside the commune
  await page.getByTestId('nav-inspections').click();
  await page.getByTestId('plan-create').click();
  const plan = page.getByTestId('plan-dialog');
  await plan.getByTestId('field-subjectOrganizationIds').fill('LB-LC');
  await plan.getByTestId(`pick-subjectOrganizationIds-${cell.code}`).waitFor();
  expect(await plan.getByTestId('pick-subjectOrganizationIds-LB-LC').count()).toBe(0);
  await plan.getByTestId('field-subjectOrganizationIds').fill('LB-TL');
  await plan.locator('.picker-options').getByText('Không có dữ liệu.').waitFor();
  await plan.getByTestId('form-cancel').click();

  await page.goto(`${baseUrl()}/inspections/${id}`);
  await page.getByTestId('inspection-discipline').click();
  const dialog = page.getByTestId('discipline-dialog');
  await dialog.getByTestId('field-subject').selectOption(`member:${member.id}`);
  const offered = async () =>
    dialog.locator('[data-testid^="field-form-"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(await offered()).toEqual(['REPRIMAND', 'WARNING']);
  const limit = dialog.getByTestId('withheld-COMMUNE_LIMIT');
  expect(await limit.textContent()).toContain('Cách chức, Khai trừ');
  expect(await limit.locator('[data-rule="COMMUNE_LIMIT"]').count()).toBe(1);
  expect(await dialog.getByTestId('withheld-FORM_NOT_FOR_SUBJECT').textContent()).toContain('Giải tán');
  await screenshot(page, 'inspection-discipline-commune-member');

  await dialog.getByTestId('field-subject').selectOption(`org:${cell.id}`);
  await dialog.getByTestId('discipline-no-form').waitFor();
  expect(await offered()).toEqual([]);
  expect(await dialog.getByTestId('withheld-COMMUNE_LIMIT').textContent()).toContain('Khiển trách, Cảnh cáo, Giải tán');
  await dialog.getByTestId('form-submit').click();
  await dialog.getByTestId('error-form').waitFor();
  await screenshot(page, 'inspection-discipline-commune-organization');
  await dialog.getByTestId('form-cancel').click();

  // another one planned, then cancelled with a reason
  const other = await api('mutation($input: PlanInspectionInput!) { planInspection(input: $input) { id } }', {
    input: {
      kind: 'REGULAR_SUPERVISION',
      title: `Giám sát thường xuyên ${Date.now().toString(36)}`,
      conductedById: scope,
      subjectOrganizationIds: [cell.id],
      plannedStartOn: today,
      plannedEndOn: daysFromToday(10),
    },
  });
  await page.goto(`${baseUrl()}/inspections/${other.data.planInspection.id}`);
  await page.getByTestId('inspection-cancel').click();
  const cancel = page.getByTestId('cancel-dialog');
  await cancel.getByTestId('form-submit').click();
  await cancel.getByTestId('error-reason').waitFor();
  await cancel.getByTestId('field-reason').fill('Trùng với đợt giám sát của Huyện ủy.');
  await cancel.getByTestId('form-submit').click();
  await cancel.getByTestId('confirm-ok').click();
  await page.locator('[data-testid="inspection"][data-status="CANCELLED"]').waitFor();
  expect(await page.getByTestId('step-CANCELLED').getAttribute('data-state')).toBe('current');
  expect(await page.getByTestId('inspection-cancel-reason').textContent()).toBe('Trùng với đợt giám sát của Huyện ủy.');
  expect(await page.getByTestId('inspection-start').count()).toBe(0);
  await screenshot(page, 'inspection-cancelled');

  // started elsewhere while the start dialog is open: the stale version is said, and a reload shows it started
  const third = await api('mutation($input: PlanInspectionInput!) { planInspection(input: $input) { id } }', {
    input: {
      kind: 'THEMATIC_SUPERVISION',
      title: `Giám sát chuyên đề ${Date.now().toString(36)}`,
      conductedById: scope,
      subjectOrganizationIds: [cell.id],
      plannedStartOn: today,
      plannedEndOn: daysFromToday(10),
    },
  });
  const thirdId = third.data.planInspection.id as string;
  await page.goto(`${baseUrl()}/inspections/${thirdId}`);
  await page.getByTestId('inspection-start').click();
  const start = page.getByTestId('start-dialog');
  await start.getByTestId('field-on').waitFor();
  await api('mutation($id: ID!, $on: LocalDate!) { startInspection(input: { id: $id, version: 1, on: $on }) { id } }', {
    id: thirdId,
    on: today,
  });
  await start.getByTestId('form-submit').click();
  await start.getByTestId('conflict').waitFor();
  await start.getByTestId('conflict-reload').click();
  await start.waitFor({ state: 'detached' });
  await page.locator('[data-testid="inspection"][data-status="IN_PROGRESS"]').waitFor();
});

it('the inspection pages fit 1024 px and 1440 px without sideways scroll, in Vietnamese and in English', async () => {
  const api = await apiAs('lambinh.kiemtra');
  const any = await api('{ inspections(first: 1) { edges { node { id } } } }');
  const first = any.data.inspections.edges[0]?.node.id as string | undefined;
  expect(first).toBeTruthy();
  const pages: [string, string][] = [
    ['/', 'desk-open'],
    ['/inspections', 'plan-table'],
    [`/inspections/${first}`, 'inspection-stepper'],
  ];
  for (const lang of ['vi', 'en'] as const) {
    const page = await newPage(lang);
    await signIn(page, 'lambinh.kiemtra');
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [path, testid] of pages) {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByTestId(testid).waitFor();
        expect(await sideways(page), `${path} at ${width} px (${lang})`).toBeLessThanOrEqual(0);
        if (path === '/') {
          await page.locator('[data-testid="inspector-desk"][aria-busy="false"]').waitFor();
          await page.getByTestId('figure-current').waitFor();
          await screenshot(page, `inspector-home-${width}-${lang}`);
        }
      }
      await page.goto(`${baseUrl()}/inspections`);
      await page.getByTestId('plan-create').click();
      await page.getByTestId('plan-dialog').waitFor();
      expect(await sideways(page), `plan dialog at ${width} px (${lang})`).toBeLessThanOrEqual(0);
      await screenshot(page, `inspection-plan-dialog-${width}-${lang}`);
      await page.getByTestId('form-cancel').click();
      await screenshot(page, `inspection-plan-${width}-${lang}`);
    }
  }
});
