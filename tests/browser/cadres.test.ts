import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseUrl, newPage, screenshot } from '../support/browser.js';
import { apiAs, pickOrganization, signIn } from '../support/session.js';

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Awaited<ReturnType<typeof newPage>>) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Types a day into a date field: `YYYY-MM-DD` into a native date input, dd/mm/yyyy into the app's masked one. */
async function fillDate(input: ReturnType<Page['getByTestId']>, iso: string) {
  const native = (await input.getAttribute('type')) === 'date';
  await input.fill(native ? iso : iso.split('-').reverse().join('/'));
}

/** 'Hà Văn Đức' → 'ha van duc': what a user types without diacritics. */
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

it('the cadres list fits 1024 px, finds a name typed without diacritics and filters by post, in the URL', async () => {
  const api = await apiAs('lambinh.tochuc');
  const secretaries = await api(
    '{ cadres(filter: { positions: [SECRETARY] }, first: 50) { totalCount edges { node { id fullName } } } }',
  );
  expect(secretaries.data.cadres.totalCount).toBe(10);
  const someone = secretaries.data.cadres.edges[0].node as { id: string; fullName: string };

  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-cadres').click();
  await page.getByTestId('cadres-table').locator('tbody tr').first().waitFor();
  await page.getByTestId('field-positions-SECRETARY').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('positions')).toContain('SECRETARY');
  await expect.poll(() => page.getByTestId('cadres-total').textContent()).toBe('10 cán bộ');
  expect(await page.locator('[data-testid="cadre-post"][data-position="SECRETARY"]').count()).toBeGreaterThanOrEqual(
    10,
  );
  expect(await page.getByTestId('badge-nonlocal').count()).toBeGreaterThanOrEqual(10);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'cadres-1024');

  await page.getByTestId('cadres-search').fill(plain(someone.fullName));
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(plain(someone.fullName));
  await page.getByTestId(`cadre-row-${someone.id}`).waitFor();
  await page.reload();
  await page.getByTestId(`cadre-row-${someone.id}`).waitFor();
  expect(await page.getByTestId('field-positions-SECRETARY').isChecked()).toBe(true);
  // keyset pages of 10 over the whole scope: next, then back
  await page.getByTestId('cadres-clear').click();
  await page.getByTestId('cadres-size').selectOption('10');
  await expect.poll(() => page.getByTestId('cadres-pages').textContent()).toMatch(/^Trang 1\/2 · 1\d bản ghi$/);
  const rows = page.getByTestId('cadres-table').locator('tbody tr');
  const first = await rows.first().textContent();
  await page.getByTestId('cadres-next').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
  await expect.poll(() => page.getByTestId('cadres-pages').textContent()).toMatch(/^Trang 2\/2/);
  await expect.poll(() => rows.first().textContent()).not.toBe(first);
  expect(await rows.count()).toBeLessThanOrEqual(10);
  await page.getByTestId('cadres-prev').click();
  await expect.poll(() => rows.first().textContent()).toBe(first);
  expect(new URL(page.url()).searchParams.get('page')).toBeNull();
  await page.getByTestId('cadres-search').fill(plain(someone.fullName));
  await page.getByTestId(`cadre-row-${someone.id}`).locator('.cadre-name').click();
  await page.getByTestId('cadre-profile').waitFor();
  await page.locator('[data-testid="cadre-placement"][data-position="SECRETARY"]').first().waitFor();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'cadre-profile-1024');
});

