/**
 * The dashboard on the 16 real Karamay lists (issue 18: "the page works on the Karamay lists"): their
 * organizations, listed in the address (they have no division), drawn per department and category
 * with as many bars as the statistics API gives for them, and the overlap matrix with its cells.
 * Screenshot in test-results/. Without /usr/bin/chromium the suite is skipped.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { loadLawCatalog } from '../../src/domain/laws/law-store';
import { gql, startTestApp, type TestApp } from '../support/app';
import { chromiumPresent, openPage, RESULTS } from '../support/chromium';
import { ensureLaws } from '../support/import-helpers';
import { importKaramay } from '../support/karamay';

const ASOF = '2026-12-01';

let app: TestApp;
let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];
const ids: string[] = [];

const chartData = async (name: string): Promise<{ categories: number; marks: number }> => ({
  categories: Number(await page.getAttribute(`[data-testid="chart-${name}"]`, 'data-categories')),
  marks: Number(await page.getAttribute(`[data-testid="chart-${name}"]`, 'data-marks')),
});

(chromiumPresent ? describe : describe.skip)('the dashboard on the Karamay lists in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp();
    await ensureLaws(app.db);
    const names = await importKaramay(app.db, await loadLawCatalog(app.db));
    for (const name of names) {
      const res = await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        app,
        'query($name: String!) { organizations(filter: { name: $name }, first: 2) { edges { node { id } } } }',
        { name },
      );
      ids.push(...res.data!.organizations.edges.map((e) => e.node.id));
    }
    ({ browser, page, consoleErrors } = await openPage());
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws each department and category the statistics give, and the overlap matrix', async () => {
    expect(ids.length).toBeGreaterThanOrEqual(15);
    const res = await gql<{
      statistics: { groups: { organization: { id: string }; category: string; counts: { powers: number } }[] };
      analysisSummary: { matrix: { organizations: unknown[]; cells: unknown[] } };
    }>(
      app,
      `query($ids: [ID!], $asOf: Date) {
        statistics(scope: { organizationIds: $ids }, asOf: $asOf, groupBy: [ORGANIZATION, CATEGORY]) { groups { organization { id } category counts { powers } } }
        analysisSummary(scope: { organizationIds: $ids }, asOf: $asOf) { matrix { organizations { id } cells { count } } } }`,
      { ids, asOf: ASOF },
    );
    expect(res.errors).toBeUndefined();
    const bars = res.data!.statistics.groups.filter((g) => g.counts.powers > 0);
    const departments = new Set(bars.map((g) => g.organization.id)).size;
    expect(departments).toBeGreaterThanOrEqual(15);

    await page.goto(`${app.url}/dashboard/?asOf=${ASOF}&organizationIds=${ids.map(encodeURIComponent).join(',')}`);
    await page.waitForSelector('[data-testid="board"][data-state="ready"]', { timeout: 180_000 });
    expect(await page.evaluate('window.quanzeDashboard.scope()')).toEqual({ organizationIds: ids });
    expect(await chartData('powers')).toEqual({ categories: departments, marks: bars.length });
    const matrix = res.data!.analysisSummary.matrix;
    expect(await chartData('matrix')).toEqual({
      categories: matrix.organizations.length,
      marks: 2 * matrix.cells.length,
    });
    expect(await page.textContent('[data-testid="status"]')).toMatch(
      new RegExp(`已绘制：${ids.length} 个机构，${bars.reduce((n, g) => n + g.counts.powers, 0)} 项职权`),
    );
    await page.screenshot({ path: join(RESULTS, 'dashboard-karamay.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  }, 300_000);
});
