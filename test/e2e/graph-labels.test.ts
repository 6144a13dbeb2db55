/**
 * Readable labels on the graph page (issue 18): for the demo's largest department (most powers,
 * by the statistics API) drawn at depth 1, the share of drawn label boxes that intersect another
 * stays under 5 %, at the fitted zoom and zoomed in.
 * Screenshots go to test-results/. Without /usr/bin/chromium the suite is skipped.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { loadDemo } from '../../src/importer/demo';
import { overlapShare, type Box } from '../../web/src/labels';
import { gql, startTestApp, type TestApp } from '../support/app';
import { chromiumPresent, openPage, RESULTS } from '../support/chromium';

const ASOF = '2026-12-01';

let app: TestApp;
let browser: Browser;
let page: Page;

(chromiumPresent ? describe : describe.skip)('graph page labels in Chromium', () => {
  let largest: { id: string; name: string };

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp();
    await loadDemo(app.db);
    const res = await gql<{ statistics: { groups: { organization: { id: string; name: string }; counts: { powers: number } }[] } }>(
      app,
      `query { statistics(scope: { divisionCode: "990181" }, asOf: "${ASOF}", groupBy: [ORGANIZATION]) {
        groups { organization { id name } counts { powers } } } }`,
    );
    expect(res.errors).toBeUndefined();
    largest = [...res.data!.statistics.groups].sort((a, b) => b.counts.powers - a.counts.powers)[0]!.organization;
    ({ browser, page } = await openPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('keeps label overlap under 5 % for the largest department, fitted and zoomed in', async () => {
    expect(largest.name).toBe('青石市市场监督管理局');
    await page.goto(`${app.url}/graph/?id=${encodeURIComponent(largest.id)}&asOf=${ASOF}`);
    await page.waitForSelector('[data-testid="graph"][data-state="ready"]', { timeout: 120_000 });
    // 500 nodes asked (the slice is truncated), drawn collapsed: one node per category and township.
    expect(Number(await page.getAttribute('[data-testid="graph"]', 'data-slice-count'))).toBe(500);
    expect(Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'))).toBeLessThan(60);
    const measure = async (name: string): Promise<{ share: number; labels: number }> => {
      const boxes = await page.evaluate<Box[]>('window.quanzeView.labelBoxes()');
      await page.screenshot({ path: join(RESULTS, `graph-labels-${name}.png`) });
      return { share: overlapShare(boxes), labels: boxes.length };
    };
    const fitted = await measure('fitted');
    expect(fitted.labels).toBeGreaterThan(0);
    expect(fitted.share).toBeLessThan(0.05);
    // Opening 行政处罚 (the largest group) stays within about 150 visible nodes and says what it still holds.
    await page.evaluate('window.quanzeView.expandGroup("group:Power:PUNISHMENT")');
    const expanded = Number(await page.getAttribute('[data-testid="graph"]', 'data-node-count'));
    expect(expanded).toBeGreaterThan(100);
    expect(expanded).toBeLessThanOrEqual(160);
    expect(await page.textContent('[data-testid="status"]')).toMatch(/个节点汇总为 \d+ 组/);
    const opened = await measure('expanded');
    expect(opened.share).toBeLessThan(0.05);
    // Zoomed in on the department: the labels drawn stay apart.
    await page.evaluate(`window.quanzeView.focus(${JSON.stringify(largest.id)})`);
    await page.waitForTimeout(300);
    const zoomed = await measure('zoomed');
    expect(zoomed.labels).toBeGreaterThan(0);
    expect(zoomed.share).toBeLessThan(0.05);
    const status = await page.textContent('[data-testid="status"]');
    expect(status).toMatch(/标签因重叠而隐藏/);
  }, 180_000);

});
