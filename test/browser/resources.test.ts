/**
 * The Resources tab in Chromium against the sandbox (issue #14), for the demo's PAY project as Priya: the levelled
 * finish next to the CPM finish, the heat map of load against capacity with the over-allocated cells red (as many as
 * the resolver counts), a click on a cell listing the issues that make its load, the levelled plan's load, and what
 * moved and why. Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { resourcesResult, type ResourcesResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;

const resourcesOf = (projectKey: string): Promise<ResourcesResult> => invokeAs(harness, 'resources/get', {}, projectPage(PRIYA.accountId, { key: projectKey }), resourcesResult);

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe('Resources tab', () => {
  it('shows the levelled finish beside the CPM finish, red over-allocated cells, a cell’s issues on a click, the levelled load and what moved', async () => {
    const expected = await resourcesOf('PAY');
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Resources' }).click();
    await frame.getByTestId('resources-headline').waitFor({ timeout: 60_000 });
    const headline = await frame.getByTestId('resources-headline').innerText();
    expect(headline).toContain(`${expected.overAllocatedCells} person-weeks are over-allocated in the critical-path plan`);
    expect(headline).toMatch(/finishes on|the finish stays on/);

    const map = frame.getByTestId('resources-heat-map');
    await expect(map.locator('td[data-band="over"]').count()).resolves.toBe(expected.overAllocatedCells);
    await expect(map.locator('tbody tr').count()).resolves.toBe(expected.rows.length);
    // Red from the design tokens: the danger-bold background's fallback or the sandbox's token value, never a stray colour.
    const red = await map.locator('td[data-band="over"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(red).not.toBe('rgba(0, 0, 0, 0)');
    await harness.screenshot(page, 'resources-pay-cpm');

    const overCell = expected.rows.flatMap((row) => row.cells.map((cell, w) => ({ row, cell, w }))).find(({ cell }) => cell.cpmHours > cell.capacityHours);
    if (!overCell) throw new Error('the demo has no over-allocated cell in PAY');
    await map.locator('td[data-band="over"] button').first().click();
    const listed = frame.getByTestId('resources-cell-issues');
    await listed.waitFor();
    const firstOver = await listed.locator('tbody th').allInnerTexts();
    expect(firstOver.length).toBeGreaterThan(1);
    expect(await listed.innerText()).toMatch(/week of .*: \d+(\.\d)? h of \d+(\.\d)? h/);
    await harness.screenshot(page, 'resources-pay-cell');

    await frame.getByRole('radio', { name: 'Levelled' }).check();
    await expect(map.locator('td[data-band="over"]').count()).resolves.toBe(expected.levelledOverAllocatedCells);
    await expect(frame.getByTestId('resources-moved').locator('tbody tr').count()).resolves.toBe(expected.moved.length);
    const moved = await frame.getByTestId('resources-moved').innerText();
    expect(moved).toMatch(/busy with [A-Z]+-\d+|its predecessor [A-Z]+-\d+/);
    expect(harness.consoleErrors).toEqual([]);
    await harness.screenshot(page, 'resources-pay-levelled');
  }, 180_000);

  it('the issue panel shows an issue’s levelling delay and what it waits for', async () => {
    const expected = await resourcesOf('PAY');
    const moved = expected.moved.find((m) => m.waitsFor.kind === 'resource' && m.waitsFor.holder !== null);
    if (!moved || moved.waitsFor.kind !== 'resource') throw new Error('the demo has no issue in PAY waiting for a person');
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', issue: moved.key, module: 'keel-issue-panel' });
    const frame = page.frameLocator('iframe.module-frame');
    const delay = frame.getByTestId('issue-levelling-delay');
    await delay.waitFor({ timeout: 60_000 });
    await expect(delay.innerText()).resolves.toMatch(/^Levelled, it starts on .*: [\d.]+ working days? after its critical-path start/);
    await expect(frame.getByTestId('issue-levelling-waits').innerText()).resolves.toContain(`It waits for ${moved.waitsFor.resource}, busy with ${moved.waitsFor.holder ?? ''} (“`);
    await frame.getByTestId('issue-levelling').scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'resources-issue-panel');
  }, 120_000);

  it('the Dependencies tab switches its table and Gantt between CPM and levelled dates', async () => {
    const expected = await resourcesOf('PAY');
    const moved = expected.moved.find((m) => m.levelledStart > m.earlyStart);
    if (!moved) throw new Error('the demo moves no issue of PAY by a day or more');
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const row = frame.getByTestId('schedule-table').locator(`tr[data-key="${moved.key}"]`);
    await row.waitFor({ timeout: 60_000 });
    await expect(row.locator('td[data-column="earlyStart"]').innerText()).resolves.toBe(moved.earlyStart);
    await frame.getByRole('radio', { name: 'Levelled' }).check();
    await frame.getByTestId('levelled-dates-note').waitFor({ timeout: 60_000 });
    await expect(row.locator('td[data-column="earlyStart"]').innerText()).resolves.toBe(moved.levelledStart);
    await frame.getByRole('radio', { name: 'Gantt' }).click();
    const bar = frame.locator(`[data-key="${moved.key}"]`).first();
    await bar.waitFor();
    await harness.screenshot(page, 'resources-dependencies-levelled');
    await frame.getByRole('radio', { name: 'Critical path (CPM)' }).check();
    await expect(row.locator('td[data-column="earlyStart"]').innerText()).resolves.toBe(moved.earlyStart);
    expect(harness.consoleErrors).toEqual([]);
  }, 120_000);
});
