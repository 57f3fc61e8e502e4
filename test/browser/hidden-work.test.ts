/**
 * Issue #16 item 5 in Chromium against the sandbox, as Aiko on PAY (she may not browse PLAT nor see PAY's "Staff
 * only" issues): every tab of the project page opens with one banner saying how much is hidden (counts only) and
 * what it may change there; the Dependencies headline figures, the map's cards and the table's rows linked to hidden
 * work carry the ◐ marker, and no hidden issue is named.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { hiddenWorkResult, type HiddenWorkResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const AIKO = DEMO_USERS.aiko;
const TABS = ['Overview', 'Dependencies', 'Forecast', 'Risks', 'Earned value', 'RACI', 'Decisions'] as const;

let harness: Harness;
let hidden: HiddenWorkResult;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  hidden = await invokeAs(harness, 'hidden/get', { projectKey: 'PAY' }, projectPage(AIKO.accountId, { id: '10001', key: 'PAY' }), hiddenWorkResult);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

describe('work hidden from Aiko', () => {
  it('is announced at the top of every tab, with its counts and what it may change there', async () => {
    expect(hidden.hidden?.issues).toBe(8);
    const links = hidden.hidden?.links ?? 0;
    expect(links).toBeGreaterThan(0);
    const page = await harness.open({ user: AIKO.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = app(page);
    const seen = new Set<string>();
    for (const tab of TABS) {
      await frame.getByRole('tab', { name: tab }).click();
      const banner = frame.getByTestId('hidden-work-banner');
      await banner.waitFor({ timeout: 25_000 });
      const text = (await banner.textContent()) ?? '';
      expect(text).toContain(`8 issues and ${links} links you may not see`);
      seen.add(text.split('may not see.')[1] ?? '');
      // At the top: nothing of the tab's own content comes before it.
      const first = await frame.locator('[role="tabpanel"]').evaluate((panel) => panel.firstElementChild?.getAttribute('data-testid'));
      expect(first).toBe('hidden-work-banner');
      expect(await banner.getAttribute('data-tab')).toBe(tab.toLowerCase().replace(' ', '-'));
      // Figures made of issues carry the marker too: 8 issues are hidden from Aiko, so the amounts may change.
      if (tab === 'Earned value') expect(await frame.getByTestId('evm-amounts').getByTestId('hidden-marker').count()).toBe(5);
      if (tab === 'Dependencies' || tab === 'Earned value' || tab === 'RACI') await harness.screenshot(page, `hidden-work-${tab.toLowerCase().replace(' ', '-')}-aiko`);
    }
    // One banner, and what it says the hidden work may change differs per tab.
    expect(seen.size).toBe(TABS.length);
  });

  it('marks the Dependencies headline figures, the cards and rows linked to hidden work, and names no hidden issue', async () => {
    const page = await harness.open({ user: AIKO.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const headline = frame.getByTestId('schedule-headline');
    await headline.waitFor({ timeout: 25_000 });
    expect(await headline.getByTestId('hidden-marker').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-marker-for')))).toEqual(['the finish', 'the duration', 'the critical count', 'the issue and link counts']);
    const affected = hidden.hidden?.affectedKeys ?? [];
    const cards = await frame.locator('.keel-node[data-hidden-link]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key') ?? ''));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((k) => affected.includes(k))).toBe(true);
    const rows = await frame.getByTestId('schedule-table').locator('tbody tr:has([data-testid="hidden-marker"])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key') ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((k) => affected.includes(k))).toBe(true);
    const text = (await frame.getByTestId('hidden-work-banner').textContent()) ?? '';
    expect(text).not.toMatch(/PLAT-\d+/);
  });

  it('tells Priya only of the one link into SEC, the one project not even she may browse', async () => {
    // Not even Priya may browse SEC, so she too is told of one hidden link: the banner is there, and says only that.
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const banner = app(page).getByTestId('hidden-work-banner');
    await banner.waitFor({ timeout: 25_000 });
    expect(await banner.textContent()).toContain('Part of this plan is hidden from you: 1 link you may not see.');
  });
});
