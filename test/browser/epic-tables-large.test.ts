/**
 * The Earned value and RACI tabs of a programme with more epics than a page (issue #11), in Chromium against the
 * sandbox: BIG on the generated large site with 2,500 issues (61 epics, above the 1,500 background threshold, so
 * the earned value comes from the stored analysis as at 50,000). Each table shows its first 50 rows with "1–50
 * of 61", sorts (Earned value worst first at the start), finds by key, pages with the keyboard, keeps its totals
 * over every epic, and exports every row, not one page. The figures at 50,000 issues: test/bench/tabs-browser-bench.ts.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { raciResult, type EvmEpicRow, type EvmResult, type RaciResult } from '@contract';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { withMacroPages } from '../sandbox/demo/macro-pages';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { evmAs, projectPageOf } from './earned-value-tab';
import { invokeAs } from './invoke-as';
import { eventually } from '../eventually';
import { storeForecastIterations } from '../resolvers/large-app';

/** A Confluence page holding the RACI macro configured with BIG, as a programme's PMO would have. */
const RACI_MACRO_PAGE = '199205';
const snapshot = withMacroPages(largeSnapshot({ issues: 2500, today: '2026-11-16' }), [{ module: 'keel-raci-macro', pageId: RACI_MACRO_PAGE, name: 'RACI macro' }], 'BIG');
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
let evm: EvmResult;
let raci: RaciResult;

beforeAll(async () => {
  harness = await startHarness(snapshot);
  const app = await import('../../src/index');
  harness.sandbox.runtime.queue.register('keel-analysis', app.analysisConsumer);
  // The tabs read no forecast figure: the forecast the analysis queues runs 200 iterations, not 4,300.
  await storeForecastIterations(harness.sandbox.runtime, 200);
  // The first visit queues the analysis; the consumer stores it; then the tab answers from it.
  for (let i = 0; i < 4; i++) {
    evm = await evmAs(harness, PRIYA, 'BIG');
    if (evm.stored?.state === 'ready') break;
    await harness.sandbox.runtime.queue.drain();
  }
  if (evm.stored?.state !== 'ready') throw new Error(`BIG's earned value is not stored: ${JSON.stringify(evm.stored)}`);
  raci = await invokeAs(harness, 'raci/get', { projectKey: 'BIG' }, projectPageOf(harness, PRIYA, 'BIG'), raciResult);
}, 400_000);

afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const keysShown = (frame: FrameLocator, testId: string) => frame.locator(`[data-testid="${testId}"] tbody tr`).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
const range = (frame: FrameLocator, testId: string) => frame.getByTestId(`${testId}-range`).innerText();

async function downloaded(page: Page, click: () => Promise<void>): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = await readFile(await download.path(), 'utf8');
  return text.slice(1).split('\r\n').filter((l) => l !== '');
}

/** The lower of SPI and CPI (the defined one), as the tab's "worst first" orders: computed here, not by the tab's code. */
const worst = (e: EvmEpicRow): number => Math.min(e.spi ?? Infinity, e.cpi ?? Infinity);

async function openTab(tab: string, content: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: PRIYA.emailAddress, project: 'BIG', module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: tab, exact: true }).click();
  await frame.getByTestId(content).waitFor({ timeout: 60_000 });
  return { page, frame };
}

