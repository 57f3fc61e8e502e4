/**
 * `npm run bench`, every Keel view's first paint in Chromium at the scale issue #11 names (every panel under 3 s
 * from stored data): BIG on the generated large site with 50,000 issues (`KEEL_BENCH_BROWSER_ISSUES` for another
 * size), set up as the Dependencies bench is (browser-bench-site.ts). With no latency, each view is opened once, so
 * the background work it queues (the stored levelling, forecast ...) is done; then, with 150 ms a Jira request and
 * 20 ms a storage call, Priya opens each tab of the project page, the issue panel of two BIG issues (an epic and a
 * task) and each Confluence macro on a page of its own, configured with BIG: on a new Forge instance (nothing kept
 * warm just before the click or the page load), then on a warm one. Each row runs from the click (a tab) or the
 * page load (the panel, a macro) to what she waits for (a test id, not a spinner), with the resolver calls the page
 * made meanwhile; a view that shows "computing in the background" instead is a row saying so. Screenshots:
 * test-results/screenshots/bench-tabs-50k-*.png. It fails only when a view never shows (an error, a blank panel):
 * its message says which. `KEEL_BENCH_VIEWS=macros` (or `page`, `panels`, comma-separated) benches those alone.
 * A page load's row says how long Chromium took to open its tab ("ms new tab", part of "ms"), and an issue panel's
 * how long each of its five first calls takes alone (calls-alone.ts): the sandbox runs the page's calls in its one
 * process, so they wait for each other's CPU, where Forge gives each invocation its own.
 */
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { DEMO_USERS } from '../sandbox/demo/users';
import { withMacroPages } from '../sandbox/demo/macro-pages';
import { ISSUES, LATENCY, SCREENSHOTS, STEP_TIMEOUT_MS, priyaOn, runBench, startBrowserBench, type BrowserBench, type OpenedPage } from './browser-bench-site';
import { callsAlone } from './calls-alone';

/** A view and what Priya waits for in it. */
interface View {
  name: string;
  /** The screenshot's name: bench-tabs-50k-<slug>.png. */
  slug: string;
  content: (frame: FrameLocator) => Locator;
}

const TABS: readonly (View & { tab: string })[] = [
  { tab: 'Dependencies', name: 'Dependencies: epics map with its critical chain', slug: 'dependencies', content: (f) => f.getByTestId('critical-chain') },
  { tab: 'Resources', name: 'Resources: load heat map', slug: 'resources', content: (f) => f.getByTestId('resources-heat-map') },
  { tab: 'Forecast', name: 'Forecast: headline', slug: 'forecast', content: (f) => f.getByTestId('forecast-headline') },
  { tab: 'Risks', name: 'Risks: schedule risks of the plan', slug: 'risks', content: (f) => f.getByTestId('derived-risks') },
  { tab: 'Earned value', name: 'Earned value: headline figures', slug: 'earned-value', content: (f) => f.getByTestId('headline-figures') },
  { tab: 'RACI', name: 'RACI: matrix', slug: 'raci', content: (f) => f.getByTestId('raci-table') },
  { tab: 'Decisions', name: 'Decisions: the log', slug: 'decisions', content: (f) => f.getByRole('heading', { name: /^Decision log of/ }) },
  { tab: 'Overview', name: 'Overview (clicked back): issues by type', slug: 'overview-again', content: (f) => f.getByTestId('issues-by-type') },
];

const PANELS: readonly (View & { issue: string })[] = [
  { issue: 'BIG-1', name: 'Issue panel of BIG-1 (an epic): its summary task', slug: 'panel-epic', content: (f) => f.getByTestId('summary-task') },
  { issue: 'BIG-2', name: 'Issue panel of BIG-2 (a task): its schedule status', slug: 'panel-task', content: (f) => f.getByTestId('schedule-status') },
];

