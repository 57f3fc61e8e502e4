/**
 * The Dependencies tab in Chromium against the sandbox, for the demo site's PAY project as Priya: the map
 * highlights the critical path the resolver computed, shows the cycle and its suggested cut, filters, focuses,
 * sorts the schedule table from the keyboard, opens an issue through the host and exports SVG and PNG.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import type { FrameLocator, Page } from 'playwright-core';
import type { ScheduleResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { around as aroundIn, app, drawnKeys, graph, openDependenciesTab, paySchedule } from './dependencies-tab';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
let schedule: ScheduleResult;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  schedule = await paySchedule(harness, PRIYA);
});
afterAll(async () => {
  await harness?.close();
});

const openTab = () => openDependenciesTab(harness, PRIYA);
/** Priya's Dependencies tab of PAY as it opens, for the tests that only read it (none clicks, sorts or filters in it). */
let unchangedTab: Promise<{ page: Page; frame: FrameLocator }> | undefined;
const readTab = (): Promise<{ page: Page; frame: FrameLocator }> => (unchangedTab ??= openTab().then((tab) => harness.keep(tab)));

const around = (focus: string) => aroundIn(schedule.edges, focus);
const linked = () => new Set(schedule.edges.flatMap((e) => [e.from, e.to]));
const criticalKeys = () => schedule.nodes.filter((n) => n.critical && linked().has(n.key)).map((n) => n.key).sort();

