/**
 * The graph page's "compare dates" mode (issue 17 §3) in Chromium: one organization's list
 * imported in two versions; the page colours the rows added, removed and changed between the two
 * dates exactly as listDiff reports them, Chinese first with the English toggle. Screenshots go to
 * test-results/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { importPowers } from '../../src/importer/import-powers';
import { gql, startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { chromiumPresent, openPage, RESULTS } from '../support/chromium';
import { ensureLaws } from '../support/import-helpers';

const P = uniquePrefix('比对');
const ORG = `${P}自然资源局`;
const HEADER = '序号,事项名称,权力类型,实施依据,行使主体,责任事项内容';
const row = (n: number, name: string, category: string, article: string, duty = '1.立案责任：立案。'): string =>
  [n, name, category, `【法律】《中华人民共和国土地管理法》${article}`, ORG, `"${duty}"`].join(',');
const V1 = [
  HEADER,
  row(1, '对非法占用土地的处罚', '行政处罚', '第七十七条'),
  row(2, '土地复垦验收确认', '行政确认', '第四十三条'),
  row(3, '建设用地审批', '行政许可', '第四十四条'),
  row(4, '土地登记', '其他行政权力', '第十二条'),
  row(5, '对破坏耕地的处罚', '行政处罚', '第七十五条'),
];
const V2 = [
  HEADER,
  row(1, '对非法占用土地的处罚', '行政处罚', '第七十七条'),
  // 2 removed; 3 renamed; 4 re-typed; 5 basis changed; 6 added.
  row(3, '建设用地审批手续', '行政许可', '第四十四条'),
  row(4, '土地登记', '行政确认', '第十二条'),
  row(5, '对破坏耕地的处罚', '行政处罚', '第七十五条、第七十六条'),
  row(6, '对拒不履行土地复垦义务的处罚', '行政处罚', '第七十六条'),
];
const FROM = '2024-06-01';
const TO = '2025-03-01';

let app: TestApp;
let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];
let orgId: string;

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(RESULTS, `graph-compare-${name}.png`) });
const graphData = (name: string): Promise<string | null> => page.getAttribute('[data-testid="graph"]', `data-${name}`);

(chromiumPresent ? describe : describe.skip)('the graph page compares two dates', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp();
    await ensureLaws(app.db);
    const dir = mkdtempSync(join(tmpdir(), 'quanze-compare-'));
    for (const [name, lines, validFrom] of [
      ['v1.csv', V1, '2024-01-01'],
      ['v2.csv', V2, '2025-01-01'],
    ] as const) {
      const path = join(dir, `${P}${name}`);
      writeFileSync(path, `${lines.join('\r\n')}\r\n`, 'utf8');
      const summary = await importPowers(app.db, path, { dryRun: false, skipInvalid: false, validFrom });
      expect(summary.errors).toEqual([]);
    }
    const found = await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
      app,
      `query($n: String!) { organizations(filter: { name: $n }) { edges { node { id } } } }`,
      { n: ORG },
    );
    orgId = found.data!.organizations.edges[0]!.node.id;
    ({ browser, page, consoleErrors } = await openPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('colours the added, removed and changed rows as listDiff reports them', async () => {
    await page.goto(`${app.url}/graph/?id=${encodeURIComponent(orgId)}&asOf=${TO}`);
    await page.waitForSelector(
      '[data-testid="graph"][data-state="ready"][data-node-count]:not([data-node-count="0"])',
      { timeout: 60_000 },
    );
    await page.click('[data-testid="compare"]');
    await page.fill('[data-testid="compare-from"]', FROM);
    await page.dispatchEvent('[data-testid="compare-from"]', 'change');
    await page.waitForFunction(
      `(() => { const g = document.querySelector('[data-testid="graph"]'); return g.dataset.diffState === 'ready' && g.dataset.state === 'ready'; })()`,
      undefined,
      { timeout: 60_000 },
    );

    const api = await gql<{
      listDiff: { changes: { kind: string; before: { id: string } | null; after: { id: string } | null }[] };
    }>(
      app,
      `query($id: ID!, $from: Date!, $to: Date!) { listDiff(organizationId: $id, from: $from, to: $to) { changes { kind before { id } after { id } } } }`,
      { id: orgId, from: FROM, to: TO },
    );
    expect(api.errors).toBeUndefined();
    const changes = api.data!.listDiff.changes;
    expect(changes.map((c) => c.kind).sort()).toEqual(['ADDED', 'BASIS_CHANGED', 'REMOVED', 'RENAMED', 'RETYPED']);
    const expected = Object.fromEntries(
      changes.map((c) =>
        c.kind === 'REMOVED' ? [c.before!.id, 'removed'] : [c.after!.id, c.kind === 'ADDED' ? 'added' : 'changed'],
      ),
    );
    expect(await page.evaluate('window.quanzeView.diffMarks()')).toEqual(expected);
    expect([await graphData('diff-added'), await graphData('diff-removed'), await graphData('diff-changed')]).toEqual([
      '1',
      '1',
      '3',
    ]);
    // The removed row is drawn as it was on the start date, beside the list it left.
    const powers = await page.evaluate<{ label: string }[]>('window.quanzeView.nodes("Power")');
    expect(powers.map((p) => p.label)).toContain('土地复垦验收确认');
    expect(await page.textContent('[data-testid="compare-counts"]')).toBe('新增 1 项，取消 1 项，变更 3 项');
    expect(await page.textContent('[data-testid="legend"]')).toContain('取消（起始日有、现已无）');
    await shot('1-zh');
  }, 120_000);

  it('switches to English and turns the mode off again', async () => {
    await page.click('[data-testid="lang"]');
    expect(await page.textContent('[data-testid="compare"]')).toBe('Compare dates');
    expect(await page.textContent('[data-testid="compare-counts"]')).toBe('1 added, 1 removed, 3 changed');
    await shot('2-en');
    await page.click('[data-testid="compare"]');
    await page.waitForSelector('[data-testid="graph"][data-diff-state="off"]', { timeout: 60_000 });
    expect(await page.evaluate('window.quanzeView.diffMarks()')).toEqual({});
    const powers = await page.evaluate<{ label: string }[]>('window.quanzeView.nodes("Power")');
    expect(powers.map((p) => p.label)).not.toContain('土地复垦验收确认');
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