describe('the Earned value tab with 61 epics', () => {
  it('shows the 50 worst epics first, with the pager, the variances and the total over every epic', async () => {
    expect(evm.epics.length, 'more epics than a page').toBeGreaterThan(50);
    const { page, frame } = await openTab('Earned value', 'epic-table');
    const n = evm.epics.length;
    expect(await range(frame, 'epic-pager')).toBe(`1–50 of ${n} epics`);
    const shown = await keysShown(frame, 'epic-table');
    expect(shown).toHaveLength(50);
    const byKey = new Map(evm.epics.map((e) => [e.key ?? '', e]));
    const worstShown = shown.map((k) => worst(byKey.get(k) as EvmEpicRow));
    expect(worstShown, 'worst first: never better than the row after').toEqual([...worstShown].sort((a, b) => a - b));
    expect(worstShown[0]).toBe(Math.min(...evm.epics.map(worst)));
    expect(await frame.getByTestId('epic-table').locator('caption').innerText()).toContain('sorted worst first');
    const headers = await frame.getByTestId('epic-table').locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.replace(/[↕▲▼]/g, '').trim())).toEqual(['Epic', 'BAC', 'PV', 'EV', 'AC', 'SV', 'CV', 'SPI', 'CPI', 'EAC']);
    const total = frame.getByTestId('epic-total');
    expect(await total.locator('th').innerText()).toContain(`Total of all ${n} rows`);
    expect(await total.locator('td[data-column="spi"]').getAttribute('data-value'), "the project's SPI, not the page's").toBe(String(evm.figures.spi ?? ''));
    expect(await total.locator('td[data-column="cpi"]').getAttribute('data-value')).toBe(String(evm.figures.cpi ?? ''));
    await frame.getByTestId('epic-table').scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'earned-value-large-epics');
  }, 180_000);

  it('pages with the keyboard, sorts by a header and finds an epic by key, then exports every row found', async () => {
    const { page, frame } = await openTab('Earned value', 'epic-table');
    const n = evm.epics.length;
    const next = frame.getByRole('button', { name: 'Next page of epics' });
    await next.focus();
    await next.press('Enter');
    await eventually(async () => expect(await range(frame, 'epic-pager')).toBe(`51–${n} of ${n} epics`));
    expect(await keysShown(frame, 'epic-table')).toHaveLength(n - 50);
    expect(await next.getAttribute('aria-disabled'), 'the last page').toBe('true');
    await next.press('Enter');
    expect(await range(frame, 'epic-pager')).toBe(`51–${n} of ${n} epics`);
    expect(await frame.locator(':focus').getAttribute('aria-label'), 'focus stays on the button').toBe('Next page of epics');

    await frame.getByTestId('epic-table').locator('button[data-column="spi"]').click();
    expect(await range(frame, 'epic-pager'), 'a new sort starts at the first page').toBe(`1–50 of ${n} epics`);
    const spis = await frame.getByTestId('epic-table').locator('tbody td[data-column="spi"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value') ?? ''));
    const defined = evm.epics.flatMap((e) => (e.spi === null ? [] : [e.spi])).sort((a, b) => b - a);
    expect(spis.slice(0, 5)).toEqual(defined.slice(0, 5).map(String));

    const sought = evm.epics.find((e) => e.key !== null && /^BIG-\d{4}$/.test(e.key));
    if (!sought?.key) throw new Error('no epic with a four-digit key');
    await frame.getByTestId('epic-find').fill(sought.key.toLowerCase());
    await eventually(async () => expect(await keysShown(frame, 'epic-table')).toEqual([sought.key]));
    expect(await range(frame, 'epic-pager')).toBe('1 of 1 epic found');
    expect(await frame.getByTestId('epic-total-found').locator('td[data-column="bac"]').innerText()).toBe(await frame.locator(`[data-testid="epic-table"] tbody tr[data-key="${sought.key}"] td[data-column="bac"]`).innerText());
    expect(await frame.getByTestId('epic-total').locator('th').innerText(), 'the total over every epic stays').toContain(`Total of all ${n} rows`);
    await harness.screenshot(page, 'earned-value-large-found');

    const found = await downloaded(page, () => frame.getByRole('button', { name: 'Export the 1 found as CSV' }).click());
    expect(found.slice(1).map((l) => l.split(',')[0])).toEqual([sought.key]);
    await frame.getByTestId('epic-find').fill('');
    const all = await downloaded(page, () => frame.locator('section[aria-labelledby="keel-ev-epics-title"]').getByRole('button', { name: 'Export CSV' }).click());
    expect(all.length - 1, 'every epic, not one page').toBe(n);
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 180_000);
});

