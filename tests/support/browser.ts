import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export const SCREENSHOTS = resolve(import.meta.dirname, '../screenshots');

let browser: Browser | undefined;

/** A headless Chromium (the one global setup chose), started once per file and closed after it. */
export async function newPage(lang: 'vi' | 'en' = 'vi'): Promise<Page> {
  browser ??= await chromium.launch(inject('chromium'));
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: lang === 'vi' ? 'vi-VN' : 'en-US',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

export const baseUrl = () => inject('baseUrl');

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
