/**
 * Issue #16 item 4 in Chromium against the sandbox, as Priya on PAY: the "What to chase" list on top of the
 * Dependencies tab and on the Overview (the first ten, the rest one click away), and the schedule table's column
 * picker: the choice survives a reload (localStorage) and the CSV export holds exactly the columns shown.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { chaseResult, type ChaseResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
let chase: ChaseResult;

const chaseAsPriya = (): Promise<ChaseResult> => invokeAs(harness, 'chase/get', { projectKey: 'PAY' }, projectPage(PRIYA.accountId, { id: '10001', key: 'PAY' }), chaseResult);

beforeAll(async () => {
  harness = await startHarness(snapshot);
  chase = await chaseAsPriya();
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

async function openTab(tab: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: tab }).click();
  return { page, frame };
}

const rowKeys = (list: ReturnType<FrameLocator['getByTestId']>) => list.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key') ?? ''));

describe('What to chase, as Priya', () => {
  it('opens the Dependencies tab with the list, the first ten in the answer’s order, the rest on request', async () => {
    expect(chase.chase.total).toBeGreaterThan(10);
    const { page, frame } = await openTab('Dependencies');
    const list = frame.getByTestId('chase-list');
    await list.waitFor({ timeout: 25_000 });
    // On top: the list comes before the map and the schedule table.
    const above = await frame.locator('.keel-dependencies').evaluate((root) => {
      const all = [...root.querySelectorAll('[data-testid="chase-list"], [data-testid="schedule-table"]')];
      return all[0]?.getAttribute('data-testid');
    });
    expect(above).toBe('chase-list');
    expect(await rowKeys(list)).toEqual(chase.chase.entries.slice(0, 10).map((e) => e.key));
    expect(await list.getByTestId('chase-count').textContent()).toContain(`${chase.chase.total} issues to chase`);
    const first = chase.chase.entries[0];
    if (!first) throw new Error('no entry');
    const row = list.locator(`tr[data-key="${first.key}"]`);
    expect(await row.locator('td').nth(1).textContent()).toBe(first.assignee?.displayName ?? 'Unassigned');
    // The site's own address (the context's siteUrl), so middle-click and "copy link" work.
    expect(await row.locator('a.keel-key').getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/browse/${first.key}$`));
    await harness.screenshot(page, 'chase-dependencies-priya');
    await list.getByRole('button', { name: `Show all ${chase.chase.entries.length}` }).click();
    expect(await rowKeys(list)).toEqual(chase.chase.entries.map((e) => e.key));
  });

  it('shows the same list on the Overview', async () => {
    const { page, frame } = await openTab('Overview');
    const list = frame.getByTestId('chase-list');
    await list.waitFor({ timeout: 25_000 });
    expect(await rowKeys(list)).toEqual(chase.chase.entries.slice(0, 10).map((e) => e.key));
    await list.screenshot({ path: `${(await import('./browser-harness')).SCREENSHOT_DIR}/chase-overview-priya.png` });
    await page.close();
  });
});

describe('the schedule table’s columns, as Priya', () => {
  it('hides and shows columns, remembers the choice, and exports exactly what is shown', async () => {
    const { page, frame } = await openTab('Dependencies');
    const table = frame.getByTestId('schedule-table');
    await table.waitFor({ timeout: 25_000 });
    const headers = () => table.locator('thead th').allTextContents().then((t) => t.map((s) => s.replace(/[▲▼↕]/g, '').trim()));
    // Every chosen column, and the forecast's criticality index, which is shown wherever the tab has the forecast.
    expect(await headers()).toHaveLength(15);
    const picker = frame.locator('section[aria-labelledby="keel-schedule-title"]').getByTestId('column-picker');
    await picker.locator('summary').click();
    for (const name of ['Late start', 'Late finish', 'Free slack (d)', 'Critical']) await picker.getByLabel(name, { exact: true }).uncheck();
    // Without "Critical", the criticality index goes last.
    const shown = ['Key', 'Summary', 'Duration (d)', 'Early start', 'Early finish', 'Total slack (d)', 'Assignee', 'Status', 'Due', 'Finish vs due (d)', 'Criticality index'];
    expect(await headers()).toEqual(shown);
    expect(await table.locator('tbody tr').first().locator('th, td').count()).toBe(shown.length);
    await harness.screenshot(page, 'schedule-columns-priya');

    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator('section[aria-labelledby="keel-schedule-title"]').getByRole('button', { name: 'Export CSV' }).click()]);
    const lines = (await readFile(await download.path(), 'utf8')).slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(shown.join(','));
    const firstKey = await table.locator('tbody tr').first().getAttribute('data-key');
    expect(lines[1]?.split(',')[0]).toBe(firstKey);

    // Remembered in this browser: a reload shows the same columns.
    await page.reload();
    await app(page).getByRole('tab', { name: 'Dependencies' }).click();
    const again = app(page).getByTestId('schedule-table');
    await again.waitFor({ timeout: 25_000 });
    expect(await again.locator('thead th').allTextContents().then((t) => t.map((s) => s.replace(/[▲▼↕]/g, '').trim()))).toEqual(shown);
    // Put back, so the other tests see every column.
    const pickerAgain = app(page).locator('section[aria-labelledby="keel-schedule-title"]').getByTestId('column-picker');
    await pickerAgain.locator('summary').click();
    await pickerAgain.getByRole('button', { name: 'Show all' }).click();
    expect(await again.locator('thead th').count()).toBe(15);
  });
});