describe('the RACI tab with 61 deliverables', () => {
  it('shows the first 50 deliverables with the pager, sortable headers and findings listing a page of keys', async () => {
    expect(raci.rows.length).toBeGreaterThan(50);
    const { page, frame } = await openTab('RACI', 'raci-table');
    const n = raci.rows.length;
    expect(await range(frame, 'raci-pager')).toBe(`1–50 of ${n} deliverables`);
    expect(await keysShown(frame, 'raci-table'), 'in the order Jira answered').toEqual(raci.rows.slice(0, 50).map((r) => r.key));
    expect(await frame.getByTestId('raci-table').locator('thead th button').count()).toBe(raci.people.length + 1);
    const longest = raci.findings.reduce((max, f) => Math.max(max, f.issueKeys.length), 0);
    expect(longest, 'a finding on every epic').toBe(n);
    await expect(frame.getByTestId('raci-findings').getByRole('button', { name: `Show all ${n}` }).first().isVisible()).resolves.toBe(true);
    const listed = frame.getByTestId('raci-findings').locator('.keel-keys').first().locator('a');
    expect(await listed.count()).toBe(50);
    await frame.getByTestId('raci-findings').getByRole('button', { name: `Show all ${n}` }).first().click();
    expect(await listed.count()).toBe(n);
    await frame.getByTestId('raci-table').scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'raci-large');
  }, 180_000);

  it('sorts by deliverable, pages with the keyboard, finds by key, and exports every row', async () => {
    const { page, frame } = await openTab('RACI', 'raci-table');
    const n = raci.rows.length;
    const inKeyOrder = raci.rows.map((r) => r.key).sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
    await frame.getByTestId('raci-table').locator('button[data-column="deliverable"]').click();
    await eventually(async () => expect(await keysShown(frame, 'raci-table')).toEqual(inKeyOrder.slice(0, 50)));
    expect(await frame.getByTestId('raci-table').locator('th', { has: frame.locator('button[data-column="deliverable"]') }).getAttribute('aria-sort')).toBe('ascending');

    const next = frame.getByRole('button', { name: 'Next page of deliverables' });
    await next.focus();
    await next.press('Enter');
    await eventually(async () => expect(await range(frame, 'raci-pager')).toBe(`51–${n} of ${n} deliverables`));
    expect(await keysShown(frame, 'raci-table')).toEqual(inKeyOrder.slice(50));
    // The grid's arrow keys still move within the page shown.
    await frame.locator('tbody th[data-row="0"]').focus();
    await frame.locator('tbody th[data-row="0"]').press('ArrowDown');
    expect(await frame.locator(':focus').getAttribute('data-row')).toBe('1');

    const sought = inKeyOrder.find((k) => /^BIG-\d{4}$/.test(k)) ?? '';
    await frame.getByTestId('raci-find').fill(sought);
    await eventually(async () => expect(await keysShown(frame, 'raci-table')).toEqual([sought]));
    expect(await range(frame, 'raci-pager')).toBe('1 of 1 deliverable found');
    await harness.screenshot(page, 'raci-large-found');
    await frame.getByTestId('raci-find').fill('');
    const csv = await downloaded(page, () => frame.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.slice(1).map((l) => l.split(',')[0]), 'every row, in the order shown').toEqual(inKeyOrder);
    // Printed, the table holds every row, not the page on screen (the pager is a control, which print hides).
    await page.emulateMedia({ media: 'print' });
    await eventually(async () => expect(await keysShown(frame, 'raci-table')).toEqual(inKeyOrder));
    await page.emulateMedia({ media: 'screen' });
    await eventually(async () => expect(await keysShown(frame, 'raci-table')).toEqual(inKeyOrder.slice(0, 50)));
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 180_000);
});

describe('the RACI macro with 61 deliverables, in a Confluence page', () => {
  it('shows the first 50 with a pager and a Find box, lists 20 keys of a long finding, and prints every row', async () => {
    const page = await harness.open({ product: 'confluence', user: PRIYA.emailAddress, page: RACI_MACRO_PAGE });
    const frame = page.frameLocator('.macro iframe');
    await frame.getByTestId('raci-macro').waitFor({ timeout: 60_000 });
    const n = raci.rows.length;
    const macroKeys = () => frame.locator('tbody th .keel-macro__key').allTextContents();
    expect(await range(frame, 'raci-macro-pager')).toBe(`1–50 of ${n} deliverables`);
    expect(await macroKeys(), 'the order the tab shows before any sort').toEqual(raci.rows.slice(0, 50).map((r) => r.key));

    // A finding on every epic lists 20 of its keys, linked, and the rest on demand.
    const longest = raci.findings.reduce((a, b) => (b.issueKeys.length > a.issueKeys.length ? b : a));
    expect(longest.issueKeys.length).toBe(n);
    const listed = frame.getByRole('list', { name: `Deliverables: ${longest.title}` }).locator('a');
    expect(await listed.count()).toBe(20);
    await frame.getByRole('list', { name: `Deliverables: ${longest.title}` }).getByRole('button', { name: `Show all ${n}` }).click();
    await eventually(async () => expect(await listed.count()).toBe(n));

    await frame.getByRole('button', { name: 'Next page of deliverables' }).click();
    await eventually(async () => expect(await range(frame, 'raci-macro-pager')).toBe(`51–${n} of ${n} deliverables`));
    expect(await macroKeys()).toEqual(raci.rows.slice(50).map((r) => r.key));
    const sought = raci.rows[3]?.key ?? '';
    await frame.getByTestId('raci-macro-find').fill(sought);
    await eventually(async () => expect(await macroKeys()).toEqual([sought]));
    expect(await range(frame, 'raci-macro-pager')).toBe('1 of 1 deliverable found');
    await frame.getByTestId('raci-macro-find').fill('');
    await eventually(async () => expect(await macroKeys()).toEqual(raci.rows.slice(0, 50).map((r) => r.key)));
    await harness.screenshot(page, 'raci-macro-large');

    // Printed (the Confluence page printed from the browser), the macro holds every row.
    await page.emulateMedia({ media: 'print' });
    await eventually(async () => expect(await macroKeys()).toEqual(raci.rows.map((r) => r.key)));
    await page.emulateMedia({ media: 'screen' });
    await eventually(async () => expect(await macroKeys()).toHaveLength(50));
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 180_000);
});
