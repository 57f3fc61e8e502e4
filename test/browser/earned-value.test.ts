/**
 * The Earned value tab in Chromium against the sandbox, for the demo site's PAY project: the headline figures
 * are the resolver's, the S-curve's PV, EV and AC end where the series ends, a figure that is not defined shows a
 * dash and the resolver's reason, the epic table sorts, Priya saves a baseline, measures against it and compares it
 * with the current plan, Aiko is refused and sees no Platform data. Its error and empty states are in
 * earned-value-states.test.ts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import { baselineComparison, type BaselineComparison, type EvmResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';
import { evmAs as evmAsIn, figure, lastPoint, numbersOf, openEarnedValueTab, projectPageOf } from './earned-value-tab';
import { invokeAs as invokeAsIn } from './invoke-as';
// The page writes ratios with the viewer's formatter (en-US in the sandbox), which rounds 0.845 up as people do.
import { formatRatio } from '../../static/src/earned-value/evm-format';

// The demo's today is the app's status date: the harness pins the app's clock to it (browser-harness.ts), so the
// figures are the demo's own (not a project nobody touched since) and do not drift as the calendar moves on.
const snapshot = demoSnapshot({ today: '2026-11-16' });
const { priya: PRIYA, aiko: AIKO } = DEMO_USERS;

let harness: Harness;
let pay: EvmResult;

const evmAs = (user: DemoUser, projectKey: string, baseline?: string) => evmAsIn(harness, user, projectKey, baseline);
/** Any resolver's answer, through the sandbox's invoke endpoint for PAY's project page, parsed by the UI's schema. */
const invokeAs = <T>(user: DemoUser, functionKey: string, payload: Record<string, unknown>, schema: { parse: (data: unknown) => T }): Promise<T> =>
  invokeAsIn(harness, functionKey, payload, projectPageOf(harness, user, 'PAY'), schema);
const openTab = (user: DemoUser, projectKey = 'PAY') => openEarnedValueTab(harness, user, projectKey);

beforeAll(async () => {
  harness = await startHarness(snapshot);
  pay = await evmAs(PRIYA, 'PAY');
});
afterAll(async () => {
  await harness?.close();
});

