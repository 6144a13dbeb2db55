import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Debian's Chromium, which the end-to-end tests drive (playwright cannot download a browser here;
 * `.ci/run` installs it with fonts-noto-cjk, so screenshots show Chinese, not boxes).
 */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Where screenshots and downloads go. */
export const RESULTS = join(__dirname, '..', '..', 'test-results');

/** Whether the browser is installed; the e2e suites are skipped, with a warning, when it is not. */
export const chromiumPresent = existsSync(CHROMIUM);
if (!chromiumPresent) console.warn(`e2e 未运行 / e2e not run: ${CHROMIUM} is missing (apt-get install chromium)`);

export interface OpenPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors, in order: a test asserts there are none. */
  consoleErrors: string[];
}

/** A headless browser with one 1600×1000 page that accepts downloads and records its errors. */
export async function openPage(): Promise<OpenPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { browser, page, consoleErrors };
}
