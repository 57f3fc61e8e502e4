/**
 * The Dependencies tab of a scope too large to send at once (issue #11), in Chromium against the sandbox: BIG
 * on the generated large site with 2,000 issues (above the 1,500 background threshold, and its whole schedule
 * over the answer budget). The page says the schedule is being computed, then opens the map on the epics with
 * the critical chain; picking an epic loads its issues into the map; the table pages on the server. The
 * figures at 50,000 issues are in `npm run bench` (test/bench/answers-bench.ts): the same answers, larger.
 * The epics map paints from `schedule/get` alone (it carries the epics beside its head); `schedule/summary` only
 * adds the forecast's badges.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import type { FrameLocator, Page } from 'playwright-core';
import type { ResolverResult, ScheduleResult } from '@contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { storeForecastIterations } from '../resolvers/large-app';

const snapshot = largeSnapshot({ issues: 2000, today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  const app = await import('../../src/index');
  harness.sandbox.runtime.queue.register('keel-analysis', app.analysisConsumer);
  // The badges' figures are read as the forecast gives them, whatever its iterations: 200, not the default 4,300.
  await storeForecastIterations(harness.sandbox.runtime, 200);
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

describe('the Dependencies tab of a 2,000-issue scope', () => {
  it('opens on the epics and their critical chain, then drills into one epic, with the table paged on the server', async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'BIG', module: 'keel-project-page' });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    await frame.getByTestId('schedule-computing').waitFor({ timeout: 60_000 });
    await harness.sandbox.runtime.queue.drain();

    // No reload: the page asks again, and the answer says the schedule is too large to send whole.
    const summary = frame.getByTestId('schedule-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect(await frame.getByTestId('summary-count').innerText()).toMatch(/^\d+ epics and \d+ links between them/);
    expect(await frame.getByTestId('critical-chain').innerText()).toMatch(/^Critical chain: /);
    expect(await summary.locator('.keel-node').count()).toBeGreaterThan(10);
    expect(await frame.getByTestId('issue-link-count').innerText()).toMatch(/^2,\d{3} · \d/);
    const caption = frame.getByTestId('schedule-page');
    await frame.getByText(/rows 1–100 of 2,\d{3}/).waitFor({ timeout: 60_000 });
    await harness.screenshot(page, 'dependencies-large-summary');

    await frame.getByTestId('epic-picker').selectOption('BIG-1');
    const detail = frame.getByTestId('epic-detail');
    await detail.waitFor({ timeout: 60_000 });
    expect(await detail.getByRole('status').first().innerText()).toMatch(/^BIG-1: 40 issues/);
    await detail.getByTestId('dependency-graph').locator('.keel-node').first().waitFor({ timeout: 60_000 });
    await harness.screenshot(page, 'dependencies-large-epic');

    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByText(/rows 101–200 of/).waitFor({ timeout: 60_000 });
    expect(await caption.innerText()).toContain('sorted by early start, ascending');
    expect(harness.consoleErrors).toEqual([]);
  }, 400_000);

  it("badges the epics and an epic's issues with the stored forecast's criticality, and sorts the paged table by it (#15)", async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'BIG', module: 'keel-project-page' });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const summary = frame.getByTestId('schedule-summary');
    await frame.getByTestId('schedule-computing').or(summary).first().waitFor({ timeout: 60_000 });
    // The analysis (when this test runs alone) and the forecast it queues.
    await harness.sandbox.runtime.queue.drain();
    await page.reload();
    await app(page).getByRole('tab', { name: 'Dependencies' }).click();
    await summary.waitFor({ timeout: 120_000 });
    // Zoomed out to the whole map, a box shows its key only: the badge is there, drawn when zoomed in.
    const badge = summary.locator('.keel-node__criticality').first();
    await badge.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await badge.textContent()).toMatch(/^CI \d+%$/);
    expect(await frame.getByTestId('criticality-note').first().innerText()).toMatch(/^CI: the share of the forecast’s [\d,]+ simulated plans .*an epic: its most critical issue/);

    const table = frame.getByTestId('schedule-table');
    await frame.getByText(/rows 1–100 of 2,\d{3}/).waitFor({ timeout: 60_000 });
    const sortButton = table.locator('button[data-column="criticality"]');
    await sortButton.click();
    await frame.getByText(/sorted by criticality index, ascending/).waitFor({ timeout: 60_000 });
    await sortButton.click();
    await frame.getByText(/sorted by criticality index, descending/).waitFor({ timeout: 60_000 });
    const cells = table.locator('tbody tr td[data-column="criticality"]');
    await table.locator('tbody tr td[data-column="criticality"]', { hasText: '%' }).first().waitFor({ timeout: 60_000 });
    const values = (await cells.allInnerTexts()).slice(0, 20).map((t) => (t.endsWith('%') ? Number(t.replace(/[<>%]/g, '')) : -1));
    expect(values[0]).toBeGreaterThan(0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await harness.screenshot(page, 'dependencies-large-criticality');

    await frame.getByTestId('epic-picker').selectOption('BIG-1');
    const detail = frame.getByTestId('epic-detail');
    await detail.waitFor({ timeout: 60_000 });
    await detail.locator('.keel-node__criticality').first().waitFor({ state: 'attached', timeout: 60_000 });
    await harness.screenshot(page, 'dependencies-large-epic-criticality');
    expect(harness.consoleErrors).toEqual([]);
  }, 400_000);

  it('paints the epics map from schedule/get alone, then badges it from schedule/summary without drawing it again (#11)', async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'BIG', module: 'keel-project-page' });
    const asked: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // schedule/summary is held until the map has painted: only schedule/get can have drawn it.
    await page.route('**/__sandbox/invoke', async (route) => {
      const functionKey = String((route.request().postDataJSON() as { functionKey?: unknown } | null)?.functionKey);
      asked.push(functionKey);
      if (functionKey === 'schedule/summary') await held;
      await route.continue();
    });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const summary = frame.getByTestId('schedule-summary');
    await summary.waitFor({ timeout: 120_000 });
    expect(await frame.getByTestId('summary-count').innerText()).toMatch(/^\d+ epics and \d+ links between them/);
    expect(await frame.getByTestId('critical-chain').innerText()).toMatch(/^Critical chain: [A-Z]+-\d+ → /);
    const boxes = await summary.locator('.keel-node').count();
    expect(boxes).toBeGreaterThan(10);
    expect(asked.filter((k) => k.startsWith('schedule/')).sort()).toEqual(['schedule/get', 'schedule/rows', 'schedule/summary']);
    expect(await summary.locator('.keel-node__criticality').count(), 'no badge before schedule/summary answers').toBe(0);
    await harness.screenshot(page, 'dependencies-large-one-call');

    const drawn = await summary.elementHandle();
    release();
    await summary.locator('.keel-node__criticality').first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(await frame.getByTestId('criticality-note').first().innerText()).toMatch(/^CI: /);
    expect(await drawn?.evaluate((map) => map.isConnected), 'the same map, not drawn again').toBe(true);
    expect(await summary.locator('.keel-node').count()).toBe(boxes);
    await harness.screenshot(page, 'dependencies-large-one-call-badged');
    expect(harness.consoleErrors).toEqual([]);
  }, 400_000);
  it('polls during a refresh without the epics summary it holds, the map staying as it was (#11)', async () => {
    // A refresh on its way: the tab asks schedule/get again every few seconds until it is stored (never, here).
    const { kvs } = harness.sandbox.runtime;
    const statusKey = 'schedule-analysis:BIG:status';
    kvs.set('kvs', statusKey, { ...(kvs.get('kvs', statusKey)?.value as Record<string, unknown>), stale: true });
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'BIG', module: 'keel-project-page' });
    const calls: { payload: Record<string, unknown>; data: ScheduleResult; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      const body = request.postDataJSON() as { functionKey?: string; payload: Record<string, unknown> } | null;
      if (!request.url().endsWith('/__sandbox/invoke') || body?.functionKey !== 'schedule/get') return;
      void request.response().then(async (response) => {
        const text = (await response?.text()) ?? 'null';
        calls.push({ payload: body.payload, data: (JSON.parse(text) as ResolverResult<ScheduleResult> & { ok: true }).data, bytes: text.length });
      });
    });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const summary = frame.getByTestId('schedule-summary');
    await summary.waitFor({ timeout: 120_000 });
    const drawn = await summary.elementHandle();
    const boxes = await summary.locator('.keel-node').count();
    await eventually(() => expect(calls.length, 'the answer and a poll').toBeGreaterThanOrEqual(2), { timeout: 60_000 });
    const [first, poll] = calls;
    expect(first?.data.background).toMatchObject({ state: 'ready', refreshing: true });
    expect(first?.payload.summaryHeld, 'the first call holds nothing').toBeUndefined();
    const version = first?.data.summaryVersion;
    expect(first?.data.summary?.groups.length).toBeGreaterThan(10);
    expect(poll?.payload.summaryHeld, 'the poll says which summary it holds').toBe(version);
    expect(poll?.data.summary, 'and is not sent it again').toBeUndefined();
    expect(poll?.data.summaryVersion).toBe(version);
    expect((first?.bytes ?? 0) - (poll?.bytes ?? 0)).toBeGreaterThan(10_000);
    expect(await drawn?.evaluate((map) => map.isConnected), 'the same map, not drawn again').toBe(true);
    expect(await summary.locator('.keel-node').count()).toBe(boxes);
    expect(await frame.getByTestId('summary-count').innerText()).toMatch(/^\d+ epics and \d+ links between them/);
    await harness.screenshot(page, 'dependencies-large-polled');
    expect(harness.consoleErrors).toEqual([]);
  }, 400_000);
});