describe('Earned value tab of PAY (Priya)', () => {
  it("shows the resolver's figures, each with its meaning, and other EACs on demand", async () => {
    const { page, frame } = await openTab(PRIYA);
    const f = pay.figures;
    const expected: Record<string, number | string | null> = {
      spi: f.spi,
      cpi: f.cpi,
      sv: f.sv,
      cv: f.cv,
      eac: f.eac.cpi,
      vac: f.vac.cpi,
      tcpi: f.tcpiBac,
      spit: pay.earnedSchedule.spit,
      'forecast-finish': pay.earnedSchedule.forecastFinish,
    };
    for (const [id, value] of Object.entries(expected)) {
      expect(await figure(frame, id).getAttribute('data-value'), id).toBe(value === null ? '' : String(value));
    }
    expect(f.spi).not.toBeNull();
    expect(f.cpi).not.toBeNull();
    expect(await figure(frame, 'spi').getByTestId('figure-value').textContent()).toBe(formatRatio(f.spi ?? 0));
    expect(await figure(frame, 'cpi').textContent()).toContain(`For every 1.00 spent, ${formatRatio(f.cpi ?? 0)} of work was earned.`);
    const svPercent = Math.abs(Math.round((f.sv / f.pv) * 100));
    expect(await figure(frame, 'sv').textContent()).toContain(`Work is ${svPercent}% ${f.sv < 0 ? 'behind' : 'ahead of'} plan in value, ${(Math.abs(pay.earnedSchedule.svt) / 5).toFixed(1)} weeks`);
    expect(await frame.getByTestId('amount-bac').getAttribute('data-value')).toBe(String(f.bac));
    const text = (await frame.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(await frame.getByTestId('baseline-in-use').textContent()).toContain('In use: the current plan.');
    await harness.screenshot(page, 'earned-value-overview');

    await figure(frame, 'eac').getByLabel('Estimate by').selectOption('budgetRate');
    expect(await figure(frame, 'eac').getAttribute('data-value')).toBe(String(f.eac.budgetRate));
    expect(await figure(frame, 'vac').getAttribute('data-value')).toBe(String(f.vac.budgetRate));
    expect(await frame.getByTestId('level-eac').getAttribute('data-value')).toBe(String(f.eac.budgetRate));
    await figure(frame, 'eac').getByText('All estimates at completion').click();
    expect(await frame.getByTestId('eac-variants').locator('tr').count()).toBe(4);
  });

  it('draws the S-curve: PV, EV and AC end at the last points of the series, BAC and EAC lines, today', async () => {
    const { frame } = await openTab(PRIYA);
    const chart = frame.getByTestId('s-curve');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain(`S-curve of PAY`);
    const [left = 0, top = 0, right = 0, bottom = 0] = await numbersOf(chart, 'data-plot');
    const [start = 0, end = 0] = await numbersOf(chart, 'data-x-domain');
    const [yMax = 0] = await numbersOf(chart, 'data-y-max');
    const xOf = (date: string) => left + ((Date.parse(`${date}T00:00:00Z`) - start) / (end - start)) * (right - left);
    const yOf = (value: number) => bottom - (value / yMax) * (bottom - top);
    for (const id of ['pv', 'ev', 'ac'] as const) {
      const last = pay.series.filter((p) => p[id] !== null).at(-1);
      if (!last) throw new Error(`No ${id} point in the series`);
      const d = (await chart.locator(`path[data-series="${id}"]`).getAttribute('d')) ?? '';
      expect(d.split('L')).toHaveLength(pay.series.filter((p) => p[id] !== null).length);
      const point = lastPoint(d);
      expect(point.x, id).toBeCloseTo(xOf(last.date), 0);
      expect(point.y, id).toBeCloseTo(yOf(last[id] ?? 0), 0);
    }
    expect(await chart.getByTestId('level-bac').getAttribute('data-value')).toBe(String(pay.figures.bac));
    expect(await chart.getByTestId('level-eac').getAttribute('data-value')).toBe(String(pay.figures.eac.cpi));
    expect(await chart.getByTestId('today-marker').textContent()).toContain('Today');
    expect(await chart.locator('.keel-ev-grid text').allTextContents()).toEqual(expect.arrayContaining(['$0']));
    // Issue #16: the S-curve projects AC to EAC at the earned-schedule forecast finish.
    const projection = chart.getByTestId('eac-projection');
    expect(await projection.getAttribute('data-finish')).toBe(pay.earnedSchedule.forecastFinish ?? pay.earnedSchedule.plannedFinish);
    const projected = lastPoint((await projection.locator('path').getAttribute('d')) ?? '');
    expect(projected.y).toBeCloseTo(yOf(pay.figures.eac.cpi ?? 0), 0);
    expect(projected.x).toBeLessThanOrEqual(right + 0.5);
    // Issue #16: the SPI and CPI end labels never overprint, and CPI does not start at 0.00 before anything is earned.
    const trend = frame.getByTestId('performance-trend');
    const [spiBox, cpiBox] = await Promise.all(['spi', 'cpi'].map((id) => trend.getByTestId(`end-label-${id}`).boundingBox()));
    if (!spiBox || !cpiBox) throw new Error('No end labels on the trend');
    expect(spiBox.y + spiBox.height <= cpiBox.y || cpiBox.y + cpiBox.height <= spiBox.y, 'labels apart').toBe(true);
    const firstEarned = pay.series.find((p) => p.ev !== null && p.ev > 0);
    const cpiPath = (await trend.locator('path[data-series="cpi"]').getAttribute('d')) ?? '';
    expect(cpiPath.split('L').length).toBeLessThanOrEqual(pay.series.filter((p) => firstEarned !== undefined && p.date >= firstEarned.date && p.ev !== null).length);
    // Issue #16: no label overprints another, and every point sits inside its plot.
    const boxes = await Promise.all(['bac', 'eac'].map((id) => chart.getByTestId(`level-label-${id}`).boundingBox()));
    const [bacBox, eacBox] = boxes;
    if (!bacBox || !eacBox) throw new Error('No BAC or EAC label');
    expect(bacBox.y + bacBox.height <= eacBox.y || eacBox.y + eacBox.height <= bacBox.y, 'BAC and EAC labels apart').toBe(true);
    const inside = (d: string, [l, t, r, b]: number[]) => {
      const n = d.trim().split(/[ML ]+/).filter(Boolean).map(Number);
      const points = n.flatMap((v, i) => (i % 2 === 0 ? [{ x: v, y: n[i + 1] ?? NaN }] : []));
      return points.filter((p) => !(p.x >= (l ?? 0) - 0.5 && p.x <= (r ?? 0) + 0.5 && p.y >= (t ?? 0) - 0.5 && p.y <= (b ?? 0) + 0.5));
    };
    const curvePlot = await numbersOf(chart, 'data-plot');
    for (const d of await chart.locator('path[data-series], [data-testid="eac-projection"] path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(inside(d, curvePlot)).toEqual([]);
    const trendChart = frame.getByTestId('performance-trend');
    const trendPlot = await numbersOf(trendChart, 'data-plot');
    for (const d of await trendChart.locator('path[data-series]').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) expect(inside(d, trendPlot)).toEqual([]);
    const gridTop = Math.min(...(await trendChart.locator('.keel-ev-grid line').evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('y1'))))));
    for (const d of await trendChart.locator('path[data-series]').evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''))) {
      const ys = d.trim().split(/[ML ]+/).filter(Boolean).map(Number).filter((_, i) => i % 2 === 1);
      expect(Math.min(...ys), 'no index point above the top gridline').toBeGreaterThanOrEqual(gridTop - 0.5);
    }
    await chart.screenshot({ path: join(SCREENSHOT_DIR, 'earned-value-s-curve.png') });
    await frame.getByTestId('performance-trend').screenshot({ path: join(SCREENSHOT_DIR, 'earned-value-trend.png') });

    await frame.getByRole('button', { name: 'Show as table' }).click();
    expect(await frame.getByTestId('s-curve-table').locator('tbody tr').count()).toBe(pay.series.length);
    await frame.getByRole('button', { name: 'Show as chart' }).click();
    expect(await chart.count()).toBe(1);
  });

  it('sorts the epic table, and shows a dash with the reason for a CPI that is not defined', async () => {
    const { page, frame } = await openTab(PRIYA);
    const table = frame.getByTestId('epic-table');
    const header = table.locator('th', { has: frame.locator('button[data-column="cpi"]') });
    const cpis = () => table.locator('td[data-column="cpi"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value') ?? ''));
    await table.locator('button[data-column="cpi"]').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const defined = pay.epics.flatMap((e) => (e.cpi === null ? [] : [e.cpi]));
    const undefinedCount = pay.epics.length - defined.length;
    expect(await cpis()).toEqual([...[...defined].sort((a, b) => b - a).map(String), ...Array<string>(undefinedCount).fill('')]);
    await table.locator('button[data-column="cpi"]').press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await cpis()).toEqual([...[...defined].sort((a, b) => a - b).map(String), ...Array<string>(undefinedCount).fill('')]);
    expect(await table.locator('caption').textContent()).toContain('sorted by CPI, ascending');
    if (undefinedCount > 0) {
      const dash = table.locator('td[data-column="cpi"][data-value=""]').getByTestId('not-defined').first();
      expect(await dash.locator('[aria-hidden="true"]').textContent()).toBe('—');
      expect(await dash.getAttribute('title')).toContain('nothing spent on this epic yet');
      expect(await dash.locator('.keel-visually-hidden').textContent()).toContain('not defined: CPI is not defined');
    }
    await frame.getByTestId('epic-table').scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'earned-value-epics');
  });

  it('saves the current plan as a baseline, then measures against it', async () => {
    const { page, frame } = await openTab(PRIYA);
    await eventually(async () => expect(await frame.getByTestId('no-baselines').count()).toBe(1));
    expect(await frame.getByTestId('no-baselines').textContent()).toContain('no stored baseline yet');
    await frame.getByLabel('New baseline name').fill('Kickoff EV');
    await frame.getByRole('button', { name: 'Save current plan as baseline' }).click();
    await frame.getByTestId('baseline-saved').waitFor();
    const picker = frame.getByLabel('Measure against');
    await eventually(async () => expect(await picker.locator('option').count()).toBe(2));
    await picker.selectOption('Kickoff EV');
    await eventually(async () => expect(await frame.getByTestId('baseline-in-use').textContent({ timeout: 25_000 })).toContain('In use: baseline “Kickoff EV”.'));
    const against = await evmAs(PRIYA, 'PAY', 'Kickoff EV');
    expect(against.baseline.name).toBe('Kickoff EV');
    expect(await figure(frame, 'spi').getAttribute('data-value')).toBe(String(against.figures.spi));
    expect(await frame.getByTestId('amount-bac').getAttribute('data-value')).toBe(String(against.figures.bac));
    // Issue #16: the baseline's issue count is explained against the scope's (only budgeted issues are planned).
    const inUse = (await frame.getByTestId('baseline-in-use').textContent()) ?? '';
    expect(inUse).toMatch(/the planned dates and budgets of \d+ issues, those with a budget when it was saved \(a parent counts through its children; risks, decisions and issues without a budget are not planned\)\. The scope has \d+ issues now, \d+ with a budget; all of them are in it\./);
    await harness.screenshot(page, 'earned-value-baseline');
  });

  it('compares the baseline with the current plan: nothing changed, then an issue added and one moved', async () => {
    const { frame } = await openTab(PRIYA);
    await frame.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = frame.getByTestId('baseline-compare');
    expect(await compare.getByLabel('Compare', { exact: true }).inputValue()).toBe('Kickoff EV');
    expect(await compare.getByLabel('with').inputValue()).toBe('current');
    await compare.getByTestId('compare-empty').waitFor({ timeout: 25_000 });
    expect(await compare.getByTestId('compare-empty').textContent()).toContain('No changes: “Kickoff EV” and the current plan have the same');
    await compare.screenshot({ path: join(SCREENSHOT_DIR, 'earned-value-compare-empty.png') });

    const { state } = harness.sandbox.site;
    type Fields = { timeoriginalestimate?: number | null; duedate?: string | null; subtasks?: unknown[] };
    const moved = state.issues.find((i) => {
      const f = i.fields as Fields;
      return i.fields.project.key === 'PAY' && (f.timeoriginalestimate ?? 0) > 0 && typeof f.duedate === 'string' && !f.subtasks?.length;
    });
    if (!moved) throw new Error('PAY has no estimated leaf issue with a due date');
    const original = { ...(moved.fields as Fields) };
    const response = await harness.sandbox.site.handle({
      product: 'jira',
      method: 'POST',
      path: '/rest/api/3/issue',
      headers: { 'content-type': 'application/json' },
      principal: { type: 'user', accountId: PRIYA.accountId },
      body: JSON.stringify({ fields: { project: { key: 'PAY' }, issuetype: { name: 'Task' }, summary: 'Audit the refund flow', timeoriginalestimate: 8 * 3600, duedate: '2027-02-05' } }),
    });
    expect(response.status).toBe(201);
    const { key: added } = (await response.json()) as { key: string };
    // A week later and half a day more work.
    const weekLater = new Date(Date.parse(`${original.duedate ?? ''}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    Object.assign(moved.fields, { duedate: weekLater, timeoriginalestimate: (original.timeoriginalestimate ?? 0) + 4 * 3600 });
    try {
      const expected = await invokeAs<BaselineComparison>(PRIYA, 'baselines/compare', { projectKey: 'PAY', from: 'Kickoff EV', to: 'current' }, baselineComparison);
      expect(expected.changes.find((c) => c.key === added)?.change).toBe('added');
      expect(expected.changes.find((c) => c.key === moved.key)?.change).toBe('changed');
      await compare.getByLabel('with').selectOption('Kickoff EV');
      await compare.getByTestId('compare-empty').waitFor({ timeout: 25_000 });
      await compare.getByLabel('with').selectOption('current');
      const table = compare.getByTestId('compare-table');
      await table.waitFor({ timeout: 25_000 });
      expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual(expected.changes.map((c) => c.key));
      expect(await table.locator(`tr[data-key="${added}"]`).getAttribute('data-change')).toBe('added');
      expect(await table.locator(`tr[data-key="${added}"] td[data-column="budgetChange"]`).textContent()).toBe('+$800');
      const movedRow = expected.changes.find((c) => c.key === moved.key);
      expect(await table.locator(`tr[data-key="${moved.key}"] td[data-column="finishMovedDays"]`).getAttribute('data-value')).toBe(String(movedRow?.finishMovedDays));
      expect(movedRow?.finishMovedDays).toBe(5);
      expect(expected.totals.plannedFinishMovedDays).toBeGreaterThan(0);
      expect(await compare.getByTestId('compare-finish').getAttribute('data-value')).toBe(String(expected.totals.plannedFinishMovedDays));
      expect(await compare.getByTestId('compare-bac').getAttribute('data-value')).toBe(String(expected.totals.bacChange));
      expect(await compare.getByTestId('compare-counts').textContent()).toContain(`${expected.totals.added} added, ${expected.totals.removed} removed, ${expected.totals.changed} changed`);

      await table.locator('button[data-column="budgetChange"]').click();
      expect(await table.locator('th', { has: frame.locator('button[data-column="budgetChange"]') }).getAttribute('aria-sort')).toBe('descending');
      const budgets = await table.locator('td[data-column="budgetChange"]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
      expect(budgets).toEqual([...expected.changes.map((c) => c.budgetChange)].sort((a, b) => b - a));
      expect(await table.locator('caption').textContent()).toContain('sorted by Budget change, descending');
      await frame.getByTestId('baseline-panel').screenshot({ path: join(SCREENSHOT_DIR, 'earned-value-compare.png') });
      expect(await frame.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    } finally {
      Object.assign(moved.fields, { duedate: original.duedate, timeoriginalestimate: original.timeoriginalestimate });
    }
  });

  it('refuses Aiko deleting the baseline, and lets Priya delete it', async () => {
    const aiko = await openTab(AIKO);
    await aiko.frame.getByLabel('Measure against').selectOption('Kickoff EV');
    await aiko.frame.getByRole('button', { name: 'Delete this baseline' }).click();
    await aiko.frame.getByRole('button', { name: 'Delete “Kickoff EV” for everyone' }).click();
    expect(await aiko.frame.getByTestId('baseline-delete-refused').textContent()).toMatch(/Keel did not delete the baseline: .*administrators/);

    const { frame } = await openTab(PRIYA);
    const picker = frame.getByLabel('Measure against');
    await eventually(async () => expect(await picker.locator('option').count()).toBe(2));
    await picker.selectOption('Kickoff EV');
    await frame.getByRole('button', { name: 'Delete this baseline' }).click();
    await frame.getByRole('button', { name: 'Delete “Kickoff EV” for everyone' }).click();
    await eventually(async () => expect(await picker.locator('option').count()).toBe(1));
    expect(await picker.inputValue()).toBe('current');
    await eventually(async () => expect(await frame.getByTestId('baseline-in-use').textContent()).toContain('In use: the current plan.'));
  });

  it('never violated the Content-Security-Policy and logged no errors', () => {
    expect(harness.consoleErrors).toEqual([]);
  });
});

describe('Earned value tab for Aiko, a contractor', () => {
  it('shows the refusal when she saves a baseline, and no Platform keys', async () => {
    const { page, frame } = await openTab(AIKO);
    await frame.getByLabel('New baseline name').fill('Mine');
    await frame.getByRole('button', { name: 'Save current plan as baseline' }).click();
    const refusal = frame.getByTestId('baseline-refused');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Only project administrators of PAY');
    expect(await refusal.textContent()).toContain('Ask a project administrator of PAY to save it.');
    expect(await frame.locator('body').textContent()).not.toMatch(/PLAT-\d+/);
    await harness.screenshot(page, 'earned-value-refused');
  });
});