const MACROS: readonly (View & { module: string; pageId: string })[] = [
  { module: 'keel-status-macro', pageId: '199201', name: 'Status macro', slug: 'macro-status', content: (f) => f.getByTestId('status-macro') },
  { module: 'keel-forecast-macro', pageId: '199202', name: 'Forecast macro: headline', slug: 'macro-forecast', content: (f) => f.getByTestId('forecast-macro').getByTestId('forecast-headline') },
  { module: 'keel-risk-register-macro', pageId: '199203', name: 'Risk register macro', slug: 'macro-risks', content: (f) => f.getByTestId('risks-macro') },
  { module: 'keel-evm-macro', pageId: '199204', name: 'Earned value macro', slug: 'macro-evm', content: (f) => f.getByTestId('evm-macro') },
  { module: 'keel-raci-macro', pageId: '199205', name: 'RACI macro', slug: 'macro-raci', content: (f) => f.getByTestId('raci-macro') },
  { module: 'keel-decision-log-macro', pageId: '199206', name: 'Decision log macro', slug: 'macro-decisions', content: (f) => f.getByTestId('decisions-macro') },
];

/** States that are not the content: a failure (the bench stops) or work still being done in the background (a row says so). */
const FAILED = '.keel-state--error, [data-testid="schedule-unavailable"], [data-testid="stored-answer-unavailable"]';
const COMPUTING = '[data-testid="stored-answer-computing"], [data-testid="forecast-computing"], [data-testid="schedule-computing"], [data-testid="issue-schedule-computing"]';

/**
 * Resolves when `content` shows (undefined) or a computing state does (its words); rejects with the failure's
 * words when an error or "cannot show" state shows, or with a timeout.
 */
async function shows(frame: FrameLocator, content: Locator): Promise<string | undefined> {
  const failed = frame.locator(FAILED).first();
  const computing = frame.locator(COMPUTING).first();
  const first = await Promise.race([
    content.first().waitFor({ timeout: STEP_TIMEOUT_MS }).then(() => 'content' as const),
    failed.waitFor({ timeout: STEP_TIMEOUT_MS }).then(() => 'failed' as const),
    computing.waitFor({ timeout: STEP_TIMEOUT_MS }).then(() => 'computing' as const),
  ]);
  if (first === 'content') return undefined;
  if (first === 'computing') return `shows "${(await computing.innerText()).slice(0, 80)}"`;
  throw new Error((await failed.innerText()).replace(/\s+/g, ' ').slice(0, 300));
}