it('placing a secretary where one is seated shows SEAT_OCCUPIED beside the post; the old placement is ended and the new one saved', async () => {
  const api = await apiAs('langcan.vanphong');
  const cell = (await api('{ organizationByCode(code: "LB-LC-05") { id name } }')).data.organizationByCode;
  const roll = await api(
    'query($w: ID!) { members(filter: { withinId: $w, statuses: [OFFICIAL] }, first: 100) { edges { node { id fullName officialOn } } } }',
    { w: cell.id },
  );
  const cadres = await api('{ cadres(first: 100) { edges { node { member { id } } } } }');
  const taken = new Set(
    cadres.data.cadres.edges.map((e: { node: { member: { id: string } | null } }) => e.node.member?.id),
  );
  const free = roll.data.members.edges
    .map((e: { node: { id: string; fullName: string; officialOn: string } }) => e.node)
    .filter((m: { id: string; officialOn: string }) => !taken.has(m.id) && m.officialOn < '2022-01-01');
  expect(free.length).toBeGreaterThanOrEqual(2);
  const [seated, next] = free as { id: string; fullName: string }[];
  // the cell's secretary since 2023, placed through the API
  const old = await api('mutation($m: ID!) { createCadre(input: { memberId: $m }) { id } }', { m: seated.id });
  const oldId = old.data.createCadre.id as string;
  const held = await api(
    `mutation($c: ID!, $o: ID!) { placeCadre(input: { cadreId: $c, organizationId: $o, position: SECRETARY, mode: ELECTED, startsOn: "2023-01-10" }) { id } }`,
    { c: oldId, o: cell.id },
  );
  const heldId = held.data.placeCadre.id as string;

  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-cadres').click();
  await page.getByTestId('cadre-create').click();
  const create = page.getByTestId('cadre-create-dialog');
  await create.getByTestId('field-memberId').fill(next.fullName);
  await create.getByTestId(`pick-memberId-${next.id}`).click();
  await create.getByTestId('field-homeCommuneCode').fill('LB-TL');
  await create.getByTestId('form-submit').click();
  await page.getByTestId('cadre-profile').waitFor();
  expect(await page.getByTestId('cadre-name').textContent()).toBe(next.fullName);
  expect(await page.getByTestId('cadre-home').textContent()).toContain('LB-TL');
  const newId = (await page.getByTestId('cadre-profile').getAttribute('data-cadre-id'))!;

  await page.getByTestId('cadre-place').click();
  const place = page.getByTestId('place-dialog');
  await pickOrganization(place, 'organizationId', 'LB-LC-05');
  await place.getByTestId('field-position').selectOption('SECRETARY');
  await fillDate(place.getByTestId('field-startsOn'), '2025-06-01');
  await place.getByTestId('field-decisionNumber').fill('15-QĐ/ĐU');
  await place.getByTestId('form-submit').click();
  const besidePost = place
    .locator('.field', { has: page.getByTestId('field-position') })
    .locator('[data-testid="rule-violation"][data-rule="SEAT_OCCUPIED"]');
  await besidePost.waitFor();
  expect(await besidePost.textContent()).toContain('10/01/2023');
  expect(await place.getByTestId('form-error').count()).toBe(0);
  await screenshot(page, 'cadre-seat-occupied');
  // the dialog links to the cell's leadership: end the seated secretary's placement there
  await place.getByTestId('place-open-leadership').click();
  await page.locator('[data-testid="leadership"][data-org-code="LB-LC-05"]').waitFor();
  const seat = page.getByTestId('seat-SECRETARY');
  await seat.getByTestId(`holder-${heldId}`).waitFor();
  await seat.getByTestId(`placement-end-${heldId}`).click();
  const end = page.getByTestId('end-placement-dialog');
  await fillDate(end.getByTestId('field-endsOn'), '2025-06-01');
  await end.getByTestId('field-reason').fill('Nghỉ hưu');
  await end.getByTestId('form-submit').click();
  await end.getByTestId('confirm-ok').click();
  await end.waitFor({ state: 'detached' });
  await page.locator('[data-testid="seat-SECRETARY"][data-vacant="true"]').waitFor();

  // then the new secretary, from the vacant seat
  await seat.getByTestId('seat-place-SECRETARY').click();
  const again = page.getByTestId('place-dialog');
  await again.getByTestId('field-cadreId').fill(plain(next.fullName));
  await again.getByTestId(`pick-cadreId-${newId}`).click();
  await fillDate(again.getByTestId('field-startsOn'), '2025-06-01');
  await again.getByTestId('form-submit').click();
  await again.waitFor({ state: 'detached' });
  await page.locator('[data-testid="seat-SECRETARY"][data-vacant="false"]').waitFor();
  expect(await seat.textContent()).toContain(next.fullName);
  await screenshot(page, 'cadre-leadership-new-secretary');

  const check = await api(
    'query($o: ID!, $old: ID!) { organization(id: $o) { placements { position startsOn cadre { id } } } cadre(id: $old) { placements { endsOn } } }',
    { o: cell.id, old: oldId },
  );
  expect(check.data.organization.placements).toEqual([
    { position: 'SECRETARY', startsOn: '2025-06-01', cadre: { id: newId } },
  ]);
  expect(check.data.cadre.placements).toEqual([{ endsOn: '2025-06-01' }]);
});

