/**
 * The Scenarios panel on the Dependencies tab in Chromium against the sandbox (issue #17), as Priya on PAY:
 * a duration edit on a critical issue shows at once the later finish and the issues it moved with the edit that
 * moved them and the forecast (P50, P80, chance by the launch date) next to the live plan's; the scenario is saved;
 * "Apply to Jira" lists the change, then makes it and shows it done; a second scenario is compared with it in one table.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { join } from 'node:path';
import { expect } from '../expect';
import { resolverEnvelope, scheduleResult, type ScheduleResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
let harness: Harness;
let schedule: ScheduleResult;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'schedule/get', payload: { projectKey: 'PAY' }, context: { accountId: PRIYA.accountId, moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: { key: 'PAY' } } } }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(envelope.error.message);
  schedule = scheduleResult.parse(envelope.data);
});
afterAll(async () => {
  await harness?.close();
});

describe('Scenarios panel', () => {
  it('edits a copy, shows the difference at once, saves, and applies with the list of changes and their results', async () => {
    const critical = schedule.nodes.find((n) => n.critical && !n.external && n.statusCategory === 'todo');
    if (!critical) throw new Error('the PAY demo has no open critical issue');
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const panel = frame.locator('.keel-scenarios');
    await panel.waitFor({ timeout: 25_000 });
    await expect(panel.getByTestId('scenario-finish').textContent()).resolves.toContain('no change');

    await panel.getByRole('button', { name: '+ Duration' }).click();
    await panel.getByLabel('Issue').selectOption(critical.key);
    await panel.getByLabel('Working days').fill(String(Math.ceil(critical.durationDays) + 10));
    await panel.locator('.keel-scenario-diff__finish--later').waitFor({ timeout: 25_000 });
    const moved = await panel.locator('.keel-scenario-diff__moved tbody tr').count();
    expect(moved).toBeGreaterThan(0);
    await expect(panel.locator('.keel-scenario-diff__moved').textContent()).resolves.toContain(`${critical.key}: duration`);
    await expect(panel.getByTestId('scenario-forecast').textContent()).resolves.toMatch(/Forecast: P50 .* P80 .*live .*within ±1\.5 points/);
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-diff.png') });

    await panel.getByLabel('Scenario name').fill('Switch provider');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved "Switch provider".').waitFor({ timeout: 25_000 });
    await panel.getByRole('button', { name: 'Apply to Jira…' }).click();
    const list = panel.locator('.keel-scenario-apply__list');
    await list.waitFor({ timeout: 25_000 });
    await expect(list.textContent()).resolves.toContain(`${critical.key}: original estimate`);
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-apply-list.png') });
    await list.getByRole('button', { name: /^Make 1 change$/ }).click();
    const results = panel.locator('.keel-scenario-apply__results');
    await results.waitFor({ timeout: 25_000 });
    await expect(results.textContent()).resolves.toContain('1 done, 0 refused');
    await panel.screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-applied.png') });

    await panel.getByLabel('Open a scenario').selectOption('');
    await panel.getByRole('button', { name: '+ Duration' }).click();
    await panel.getByLabel('Issue').selectOption(critical.key);
    await panel.getByLabel('Working days').fill('0');
    await panel.getByLabel('Scenario name').fill('Shorter');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByText('Saved "Shorter".').waitFor({ timeout: 25_000 });
    await panel.getByLabel('Compare with').selectOption({ label: 'Switch provider' });
    await panel.getByRole('button', { name: 'Compare' }).click();
    const table = panel.getByTestId('scenario-comparison');
    await table.waitFor({ timeout: 25_000 });
    await expect(table.textContent()).resolves.toMatch(/Live plan.*Shorter.*Switch provider.*Forecast P80.*Chance by the launch date/);
    await table.scrollIntoViewIfNeeded();
    await panel.getByTestId('scenario-compare').screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-compare.png') });
  }, 180_000);
});
