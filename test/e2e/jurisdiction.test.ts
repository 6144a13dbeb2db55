/**
 * The graph page's jurisdiction view and its ISO date field (issue 18), end to end on the demo city
 * 青石市 in Debian's Chromium: the division picked in the toolbar is drawn as a tree with the
 * divisions, organizations and hand-overs the `jurisdiction` query gives, internal units collapsed
 * under their parent; a date is typed as YYYY-MM-DD and anything else is refused where it was typed.
 * Screenshots go to test-results/. Without /usr/bin/chromium the suite is skipped.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { loadDemo } from '../../src/importer/demo';
import { gql, startTestApp, type TestApp } from '../support/app';
import { chromiumPresent, openPage, RESULTS } from '../support/chromium';

const ASOF = '2026-12-01';
const CITY = '990181';

interface DrawnNode {
  id: string;
  type: string;
  label: string;
  short: string;
  x: number;
  y: number;
}
interface ApiSlice {
  nodes: { id: string; type: string; label: string; properties: { orgType?: string } }[];
  edges: { type: string; source: string; target: string; properties: { items?: number } | null }[];
}

let app: TestApp;
let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];

const drawn = (type?: string): Promise<DrawnNode[]> =>
  page.evaluate(`window.quanzeView.nodes(${type === undefined ? '' : JSON.stringify(type)})`);
const graphData = async (name: string): Promise<string | null> =>
  page.getAttribute('[data-testid="graph"]', `data-${name}`);
const handOverItems = (): Promise<number> =>
  page.evaluate(`window.quanzeView.handOvers().reduce((sum, e) => sum + e.items, 0)`);

async function fromApi(asOf: string): Promise<ApiSlice> {
  const res = await gql<{ jurisdiction: ApiSlice }>(
    app,
    `query { jurisdiction(divisionCode: "${CITY}", asOf: "${asOf}") { nodes { id type label properties } edges { type source target properties } } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.jurisdiction;
}
const itemsOf = (slice: ApiSlice): number =>
  slice.edges.filter((e) => e.type === 'HANDS_OVER_TO').reduce((sum, e) => sum + (e.properties?.items ?? 0), 0);

(chromiumPresent ? describe : describe.skip)('the jurisdiction view in Chromium', () => {
  let api: ApiSlice;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp();
    await loadDemo(app.db);
    api = await fromApi(ASOF);
    ({ browser, page, consoleErrors } = await openPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the division picked in the toolbar as a tree, with what the API gives', async () => {
    await page.goto(`${app.url}/graph/?asOf=${ASOF}`);
    await page.waitForSelector('[data-testid="jurisdiction"][data-ready="true"]');
    await page.selectOption('[data-testid="jurisdiction"]', CITY);
    await page.waitForSelector('[data-testid="graph"][data-view="jurisdiction"][data-state="ready"]', {
      timeout: 60_000,
    });
    const nodes = await drawn();
    const divisions = api.nodes.filter((n) => n.type === 'AdminDivision');
    const organizations = api.nodes.filter((n) => n.type === 'Organization');
    expect(
      nodes
        .filter((n) => n.type === 'AdminDivision')
        .map((n) => n.id)
        .sort(),
    ).toEqual(divisions.map((n) => n.id).sort());
    // Every organization is drawn, or collapsed into its parent's group of internal units.
    const drawnOrganizations = nodes.filter((n) => n.type === 'Organization').length;
    expect(drawnOrganizations + Number(await graphData('collapsed'))).toBe(organizations.length);
    expect(nodes.filter((n) => n.type === 'Group').length).toBeGreaterThan(20);
    expect(nodes.length).toBeLessThanOrEqual(150);
    // Where the hand-overs go: as many items, to the same townships.
    expect(await handOverItems()).toBe(itemsOf(api));
    expect(itemsOf(api)).toBeGreaterThan(0);
    const status = await page.textContent('[data-testid="status"]');
    expect(status).toContain(
      `管辖视图：青石市，${divisions.length} 个区划、${organizations.length} 个机构、${itemsOf(api)} 项下放事项`,
    );
    expect(status).toMatch(/\d+ 个节点汇总为 \d+ 组/);
    // A tree: the city on top, every township's government below its division, every group below its organization.
    const at = new Map(nodes.map((n) => [n.id, n]));
    const city = divisions.find((d) => d.label === '青石市')!;
    for (const e of api.edges.filter((x) => x.type === 'IN_DIVISION' || x.type === 'PART_OF')) {
      const child = at.get(e.source);
      const parent = at.get(e.target);
      if (
        child &&
        parent &&
        !(
          e.type === 'IN_DIVISION' &&
          child.type === 'Organization' &&
          api.edges.some((p) => p.type === 'PART_OF' && p.source === e.source)
        )
      ) {
        expect(child.y).toBeGreaterThan(parent.y);
      }
    }
    expect(Math.min(...nodes.map((n) => n.y))).toBe(at.get(city.id)!.y);
    // Organization labels on screen are all different.
    const shorts = nodes.filter((n) => n.type === 'Organization').map((n) => n.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    await page.screenshot({ path: join(RESULTS, 'jurisdiction-city.png') });
  }, 180_000);

  it('opens a group of internal units under its parent, within about 150 nodes', async () => {
    const before = Number(await graphData('node-count'));
    const group = (await drawn('Group')).find(
      (g) => g.id === `group:Units:${api.nodes.find((n) => n.label === '青石市住房和城乡建设局')!.id}`,
    );
    expect(group?.label).toBe('内设/下属单位 3');
    await page.evaluate(`window.quanzeView.expandGroup(${JSON.stringify(group!.id)})`);
    await page.waitForSelector('[data-testid="graph"][data-state="ready"]');
    const after = await drawn();
    expect(after.length).toBe(before + 2);
    expect(after.length).toBeLessThanOrEqual(160);
    const units = after.filter(
      (n) => n.label.startsWith('青石市住房和城乡建设局') && n.label !== '青石市住房和城乡建设局',
    );
    expect(units.map((u) => u.label).sort()).toEqual(
      [
        '青石市住房和城乡建设局建筑业管理科',
        '青石市住房和城乡建设局建设工程质量安全监督站',
        '青石市住房和城乡建设局房地产市场监管科',
      ].sort(),
    );
    const bureau = after.find((n) => n.label === '青石市住房和城乡建设局')!;
    for (const u of units) expect(u.y).toBeGreaterThan(bureau.y);
    const shorts = after.filter((n) => n.type === 'Organization').map((n) => n.short);
    expect(new Set(shorts).size).toBe(shorts.length);
    await page.evaluate(`window.quanzeView.focus(${JSON.stringify(bureau.id)})`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(RESULTS, 'jurisdiction-units.png') });
  }, 120_000);

  it('takes dates as YYYY-MM-DD only: another format is refused and nothing is redrawn; a valid date redraws', async () => {
    const input = '[data-testid="as-of"]';
    expect(await page.getAttribute(input, 'type')).toBe('text');
    expect(await page.getAttribute(input, 'placeholder')).toBe('YYYY-MM-DD');
    expect(await page.inputValue(input)).toBe(ASOF);
    const items = await handOverItems();
    for (const typed of ['12/01/2026', '2026-02-30']) {
      await page.fill(input, typed);
      await page.dispatchEvent(input, 'change');
      expect(await page.getAttribute(input, 'aria-invalid')).toBe('true');
      expect(await page.textContent('[data-testid="status"]')).toContain(`日期“${typed}”无效：请按 YYYY-MM-DD 填写`);
      expect(await handOverItems()).toBe(items);
    }
    const earlier = '2024-06-01';
    const then = await fromApi(earlier);
    expect(itemsOf(then)).not.toBe(itemsOf(api));
    await page.fill(input, earlier);
    await page.dispatchEvent(input, 'change');
    await page.waitForFunction(
      `window.quanzeView.handOvers().reduce((s, e) => s + e.items, 0) === ${itemsOf(then)}`,
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.getAttribute(input, 'aria-invalid')).toBeNull();
    expect(await page.getAttribute('[data-testid="dashboard-link"]', 'href')).toContain(`asOf=${earlier}`);
    await page.screenshot({ path: join(RESULTS, 'jurisdiction-2024.png') });
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