/** What Priya sees first (the window, not the whole page: RACI's 1,250 epics make a page too long to shoot on a busy machine). */
async function screenshot(opened: OpenedPage, instance: string, slug: string): Promise<void> {
  if (instance !== 'new instance') return;
  await opened.page.screenshot({ path: join(SCREENSHOTS, `bench-tabs-50k-${slug}.png`), timeout: 60_000 }).catch((error: unknown) => {
    console.error(`No screenshot of ${slug}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  });
}

/** The first pass's instance: no latency, each view's background work done before the page closes. */
const WARMING_UP = 'warming up';

/** The project page: opened on its Overview (the page load), then each tab clicked in turn. */
async function projectPage(bench: BrowserBench, instance: string, cold: boolean): Promise<void> {
  if (cold) bench.forgetWarm();
  const opened = { page: undefined, frame: undefined, invoked: [] } as unknown as OpenedPage;
  await bench.step(instance, 'Overview (page load): the verdict', opened, async () => Object.assign(opened, await bench.open(priyaOn('keel-project-page'))), () => shows(opened.frame, opened.frame.getByTestId('verdict-card')));
  await bench.step(instance, 'Overview (then): issues by type', opened, () => Promise.resolve(), () => shows(opened.frame, opened.frame.getByTestId('issues-by-type')));
  await screenshot(opened, instance, 'overview');
  for (const view of TABS) {
    // A new instance may answer any click: nothing kept warm from the tabs before.
    if (cold) bench.forgetWarm();
    const { frame } = opened;
    await bench.step(instance, view.name, opened, () => frame.getByRole('tab', { name: view.tab, exact: true }).click(), () => shows(frame, view.content(frame)));
    await screenshot(opened, instance, view.slug);
  }
  await closed(bench, instance, opened);
}

/**
 * A module opened on its own (the issue panel, a Confluence page with one macro): from the page load. An issue
 * panel's row then gets its first calls each timed alone, from the same state (calls-alone.ts).
 */
async function ownPage(bench: BrowserBench, instance: string, cold: boolean, view: View, query: Record<string, string>, frameOf: (opened: OpenedPage) => FrameLocator): Promise<void> {
  if (cold) bench.forgetWarm();
  const opened = { page: undefined, frame: undefined, invoked: [] } as unknown as OpenedPage;
  await bench.step(instance, view.name, opened, async () => Object.assign(opened, await bench.open(query)), () => shows(frameOf(opened), view.content(frameOf(opened))));
  await screenshot(opened, instance, view.slug);
  await closed(bench, instance, opened);
  const row = bench.rows.at(-1);
  if (instance !== WARMING_UP && query['module'] === 'keel-issue-panel' && row !== undefined) {
    row['each call alone (ms)'] = await callsAlone(bench.sandbox, query, cold ? () => bench.forgetWarm() : undefined);
    console.error(JSON.stringify({ step: row.step, instance, 'each call alone (ms)': row['each call alone (ms)'] }));
  }
}

/**
 * Closes a page once its resolver calls are answered; while warming up, once the background work it queued is
 * done too (the queue itself says so: a page that polls is seldom "network idle", and idle says nothing of the work).
 */
async function closed(bench: BrowserBench, instance: string, opened: OpenedPage): Promise<void> {
  await (instance === WARMING_UP ? bench.settle(opened) : bench.answered(opened));
  await opened.page.close();
}

/** The views benched: `KEEL_BENCH_VIEWS=page,panels,macros` (each part alone or several; all when unset). */
const PARTS = new Set((process.env['KEEL_BENCH_VIEWS'] ?? 'page,panels,macros').split(',').map((p) => p.trim()));

async function everyView(bench: BrowserBench, instance: string, cold: boolean): Promise<void> {
  if (PARTS.has('page')) await projectPage(bench, instance, cold);
  for (const panel of PARTS.has('panels') ? PANELS : []) await ownPage(bench, instance, cold, panel, priyaOn('keel-issue-panel', { issue: panel.issue }), (o) => o.frame);
  for (const macro of PARTS.has('macros') ? MACROS : []) {
    await ownPage(bench, instance, cold, macro, { product: 'confluence', user: DEMO_USERS.priya.emailAddress, page: macro.pageId }, (o) => o.page.frameLocator('.macro iframe'));
  }
}

async function main(): Promise<void> {
  const bench = await startBrowserBench((snapshot) => withMacroPages(snapshot, MACROS, 'BIG'));
  try {
    // Once with no latency, each view's background work (levelling, forecast ...) done before the next: stored before timing.
    await everyView(bench, WARMING_UP, false);
    bench.rows.length = 0;
    bench.withLatency();
    await everyView(bench, 'new instance', true);
    await everyView(bench, 'warm instance', false);
    console.log(`Every Keel view in Chromium, as Priya, BIG with ${ISSUES.toLocaleString('en')} issues: ms from her click or the page load to what she waits for, with ${LATENCY.productMs} ms before each Jira request and ${LATENCY.kvsMs} ms before each storage call.`);
    console.table(bench.rows);
    console.log(`Analysis and forecast stored in ${bench.consumerS.toFixed(0)} s (no latency); ${bench.load()}. Screenshots: test-results/screenshots/bench-tabs-50k-*.png`);
    if (bench.errors.length > 0) console.log(`Console errors: ${[...new Set(bench.errors)].join(' | ')}`);
  } finally {
    await bench.close();
  }
}

runBench(main);