it("the indicators page shows Lâm Bình's and Sốp Cộp's figures as x / y with bars, as of a chosen day, and exports them", async () => {
  const page = await newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page, 'lambinh.tochuc');
  await page.getByTestId('nav-cadre-indicators').click();
  const value = (id: string) => page.getByTestId(`indicator-${id}-value`);
  await expect.poll(() => value('nonLocalSecretaries').textContent()).toBe('10 / 10');
  expect(await value('secretariesPlaced').textContent()).toBe('10 / 27');
  expect(await value('secretaryAlsoChair').textContent()).toBe('1 / 10');
  const bar = page.getByTestId('indicator-nonLocalSecretaries').getByRole('progressbar');
  expect(await bar.getAttribute('aria-valuenow')).toBe('100');
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await screenshot(page, 'cadre-indicators');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('indicators-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Bí thư không phải người địa phương,10,10,100');
  expect(download.suggestedFilename()).toMatch(/^chi-so-can-bo-LB-\d{4}-\d{2}-\d{2}\.csv$/);

  // before the 2020–2025 term began nobody was placed
  await fillDate(page.getByTestId('field-asOf'), '2020-10-14');
  await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2020-10-14');
  await expect.poll(() => value('nonLocalSecretaries').textContent()).toBe('0 / 0');
  expect(await value('secretariesPlaced').textContent()).toMatch(/^0 \/ \d+$/);

  // seed 003: in Sốp Cộp 99 of the 101 bản cells have a secretary who is also the head, 2 heads are not members
  const sopCop = await newPage();
  await signIn(sopCop, 'sopcop.tochuc');
  await sopCop.getByTestId('nav-cadre-indicators').click();
  const sc = (id: string) => sopCop.getByTestId(`indicator-${id}-value`);
  await expect.poll(() => sc('cellSecretaryAlsoVillageHead').textContent()).toBe('99 / 101');
  expect(await sc('villageHeadsNotMembers').textContent()).toBe('2 / 101');
  await screenshot(sopCop, 'cadre-indicators-sop-cop');
});

