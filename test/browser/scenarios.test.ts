/**
 * The Scenarios panel on the Dependencies tab in Chromium against the sandbox (issue #17), as Priya on PAY:
 * a duration edit on a critical issue shows at once the later finish and the issues it moved with the edit that
 * moved them and the forecast (P50, P80, chance by the launch date) next to the live plan's; the scenario is saved;
 * "Apply to Jira" lists the change, then makes it and shows it done; a second scenario is compared with it in one table.
 * A change Jira holds by the time it is applied shows already in Jira; a link Jira holds before the list is made is
 * listed apart, as already in Jira, and applying records it without a write.
 * The panel asks the server for a preview only for edits: none when the tab opens, none when a saved scenario is opened.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { expect } from '../expect';
import { resolvers, scheduleResult, type ScheduleResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
let harness: Harness;
let schedule: ScheduleResult;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  schedule = await invokeAs(harness, 'schedule/get', { projectKey: 'PAY' }, projectPage(PRIYA.accountId, { key: 'PAY' }), scheduleResult);
});
/** Two open PAY issues with no link between them: a dependency the last step adds in a scenario, then in Jira. */
function unlinkedPair(): [string, string] {
  const linked = new Set(schedule.edges.flatMap((e) => [`${e.from}|${e.to}`, `${e.to}|${e.from}`]));
  const open = schedule.nodes.filter((n) => !n.external && n.statusCategory === 'todo' && !n.critical).map((n) => n.key);
  for (const [i, a] of open.entries()) for (const b of open.slice(i + 1)) if (!linked.has(`${a}|${b}`)) return [a, b];
  throw new Error('PAY has no two open issues without a link between them');
}
/** The resolver calls the page makes, as the sandbox's bridge posts them, with their payloads. */
function invocations(page: Page): { functionKey: string; payload: Record<string, unknown> }[] {
  const seen: { functionKey: string; payload: Record<string, unknown> }[] = [];
  const call = z.object({ functionKey: z.string(), payload: z.record(z.string(), z.unknown()) });
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/__sandbox/invoke')) seen.push(call.parse(request.postDataJSON()));
  });
  return seen;
}
/** Long past the panel's 350 ms wait after the last edit before it asks for a preview. */
const PAST_PREVIEW_DELAY_MS = 1500;

afterAll(async () => {
  await harness?.close();
});

