/**
 * One change request walked from draft to published in the graph page's review panel (issue 19),
 * in Debian's Chromium against the service as in production (real HTTP, real Neo4j): each step
 * made with its role's token, the "as if approved" view drawn on the graph, the feed's badge, and
 * the published list version. Without /usr/bin/chromium the suite is skipped and says so.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';

import type { Role } from '../../src/auth/roles';
import { startTestApp, uniquePrefix, type TestApp } from '../support/app';
import { CR_SECRET, Desk } from '../support/change-requests';
import { chromiumPresent, openPage, RESULTS } from '../support/chromium';
import { ReassignmentWorld } from '../support/reassignment-builders';

let app: TestApp;
let browser: Browser;
let page: Page;
let consoleErrors: string[] = [];
let desk: Desk;

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(RESULTS, `change-requests-${name}.png`) });

(chromiumPresent ? describe : describe.skip)('a change request in the graph page', () => {
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    app = await startTestApp({ AUTH_JWT_SECRET: CR_SECRET });
    desk = new Desk(app);
    ({ browser, page, consoleErrors } = await openPage());
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens the panel as `role` (its token pasted) and the request `id` in it. */
  async function openAs(role: Role, id: string): Promise<void> {
    if (await page.isVisible('[data-testid="cr-back"]')) await page.click('[data-testid="cr-back"]');
    else await page.click('[data-testid="cr-open"]');
    await page.fill('[data-testid="cr-token"]', await desk.token(role));
    await page.click('[data-testid="cr-token-use"]');
    await page.click(`[data-testid="cr-item"][data-id="${id}"]`);
    await page.waitForSelector(`[data-testid="cr-detail"][data-id="${id}"]`);
  }

  /** Clicks an action and waits for the state it leads to. */
  async function act(action: string, state: string): Promise<void> {
    await page.click(`[data-testid="cr-action-${action}"]`);
    await page.waitForSelector(`[data-testid="cr-detail"][data-state="${state}"]`, { timeout: 120_000 });
  }

  it('walks a request from a previewed what-if, saved as a draft, to published, each step by its role', async () => {
    const w = await new ReassignmentWorld(app, uniquePrefix('e2e')).build({
      orgs: { a: { name: '甲局' }, b: { name: '乙局' } },
      powers: { p: { name: '某处罚', exercisedBy: ['a'] } },
    });
    await page.goto(`${app.url}/graph/`);
    await page.waitForSelector('[data-testid="graph"][data-state="ready"]');

    // The proposer pastes a token, previews moving the power to 乙局 and saves it as a draft.
    await page.click('[data-testid="cr-open"]');
    await page.fill('[data-testid="cr-token"]', await desk.token('proposer'));
    await page.click('[data-testid="cr-token-use"]');
    await page.fill('[data-testid="search"]', w.name('某处罚'));
    await page.press('[data-testid="search"]', 'Enter');
    // Enter draws the best hit (the power: its prefixed name is unique) and opens it in the panel.
    await page.waitForSelector(`[data-testid="panel"][data-node-id="${w.gid('p:p')}"] [data-testid="what-if"]`, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="what-if-from"] option', { state: 'attached' });
    await page.fill('[data-testid="what-if-search"]', w.name('乙局'));
    await page.press('[data-testid="what-if-search"]', 'Enter');
    await page.waitForSelector('[data-testid="what-if-search"][data-state="found"]');
    await page.fill('[data-testid="what-if-date"]', '2025-07-01');
    await page.click('[data-testid="what-if-preview"]');
    await page.waitForSelector('[data-testid="cr-draft"]', { timeout: 120_000 });
    await page.fill('[data-testid="cr-draft-title"]', `${w.prefix} 移交某处罚`);
    await page.fill('[data-testid="cr-draft-reason"]', '职能调整');
    await page.fill('[data-testid="cr-draft-docno"]', '某编发〔2025〕3号');
    await page.click('[data-testid="cr-draft-save"]');
    const detail = await page.waitForSelector('[data-testid="cr-detail"][data-state="DRAFT"]');
    const draft = { id: (await detail.getAttribute('data-id'))! };
    await shot('0-draft');

    // Anonymous readers see no draft.
    await page.click('[data-testid="cr-back"]');
    await page.fill('[data-testid="cr-token"]', '');
    await page.click('[data-testid="cr-token-use"]');
    // The list, or the note that there is none (a fresh database has no published request).
    await page.waitForSelector('[data-testid="cr-list"], [data-testid="cr-none"]');
    expect(await page.isVisible(`[data-testid="cr-item"][data-id="${draft.id}"]`)).toBe(false);

    await openAs('proposer', draft.id);
    expect(await page.textContent('[data-testid="cr-state"]')).toContain('草稿');
    await act('SUBMIT', 'SUBMITTED');
    await page.waitForSelector('[data-testid="cr-checks"][data-errors="0"]');
    await shot('1-submitted');

    // A wrong role is refused with the service's explanation, and nothing moves.
    await page.click('[data-testid="cr-action-ACCEPT"]');
    expect(await (await page.waitForSelector('[data-testid="cr-error"]')).textContent()).toContain('合法性审查者');

    await openAs('legal-reviewer', draft.id);
    await act('ACCEPT', 'LEGALITY_REVIEW');
    await page.click('[data-testid="cr-action-CLEAR"]');
    await page.waitForFunction(`document.querySelector('[data-testid="cr-state"]').textContent.includes('合法性审查已通过')`);

    await openAs('approver', draft.id);
    await page.click('[data-testid="cr-what-if"]');
    await page.waitForSelector('[data-testid="what-if-impact"][data-affected="1"]', { timeout: 120_000 });
    await shot('2-what-if');
    await act('APPROVE', 'APPROVED');

    await openAs('publisher', draft.id);
    await act('PUBLISH', 'PUBLISHED');
    expect(await page.textContent('[data-testid="cr-version"]')).toMatch(/\d+/);
    // The feed told the page (its badge) that the list was published.
    await page.waitForSelector('[data-testid="cr-badge"]:not([hidden])');
    expect(Number(await page.getAttribute('[data-testid="cr-badge"]', 'data-count'))).toBeGreaterThan(0);
    expect((await page.textContent('[data-testid="cr-history"]'))!.split('→').length - 1).toBe(6);
    await shot('3-published');
    expect(await w.exercised('b', '2025-07-01')).toBe(1);
    expect(consoleErrors).toEqual([]);
  }, 600_000);
});