it('a village head who is not a member: created, corrected after a stale version, refused at a school cell and as secretary, placed at a village', async () => {
  const api = await apiAs('langcan.vanphong');
  const page = await newPage();
  await signIn(page, 'langcan.vanphong');
  await page.getByTestId('nav-cadres').click();
  await page.getByTestId('cadre-create').click();
  const create = page.getByTestId('cadre-create-dialog');
  await create.getByTestId('cadre-not-member').check();
  const name = `Sầm Văn Páo ${Date.now().toString(36)}`;
  await create.getByTestId('field-fullName').fill(name);
  await create.getByTestId('field-gender').selectOption('MALE');
  await fillDate(create.getByTestId('field-dateOfBirth'), '1979-04-12');
  await create.getByTestId('field-homeCommuneCode').fill('LB-LC');
  await create.getByTestId('form-submit').click();
  await page.getByTestId('cadre-profile').waitFor();
  expect(await page.getByTestId('cadre-member').textContent()).toBe('Không phải đảng viên');
  const id = (await page.getByTestId('cadre-profile').getAttribute('data-cadre-id'))!;

  // someone else corrects the record while the dialog is open: reload, then save
  await page.getByTestId('cadre-edit').click();
  const edit = page.getByTestId('cadre-edit-dialog');
  await edit.getByTestId('field-fullName').waitFor();
  const other = await api(
    'mutation($id: ID!, $n: String!) { updateCadre(input: { id: $id, version: 1, fullName: $n }) { version } }',
    {
      id,
      n: `${name} (A)`,
    },
  );
  expect(other.data.updateCadre.version).toBe(2);
  await edit.getByTestId('field-fullName').fill(`${name} (B)`);
  await edit.getByTestId('form-submit').click();
  await edit.getByTestId('conflict').waitFor();
  await edit.getByTestId('conflict-reload').click();
  await expect.poll(() => edit.getByTestId('field-fullName').inputValue()).toBe(`${name} (A)`);
  await edit.getByTestId('field-fullName').fill(`${name} (C)`);
  await edit.getByTestId('form-submit').click();
  await edit.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('cadre-name').textContent()).toBe(`${name} (C)`);

  await page.getByTestId('cadre-place').click();
  const place = page.getByTestId('place-dialog');
  await pickOrganization(place, 'organizationId', 'LB-LC-12');
  const beside = (field: string, rule: string) =>
    place
      .locator('.field', { has: page.getByTestId(`field-${field}`) })
      .locator(`[data-testid="rule-violation"][data-rule="${rule}"]`);
  await place.getByTestId('field-position').selectOption('VILLAGE_HEAD');
  await fillDate(place.getByTestId('field-startsOn'), '2025-01-02');
  await place.getByTestId('form-submit').click();
  await beside('position', 'VILLAGE_HEAD_AT_VILLAGE').waitFor();
  await place.getByTestId('field-position').selectOption('SECRETARY');
  await place.getByTestId('form-submit').click();
  await beside('startsOn', 'OFFICIAL_MEMBER_REQUIRED').waitFor();
  expect(await beside('position', 'VILLAGE_HEAD_AT_VILLAGE').count()).toBe(0);
  await screenshot(page, 'cadre-official-member-required');
  await place.getByTestId('picked-organizationId-LB-LC-12').getByRole('button').click();
  await pickOrganization(place, 'organizationId', 'LB-LC-03');
  await place.getByTestId('field-position').selectOption('VILLAGE_HEAD');
  await place.getByTestId('field-mode').selectOption('APPOINTED');
  await place.getByTestId('form-submit').click();
  await place.waitFor({ state: 'detached' });
  const placed = page.locator(
    '[data-testid="cadre-placement"][data-position="VILLAGE_HEAD"][data-org-code="LB-LC-03"]',
  );
  await placed.waitFor();
  expect(await placed.getAttribute('data-held')).toBe('true');
  expect(await placed.getByTestId('badge-nonlocal').count()).toBe(0); // from Lăng Can, heading a village of Lăng Can
  await screenshot(page, 'cadre-village-head');
});

it('the cadres pages fit 1024 px and 1440 px without sideways scroll, in Vietnamese and in English', async () => {
  const api = await apiAs('lambinh.tochuc');
  const thuongLam = (await api('{ organizationByCode(code: "LB-TL") { id placements { cadre { id } } } }')).data
    .organizationByCode;
  const pages: [string, string][] = [
    ['/cadres', 'cadres-table'],
    [`/cadres/${thuongLam.placements[0].cadre.id}`, 'cadre-timeline'],
    [`/organizations/${thuongLam.id}/leadership`, 'seats'],
    ['/cadre-indicators', 'indicator-nonLocalSecretaries'],
  ];
  const orgPage = await newPage();
  await signIn(orgPage, 'lambinh.tochuc');
  await orgPage.goto(`${baseUrl()}/organizations/${thuongLam.id}`);
  await orgPage.getByTestId('org-leadership-link').click();
  await orgPage.locator('[data-testid="leadership"][data-org-code="LB-TL"]').waitFor();
  expect(await orgPage.getByTestId('seat-SECRETARY').getAttribute('data-vacant')).toBe('false');
  for (const lang of ['vi', 'en'] as const) {
    const page = await newPage(lang);
    await signIn(page, 'lambinh.tochuc');
    if (lang === 'en') await page.getByTestId('lang-switch').click();
    for (const width of [1024, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [path, testid] of pages) {
        await page.goto(`${baseUrl()}${path}`);
        await page.getByTestId(testid).waitFor();
        await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
        expect({ path, width, lang, sideways: await sideways(page) }).toEqual({ path, width, lang, sideways: 0 });
      }
    }
    await screenshot(page, `cadre-indicators-1440-${lang}`);
  }
});