describe('Scenarios panel', () => {
  it('edits a copy, shows the difference at once, saves, and applies with the list of changes and their results', async () => {
    const critical = schedule.nodes.find((n) => n.critical && !n.external && n.statusCategory === 'todo');
    if (!critical) throw new Error('the PAY demo has no open critical issue');
    // Saved before the tab opens, so the panel lists it: applied last, once Jira already holds its link.
    const [from, to] = unlinkedPair();
    await invokeAs(harness, 'scenarios/save', { projectKey: 'PAY', name: 'Linked since', edits: [{ kind: 'addDependency', fromKey: from, toKey: to, linkType: 'Blocks' }] }, projectPage(PRIYA.accountId, { key: 'PAY' }), resolvers['scenarios/save'].result);
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const calls = invocations(page);
    const previews = () => calls.filter((c) => c.functionKey === 'scenarios/preview');
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const panel = frame.locator('.keel-scenarios');
    await panel.waitFor({ timeout: 25_000 });
    // No edits: the live plan's finish, from the tab's own schedule, and no preview asked of the server.
    await expect(panel.getByTestId('scenario-finish').textContent()).resolves.toBe(`No changes yet: the live plan finishes ${schedule.projectFinish}. Add an edit above to see what it moves.`);
    await page.waitForTimeout(PAST_PREVIEW_DELAY_MS);
    expect(calls.map((c) => c.functionKey)).toContain('scenarios/list');
    expect(previews()).toEqual([]);

    await panel.getByRole('button', { name: '+ Duration' }).click();
    await panel.getByLabel('Issue').selectOption(critical.key);
    await panel.getByLabel('Working days').fill(String(Math.ceil(critical.durationDays) + 10));
    await panel.locator('.keel-scenario-diff__finish--later').waitFor({ timeout: 25_000 });
    // Each edit is previewed, never an empty list of them: the new row's first issue may be previewed before the chosen one.
    expect(previews().length).toBeGreaterThanOrEqual(1);
    for (const p of previews()) expect(p.payload['edits']).toEqual([expect.objectContaining({ kind: 'duration' })]);
    expect(previews().at(-1)?.payload['edits']).toEqual([expect.objectContaining({ kind: 'duration', key: critical.key })]);
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

    // Opening a saved scenario answers its difference in the open call: it is not previewed again.
    const before = previews().length;
    const picker = panel.getByLabel('Open a scenario');
    const opened = page.waitForResponse((r) => r.url().endsWith('/__sandbox/invoke') && (r.request().postData() ?? '').includes('"scenarios/open"'), { timeout: 25_000 });
    await picker.selectOption(await picker.locator('option', { hasText: 'Switch provider' }).getAttribute('value') ?? '');
    await opened;
    await page.waitForTimeout(PAST_PREVIEW_DELAY_MS);
    // Applied since, its one edit now changes nothing in the live plan: the difference shown is the open call's.
    await expect(panel.getByTestId('scenario-finish').textContent()).resolves.toContain('no change');
    expect(previews()).toHaveLength(before);

    // "Shorter", listed; Marcus then sets its estimate in Jira himself: the change shows already so, not refused.
    const shorter = page.waitForResponse((r) => r.url().endsWith('/__sandbox/invoke') && (r.request().postData() ?? '').includes('"scenarios/open"'), { timeout: 25_000 });
    await picker.selectOption(await picker.locator('option', { hasText: 'Shorter' }).getAttribute('value') ?? '');
    await shorter;
    await panel.getByRole('button', { name: 'Apply to Jira…' }).click();
    await list.getByRole('button', { name: /^Make 1 change$/ }).waitFor({ timeout: 25_000 });
    const edited = await harness.sandbox.site.handle({ product: 'jira', method: 'PUT', path: `/rest/api/3/issue/${critical.key}`, headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: DEMO_USERS.marcus.accountId }, body: JSON.stringify({ fields: { timetracking: { originalEstimate: '0m' } } }) });
    expect(edited.status).toBe(204);
    await list.getByRole('button', { name: /^Make 1 change$/ }).click();
    await results.waitFor({ timeout: 25_000 });
    await expect(results.locator('h4').textContent()).resolves.toBe('Applied: 0 done, 1 already in Jira');
    await expect(results.locator('.keel-scenario-apply__already').textContent()).resolves.toContain(`= Already in Jira ${critical.key}: original estimate`);
    await results.screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-already.png') });

    // "Linked since": Marcus adds its link in Jira first. The list has nothing to make and shows the link as already in Jira.
    const linkedSince = page.waitForResponse((r) => r.url().endsWith('/__sandbox/invoke') && (r.request().postData() ?? '').includes('"scenarios/open"'), { timeout: 25_000 });
    await picker.selectOption(await picker.locator('option', { hasText: 'Linked since' }).getAttribute('value') ?? '');
    await linkedSince;
    // Jira's request names the issue that blocks `inwardIssue`.
    const link = await harness.sandbox.site.handle({ product: 'jira', method: 'POST', path: '/rest/api/3/issueLink', headers: { 'content-type': 'application/json' }, principal: { type: 'user', accountId: DEMO_USERS.marcus.accountId }, body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: from }, outwardIssue: { key: to } }) });
    expect(link.status).toBe(201);
    await panel.getByRole('button', { name: 'Apply to Jira…' }).click();
    await list.getByRole('button', { name: 'Record as applied (nothing to write)' }).waitFor({ timeout: 25_000 });
    await expect(list.textContent()).resolves.toContain('None: Jira already matches this scenario.');
    await expect(list.locator('.keel-scenario-apply__in-jira').textContent()).resolves.toBe(`${from} → ${to}: new "Blocks" link`);
    await list.screenshot({ path: join(SCREENSHOT_DIR, 'scenarios-already-listed.png') });
    await list.getByRole('button', { name: 'Record as applied (nothing to write)' }).click();
    await results.waitFor({ timeout: 25_000 });
    await expect(results.locator('h4').textContent()).resolves.toBe('Applied: 0 done, 1 already in Jira');
  }, 240_000);
});