describe('Dependencies tab of PAY (Priya)', () => {
  it('highlights the critical path the resolver computed, with slack on the nodes and a date axis', async () => {
    expect(criticalKeys().length).toBeGreaterThan(1);
    const { page, frame } = await openTab();
    expect(await frame.getByTestId('critical-count').textContent()).toBe(String(schedule.nodes.filter((n) => n.critical).length));
    expect(await frame.getByTestId('project-finish').textContent()).toBe(schedule.projectFinish);
    const critical = await graph(frame).locator('.keel-node--critical').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key') ?? '').sort());
    expect(critical).toEqual(criticalKeys());
    const stroke = await graph(frame).locator('.keel-node--critical .keel-node__box').first().evaluate((r) => getComputedStyle(r).stroke);
    expect(stroke).toBe('rgb(226, 72, 61)');
    const criticalEdges = schedule.edges.filter((e) => e.critical).map((e) => `${e.from}>${e.to}`).sort();
    const drawnCriticalEdges = await graph(frame).locator('.keel-edge--critical').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-from') ?? ''}>${g.getAttribute('data-to') ?? ''}`).sort());
    expect(drawnCriticalEdges).toEqual(criticalEdges);
    expect(await graph(frame).locator('.keel-node--critical .keel-node__slack').first().textContent()).toBe('critical');
    expect(await graph(frame).getByTestId('time-axis').count()).toBe(1);
    await harness.screenshot(page, 'dependencies-time');
    await frame.getByLabel('Dependency order').check();
    expect(await drawnKeys(frame)).toEqual([...linked()].filter((k) => schedule.nodes.some((n) => n.key === k)).sort());
    await harness.screenshot(page, 'dependencies-order');
  });

  it('draws the cycle in warning colour, its cut link dashed, and names the suggested cut', async () => {
    const [cycle] = schedule.cycles;
    if (!cycle) throw new Error('The demo site should have a dependency cycle');
    const { page, frame } = await readTab();
    const cycleEdges = await graph(frame).locator('.keel-edge--cycle').evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-from') ?? ''}>${g.getAttribute('data-to') ?? ''}`).sort());
    expect(cycleEdges).toEqual(schedule.edges.filter((e) => e.inCycle).map((e) => `${e.from}>${e.to}`).sort());
    // The cut is named by its link; a link between two parents is drawn between their children, each edge with its id.
    const cutEdges = schedule.edges.filter((e) => e.linkId === cycle.suggestedCut.linkId);
    expect(cutEdges.length).toBeGreaterThan(0);
    expect(cycle.ignoredLinkIds).toEqual([...new Set(cycle.ignoredLinkIds)]);
    const cut = graph(frame).locator(`.keel-edge[data-link-id="${cycle.suggestedCut.linkId}"]`);
    expect(await cut.count()).toBe(cutEdges.length);
    for (const i of cutEdges.keys()) {
      expect(await cut.nth(i).getAttribute('class')).toContain('keel-edge--ignored');
      expect(await cut.nth(i).locator('.keel-edge__label').textContent()).toContain('cut');
      expect(await cut.nth(i).locator('path').evaluate((p) => getComputedStyle(p).strokeDasharray)).not.toBe('none');
    }
    const card = frame.getByTestId('cycle').first();
    expect(await card.getByTestId('suggested-cut').textContent()).toContain(`delete or re-point the link ${cycle.suggestedCut.fromKey} → ${cycle.suggestedCut.toKey}`);
    expect((await card.locator('.keel-key').allTextContents()).sort()).toEqual([...cycle.issueKeys].sort());
    const kinds = await frame.locator('[data-testid="schedule-findings"] .keel-effect').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-kind')));
    expect(kinds).toEqual(schedule.findings.filter((f) => f.kind !== 'dependency-cycle').map((f) => f.kind));
    await frame.getByTestId('data-quality').scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'dependencies-data-quality');
  });

  it('sorts the schedule table by total slack from the keyboard', async () => {
    const { frame } = await openTab();
    const table = frame.getByTestId('schedule-table');
    const header = table.locator('th', { has: frame.locator('[data-column="totalSlack"]') });
    await table.locator('button[data-column="totalSlack"]').focus();
    await table.locator('button[data-column="totalSlack"]').press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    // Activities are sorted; summary tasks (parents, whose dates roll up) sit in their own group below them.
    const activities = table.locator('tbody:not([data-testid="schedule-summaries"])');
    const slack = () => activities.locator('td[data-column="totalSlack"]').allTextContents().then((t) => t.map(Number));
    const ascending = await slack();
    expect(ascending).toHaveLength(schedule.nodes.length);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await table.locator('button[data-column="totalSlack"]').press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await slack();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(await table.locator('caption').textContent()).toContain('sorted by total slack (d), descending');
  });

  it('shows each activity’s assignee, status, due date and finish-vs-due variance, and sorts the most late first', async () => {
    const { page, frame } = await openTab();
    const table = frame.getByTestId('schedule-table');
    const button = table.locator('button[data-column="variance"]');
    await button.click();
    await button.click();
    expect(await table.locator('th', { has: frame.locator('[data-column="variance"]') }).getAttribute('aria-sort')).toBe('descending');
    const activities = table.locator('tbody:not([data-testid="schedule-summaries"]) tr');
    const expected = [...schedule.nodes].sort((a, b) => (b.dueVarianceDays ?? -Infinity) - (a.dueVarianceDays ?? -Infinity) || a.key.localeCompare(b.key, 'en', { numeric: true }));
    const first = expected[0];
    if (!first || first.dueVarianceDays == null || first.dueVarianceDays <= 0) throw new Error('PAY should have work finishing after its due date: has the demo data changed?');
    const row = activities.first();
    expect(await row.getAttribute('data-key')).toBe(first.key);
    expect(await row.locator('td[data-column="variance"]').textContent()).toBe(`+${first.dueVarianceDays}`);
    expect(await row.locator('td[data-column="due"]').textContent()).toBe(first.dueDate);
    expect(await row.locator('td[data-column="status"]').textContent()).toBe(first.status);
    expect(await row.locator('td[data-column="assignee"]').textContent()).toBe(first.assignee?.displayName ?? 'Unassigned');
    const shown = await activities.locator('td[data-column="variance"]').allTextContents();
    expect(shown).toEqual(expected.map((n) => (n.dueVarianceDays == null ? '–' : n.dueVarianceDays > 0 ? `+${n.dueVarianceDays}` : String(n.dueVarianceDays))));
    await table.scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'dependencies-variance');
  });

  it('lists the summary tasks apart from the activities, each with the slack and dates its children give it', async () => {
    const summaries = schedule.summaries ?? [];
    expect(summaries.length).toBeGreaterThan(0);
    expect(schedule.nodes.some((n) => summaries.some((s) => s.key === n.key))).toBe(false);
    const { frame } = await readTab();
    const group = frame.getByTestId('schedule-table').getByTestId('schedule-summaries');
    const rows = group.locator('tr[data-summary="true"]');
    expect(await rows.count()).toBe(summaries.length);
    for (const s of summaries.slice(0, 5)) {
      const row = group.locator(`tr[data-key="${s.key}"]`);
      expect(await row.locator('td[data-column="totalSlack"]').textContent()).toBe(String(s.totalSlackDays));
      expect(await row.locator('td[data-column="earlyStart"]').textContent()).toBe(s.earlyStart);
      expect(await row.locator('td[data-column="duration"]').textContent()).toBe(String(s.durationDays));
    }
  });

  it('names a done successor ahead of its predecessor as out-of-sequence progress, not as negative slack', async () => {
    const doneKeys = new Set(schedule.nodes.filter((n) => n.fixed && n.statusCategory === 'done').map((n) => n.key));
    const early = (key: string) => schedule.nodes.find((n) => n.key === key);
    // Done successors that started before their FS predecessor can finish (computed here from the answer's dates).
    const outOfSequence = schedule.edges.filter(
      (e) => !e.ignored && e.kind === 'FS' && doneKeys.has(e.to) && !doneKeys.has(e.from) && (early(e.to)?.offsets.earlyStart ?? 0) < (early(e.from)?.offsets.earlyFinish ?? 0) - e.lagDays,
    );
    expect(outOfSequence.length).toBeGreaterThan(0);
    for (const e of outOfSequence) expect(early(e.from)?.freeSlackDays).toBeGreaterThanOrEqual(0);
    const finding = schedule.findings.find((f) => f.kind === 'out-of-sequence');
    for (const e of outOfSequence) expect(finding?.issueKeys).toEqual(expect.arrayContaining([e.from, e.to]));
    const { frame } = await readTab();
    const shown = frame.locator('[data-testid="schedule-findings"] li.keel-finding-with-effect', { has: frame.locator('[data-kind="out-of-sequence"]') });
    expect(await shown.textContent()).toContain(finding?.title ?? 'missing');
    for (const detail of finding?.details ?? []) expect(await shown.textContent()).toContain(detail);
  });

  it('says of work under way when it started and how many days are left, in the table and on its node', async () => {
    const underWay = schedule.nodes.find((n) => n.underWay?.actualStart && n.earlyStart < schedule.asOf);
    if (!underWay?.underWay) throw new Error('No PAY work under way with a known start: has the demo data changed?');
    const { frame } = await readTab();
    const row = frame.getByTestId('schedule-table').locator(`tr[data-key="${underWay.key}"]`);
    const left = Math.round(underWay.underWay.daysLeft * 10) / 10;
    expect(await row.locator('td[data-column="duration"]').textContent()).toBe(`${left} left`);
    expect(await row.locator('td[data-column="earlyStart"]').textContent()).toBe(`started ${underWay.earlyStart}`);
    expect(await row.locator('td[data-column="duration"]').getAttribute('title')).toBe(
      `started ${underWay.earlyStart} · ${left} ${left === 1 ? 'day' : 'days'} left · finishes ${underWay.earlyFinish}`,
    );
    const node = graph(frame).locator(`.keel-node[data-key="${underWay.key}"]`);
    if ((await node.count()) > 0) {
      expect(await node.locator('.keel-node__meta').textContent()).toContain(`${left}d left`);
      expect(await node.getAttribute('aria-label')).toContain(`Started ${underWay.earlyStart} · `);
    }
  });

  it('filters to critical work, focuses on one issue and goes back, and opens an issue in the host', async () => {
    const { page, frame } = await openTab();
    const all = await drawnKeys(frame);
    await frame.getByRole('checkbox', { name: 'Critical only', exact: true }).check();
    expect(await drawnKeys(frame)).toEqual(criticalKeys());
    await harness.screenshot(page, 'dependencies-critical-only');
    await frame.getByRole('checkbox', { name: 'Critical only', exact: true }).uncheck();

    const focus = criticalKeys()[0] ?? '';
    await frame.getByLabel('Focus on issue').fill(focus);
    await frame.getByRole('button', { name: 'Focus', exact: true }).click();
    await frame.getByTestId('focus-status').waitFor();
    expect(await drawnKeys(frame)).toEqual(around(focus));
    await harness.screenshot(page, 'dependencies-focus');
    await frame.getByRole('button', { name: 'Show all issues' }).click();
    expect(await drawnKeys(frame)).toEqual(all);

    // Keyboard: F on a node focuses the map on it.
    await graph(frame).locator(`.keel-node[data-key="${focus}"]`).focus();
    await page.keyboard.press('f');
    await frame.getByTestId('focus-status').waitFor();
    await frame.getByRole('button', { name: 'Show all issues' }).click();

    await frame.getByRole('checkbox', { name: 'Critical only', exact: true }).check();
    await graph(frame).locator(`.keel-node[data-key="${focus}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('issue') === focus);
  });

  it('collapses to epics, and exports the map as SVG and PNG', async () => {
    const { page, frame } = await openTab();
    await frame.getByLabel('Collapse to epics').check();
    const epics = await drawnKeys(frame);
    expect(epics.length).toBeGreaterThan(0);
    expect(epics.length).toBeLessThan(linked().size);
    await harness.screenshot(page, 'dependencies-epics');
    await frame.getByLabel('Collapse to epics').uncheck();

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('keel-PAY-dependencies.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(criticalKeys()[0] ?? '');
    expect(svg).toContain('stroke:rgb(226, 72, 61)');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('pans with a drag and the arrow keys, zooms with the keyboard, the buttons and the wheel', async () => {
    const { page, frame } = await openTab();
    const transform = () => graph(frame).locator('[data-viewport]').getAttribute('transform');
    const zoom = () => frame.locator('.keel-toolbar__zoom').textContent();
    const start = await transform();
    await graph(frame).focus();
    await page.keyboard.press('ArrowRight');
    expect(await transform()).not.toBe(start);
    const before = await zoom();
    await page.keyboard.press('+');
    expect(await zoom()).not.toBe(before);
    await frame.getByRole('button', { name: 'Zoom out' }).click();
    await frame.getByRole('button', { name: 'Fit' }).click();
    const fitted = await transform();
    const box = await graph(frame).boundingBox();
    if (!box) throw new Error('The map has no box');
    await page.mouse.move(box.x + 20, box.y + box.height - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + box.height - 60, { steps: 5 });
    await page.mouse.up();
    expect(await transform()).not.toBe(fitted);
    const dragged = await zoom();
    await page.mouse.wheel(0, -400);
    await eventually(async () => expect(await zoom()).not.toBe(dragged));
  });

  it('never violated the Content-Security-Policy and logged no errors', () => {
    expect(harness.consoleErrors).toEqual([]);
  });
});

describe('Dependencies tab states', () => {
  it('shows the resolver\'s message and what to do when the viewer is not signed in', async () => {
    const page = await harness.open({ user: 'anonymous', project: 'PAY', module: 'keel-project-page' });
    await app(page).getByRole('tab', { name: 'Dependencies' }).click();
    const alert = app(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Keel could not compute the schedule of PAY');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await harness.screenshot(page, 'dependencies-error');
  });

  it('says how to get dependencies when the project has issues but no dependency links, and when it has no issues', async () => {
    const { state } = harness.sandbox.site;
    state.projects.push({ id: '10098', key: 'NODEP', name: 'No dependencies', projectTypeKey: 'software' });
    state.grants.push({ projectKey: 'NODEP', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const template = state.issues.find((i) => i.key === 'PAY-8');
    if (!template) throw new Error('PAY-8 is missing from the demo site');
    const copy = structuredClone(template);
    Object.assign(copy, { id: '99001', key: 'NODEP-1', self: (template.self ?? '').replace(/\/[^/]+$/, '/99001') });
    Object.assign(copy.fields, { project: { ...copy.fields.project, id: '10098', key: 'NODEP', name: 'No dependencies' }, issuelinks: [], parent: undefined });
    state.issues.push(copy);
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'NODEP', module: 'keel-project-page' });
    await app(page).getByRole('tab', { name: 'Dependencies' }).click();
    await app(page).getByText("No dependencies found: map your link types in Keel's settings.").waitFor({ timeout: 25_000 });
    expect(await app(page).getByTestId('schedule-table').locator('tbody tr').count()).toBe(1);
    await harness.screenshot(page, 'dependencies-empty');

    state.projects.push({ id: '10097', key: 'EMPTY', name: 'Empty project', projectTypeKey: 'software' });
    state.grants.push({ projectKey: 'EMPTY', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const empty = await harness.open({ user: PRIYA.emailAddress, project: 'EMPTY', module: 'keel-project-page' });
    await app(empty).getByRole('tab', { name: 'Dependencies' }).click();
    await app(empty).getByText("No issues in scope: check the project's scope JQL in Keel's settings.").waitFor({ timeout: 25_000 });
  });
});
