/**
 * The Gantt on the Dependencies tab in Chromium against the sandbox, for PAY as Priya: each timescale with a
 * pixel check that bars are their working days long, grouped by epic, assignee and project, a stored baseline
 * under the bars, the keyboard, the remembered choice, weekends shaded, the SVG and PNG exports, and the targets'
 * flags (the demo's launch date, release "1.0 Launch") with their variance, in both themes' exports.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { baselineSummary, scheduleResult, statusResult, type ScheduleResult } from '@contract';
import { workingCalendar } from '../../src/domain/schedule/working-calendar';
import { targetOffset } from '../../static/src/gantt/gantt-flags';
import { flagLabel, ganttTargets } from '../../static/src/gantt/gantt-targets';
import { DAY_WIDTH } from '../../static/src/gantt/gantt-timescale';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { eventually } from '../eventually';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
let schedule: ScheduleResult;

/** A resolver's answer on PAY's project page, as Priya. */
function invoke<T>(functionKey: string, payload: Record<string, unknown>, schema: { parse: (data: unknown) => T }): Promise<T> {
  const project = harness.sandbox.site.state.projects.find((p) => p.key === 'PAY');
  return invokeAs(harness, functionKey, payload, projectPage(PRIYA.accountId, { id: project?.id ?? '', key: 'PAY' }), schema);
}

beforeAll(async () => {
  harness = await startHarness(snapshot);
  schedule = await invoke('schedule/get', { projectKey: 'PAY' }, scheduleResult);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const gantt = (frame: FrameLocator) => frame.getByTestId('gantt');

async function openGantt(): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: 'Dependencies' }).click();
  await frame.getByRole('radio', { name: 'Gantt' }).click();
  await gantt(frame).locator('.keel-gantt-bar').first().waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** Each drawn task bar's key and rendered width in pixels (its box's bounding box, as Chromium lays it out). */
const drawnBars = (frame: FrameLocator) =>
  gantt(frame)
    .locator('.keel-gantt-bar')
    .evaluateAll((gs) =>
      gs.map((g) => ({ key: g.getAttribute('data-key') ?? '', width: g.querySelector<SVGGraphicsElement>('.keel-gantt-bar__box')?.getBBox().width ?? null })),
    );

/** The timescale checks only switch the timescale and read what is drawn: they share one opened Gantt. */
let timescaleGantt: Promise<{ page: Page; frame: FrameLocator }> | undefined;

