/**
 * Issue #15, item 1, in Chromium against the sandbox: the Dependencies tab of the demo's PAY as Priya gets the
 * forecast's criticality index in its schedule table (a column, sortable: the most critical first, descending,
 * each value as `forecast/criticality` answers it) and on its map (a "CI" badge on each open issue the forecast
 * draws). Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { forecastCriticality, type ForecastCriticality } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
let harness: Harness;

const criticalityOf = (projectKey: string): Promise<ForecastCriticality> =>
  invokeAs(harness, 'forecast/criticality', { projectKey }, projectPage(PRIYA.accountId, { key: projectKey }), forecastCriticality);

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe('the criticality index on the Dependencies tab', () => {
  it('fills a sortable column of the schedule table and badges the map', async () => {
    const expected = await criticalityOf('PAY');
    expect(expected.issues.length).toBeGreaterThan(10);
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const table = frame.getByTestId('schedule-table');
    const activities = table.locator('tbody:not([data-testid="schedule-summaries"])');
    const cells = activities.locator('td[data-column="criticality"]');
    await cells.first().waitFor({ timeout: 40_000 });
    // The column fills in when the forecast answers (it is simulated after the schedule).
    await frame.locator('td[data-column="criticality"]', { hasText: '%' }).first().waitFor({ timeout: 40_000 });

    const sortButton = table.locator('button[data-column="criticality"]');
    await sortButton.click();
    await sortButton.click();
    const header = table.locator('th', { has: frame.locator('button[data-column="criticality"]') });
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const keys = await activities.locator('tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
    const valueOf = new Map(expected.issues.map((i) => [i.key, i.criticality]));
    const values = keys.map((k) => valueOf.get(k) ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const top = expected.issues.reduce((best, i) => (i.criticality > best.criticality ? i : best));
    const firstCell = activities.locator('tr').first().locator('td[data-column="criticality"]');
    expect(await firstCell.textContent()).toBe(`${Math.round(top.criticality * 100)}%`);
    expect(await firstCell.getAttribute('title')).toContain('simulated plans; cruciality');
    // A done issue is not drawn: a dash, sorted last.
    expect(await activities.locator('tr').last().locator('td[data-column="criticality"]').textContent()).toBe('–');
    expect(await table.locator('caption').textContent()).toContain('sorted by criticality index, descending');
    await harness.screenshot(page, 'dependencies-criticality-column');

    const badges = frame.getByTestId('dependency-graph').locator('.keel-node__criticality');
    await badges.first().waitFor({ timeout: 10_000 });
    const badged = await badges.evaluateAll((els) => els.map((e) => ({ key: e.closest('.keel-node')?.getAttribute('data-key') ?? '', text: e.textContent ?? '' })));
    expect(badged.length).toBeGreaterThan(0);
    for (const { key, text } of badged) expect(text).toBe(`CI ${Math.round((valueOf.get(key) ?? NaN) * 100)}%`);
    await harness.screenshot(page, 'dependencies-criticality-map');
  }, 180_000);
});