describe('Gantt', () => {
  it.each(['day', 'week', 'month', 'quarter'] as const)('at the %s timescale, every bar is as long as its working days', async (preset) => {
    const { page, frame } = await (timescaleGantt ??= openGantt().then((opened) => harness.keep(opened)));
    const label = { day: 'Days', week: 'Weeks', month: 'Months', quarter: 'Quarters' }[preset];
    await frame.getByRole('radio', { name: label, exact: true }).click();
    const bars = await drawnBars(frame);
    expect(bars.length).toBeGreaterThan(10);
    const byKey = new Map(schedule.nodes.map((n) => [n.key, n]));
    let checked = 0;
    for (const bar of bars) {
      const node = byKey.get(bar.key);
      if (!node || bar.width === null) continue;
      const days = node.offsets.earlyFinish - node.offsets.earlyStart;
      if (days <= 0) continue;
      expect(Math.abs(bar.width - days * DAY_WIDTH[preset])).toBeLessThan(0.5);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
    // Axis labels never below 11 px.
    const sizes = await gantt(frame).locator('.keel-gantt-axis text, .keel-gantt-bar__label').evaluateAll((ts) => ts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    if (preset === 'day' || preset === 'week') {
      const weekend = await gantt(frame).locator('.keel-gantt-grid__weekend').first().getAttribute('data-dates');
      expect(weekend?.split(' ').map((d) => new Date(`${d}T00:00:00Z`).getUTCDay())).toEqual([6, 0]);
    }
    expect(await gantt(frame).getByTestId('gantt-today').count()).toBe(1);
    await harness.screenshot(page, `gantt-${preset}`);
  });

  it('fits the project to the width, and groups by epic, assignee and project', async () => {
    const { page, frame } = await openGantt();
    await frame.getByRole('radio', { name: 'Fit', exact: true }).click();
    const groups = () => gantt(frame).locator('.keel-gantt__label--group').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-row') ?? ''));
    await frame.getByLabel('Group by').selectOption('epic');
    expect((await groups()).length).toBeGreaterThan(0);
    await harness.screenshot(page, 'gantt-fit-by-epic');
    await frame.getByLabel('Group by').selectOption('assignee');
    const people = new Set(schedule.nodes.map((n) => n.assignee?.accountId ?? '(unassigned)'));
    expect((await groups()).every((g) => people.has(g))).toBe(true);
    await harness.screenshot(page, 'gantt-by-assignee');
    await frame.getByLabel('Group by').selectOption('project');
    const projects = new Set(schedule.nodes.map((n) => n.projectKey));
    expect((await groups()).every((g) => projects.has(g))).toBe(true);
    // Only the rows in view are in the DOM; the grid counts them all: one per issue and one per project.
    expect(Number(await gantt(frame).getAttribute('aria-rowcount'))).toBe(schedule.nodes.length + projects.size);
    expect(await gantt(frame).locator('[role="row"]').count()).toBeLessThan(schedule.nodes.length);
    await harness.screenshot(page, 'gantt-by-project');
    // Folding a group leaves its heading and hides its rows.
    const first = (await groups())[0] ?? '';
    const before = await gantt(frame).locator('[role="row"]').count();
    await gantt(frame).getByRole('button', { name: new RegExp(`^Fold ${first}`) }).click();
    expect(await gantt(frame).locator('[role="row"]').count()).toBeLessThan(before);
  });

  it('draws a stored baseline under the bars', async () => {
    await invoke('baselines/create', { projectKey: 'PAY', name: 'Gantt kickoff' }, baselineSummary);
    const { page, frame } = await openGantt();
    await frame.getByLabel('Baseline', { exact: true }).selectOption('Gantt kickoff');
    await frame.getByTestId('gantt-baseline-note').waitFor();
    expect(await gantt(frame).locator('[data-baseline]').count()).toBeGreaterThan(0);
    await harness.screenshot(page, 'gantt-baseline');
  });

  it('moves through rows with the keyboard, opens an issue with Enter, and remembers the Gantt', async () => {
    const { page, frame } = await openGantt();
    await frame.getByLabel('Group by').selectOption('project');
    await gantt(frame).focus();
    const active = () => gantt(frame).locator('.keel-gantt__label--active').getAttribute('data-row');
    await page.keyboard.press('Home');
    const top = await active();
    expect(top).toBe(schedule.nodes.map((n) => n.projectKey).find((k) => k === top));
    await page.keyboard.press('ArrowDown');
    const second = await active();
    expect(schedule.nodes.some((n) => n.key === second)).toBe(true);
    // Enter on a group folds it; on an issue opens it.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await gantt(frame).locator('[role="row"]').count()).toBeLessThan(10);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('issue') === second);

    // The same browser (Playwright gives each new page its own storage) opening the tab again.
    await page.goto(page.url().replace(/([?&])issue=[^&]*&?/, '$1'));
    await app(page).getByRole('tab', { name: 'Dependencies' }).click();
    await gantt(app(page)).waitFor({ timeout: 25_000 });
    expect(await app(page).getByRole('radio', { name: 'Gantt' }).getAttribute('aria-checked')).toBe('true');
  });

  it('flags the launch date with its variance at the end of its day, for the keyboard too, and in the exports', async () => {
    const status = await invoke('status/get', { projectKey: 'PAY' }, statusResult);
    const launch = ganttTargets(status, 'cpm').find((t) => t.kind === 'launch');
    if (!launch) throw new Error('the demo has no launch date');
    const { page, frame } = await openGantt();
    await frame.getByRole('radio', { name: 'Weeks', exact: true }).click();
    const flag = gantt(frame).locator('[data-flag="launch"]');
    expect(await flag.locator('.keel-gantt-flag__label').textContent()).toBe(flagLabel(launch));
    expect(await flag.getAttribute('class')).toContain(launch.varianceDays !== null && launch.varianceDays > 0 ? 'keel-gantt-flag--late' : 'keel-gantt-flag--met');
    // Pixel check: the pole stands as many working days after the status date's line as the launch day's end is.
    const calendar = { calendar: workingCalendar({ workingWeekdays: schedule.calendar?.workingWeekdays ?? [1, 2, 3, 4, 5], holidays: schedule.calendar?.holidays ?? [], hoursPerDay: 8 }, schedule.projectStart) };
    const days = (targetOffset(calendar, launch.date) ?? NaN) - calendar.calendar.offsetOf(schedule.asOf);
    const poleX = Number(await flag.getAttribute('data-x'));
    const todayX = Number(await gantt(frame).getByTestId('gantt-today').getAttribute('x1'));
    expect(Math.abs(poleX - todayX - days * DAY_WIDTH.week)).toBeLessThan(0.5);
    expect(await gantt(frame).locator('[data-pole="launch"]').count()).toBe(1);
    // Screen readers and the keyboard: a named button in the Targets group; Enter scrolls the pole into view.
    const button = frame.getByRole('group', { name: 'Targets' }).getByRole('button', { name: /^Launch target / });
    expect(await button.getAttribute('aria-label')).toContain(launch.source);
    await gantt(frame).evaluate((el) => { el.scrollLeft = 0; });
    await button.focus();
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const shown = await gantt(frame).evaluate((el) => ({ left: el.scrollLeft, width: el.clientWidth }));
      expect(poleX).toBeGreaterThanOrEqual(shown.left);
      expect(poleX).toBeLessThanOrEqual(shown.left + shown.width);
    });
    await harness.screenshot(page, 'gantt-launch-flag');
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain(flagLabel(launch));
    expect(svg).toContain('.keel-gantt-export__surface{fill:#ffffff}');
    expect(svg).not.toContain('var(--ds-');
  });

  it('exports from dark mode in the dark theme\'s token values', async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page', theme: 'dark' });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    await frame.getByRole('radio', { name: 'Gantt' }).click();
    await gantt(frame).locator('.keel-gantt-bar').first().waitFor({ timeout: 25_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = await readFile(await download.path(), 'utf8');
    // The sandbox's dark surface and text (test/sandbox/host/design-tokens.ts), not the light fallbacks.
    expect(svg).toContain('.keel-gantt-export__surface{fill:#1d2125}');
    expect(svg).toMatch(/text\{[^}]*fill:#b6c2cf/);
    await harness.screenshot(page, 'gantt-dark');
  });

  it('exports SVG and PNG with title, legend, status date and the viewer', async () => {
    const { page, frame } = await openGantt();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('keel-PAY-gantt.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Gantt of PAY');
    expect(svg).toContain(`Status date ${schedule.asOf}`);
    expect(svg).toContain(PRIYA.displayName);
    expect(svg).toContain('Critical path');
    // Every row, not only those scrolled into view.
    expect((svg.match(/class="keel-gantt-bar /g) ?? []).length).toBeGreaterThanOrEqual(schedule.nodes.length);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

describe('Dependency map fixes (#17 item 3)', () => {
  async function openMap(): Promise<{ page: Page; frame: FrameLocator }> {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const mapButton = frame.getByRole('radio', { name: 'Network map' });
    await mapButton.click();
    await frame.getByTestId('dependency-graph').locator('.keel-node').first().waitFor({ timeout: 25_000 });
    return { page, frame };
  }

  it('draws every critical-path arrow without loops or curves', async () => {
    const { page, frame } = await openMap();
    const paths = await frame.getByTestId('dependency-graph').locator('.keel-edge--critical path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(paths.length).toBeGreaterThan(0);
    for (const d of paths) expect(d).not.toMatch(/[Cc]/);
    // Every critical link of the answer is drawn so (the PAY-101, PAY-105 and PAY-106 are parents since
    // only work is scheduled, so their links now bind their children).
    expect(paths).toHaveLength(schedule.edges.filter((e) => e.critical).length);
    await harness.screenshot(page, 'map-critical-no-loops');
  });

  it('switches to keys only when zoomed out, at 11 px or more on screen, and exports with a title and a legend', async () => {
    const { page, frame } = await openMap();
    const graph = frame.getByTestId('dependency-graph');
    await frame.getByRole('button', { name: 'Fit' }).click();
    for (let i = 0; i < 4; i += 1) await frame.getByRole('button', { name: 'Zoom out' }).click();
    expect(await graph.getAttribute('data-rendering')).not.toBe('full');
    const keys = graph.locator('.keel-node__bigkey');
    if ((await graph.getAttribute('data-rendering')) === 'summary') {
      const screenPx = await keys.first().evaluate((t) => (t as SVGGraphicsElement).getBoundingClientRect().height);
      expect(screenPx).toBeGreaterThanOrEqual(11);
    }
    await harness.screenshot(page, 'map-zoomed-out-summary');
    await frame.getByRole('button', { name: 'Fit' }).click();
    await page.waitForTimeout(100);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export SVG' }).click()]);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain('Dependency map of PAY');
    expect(svg).toContain(`Status date ${schedule.asOf}`);
    expect(svg).toContain(PRIYA.displayName);
    expect(svg).toContain('Critical path');
    expect(svg).toContain('Cut: left out of the schedule');
  });
});
