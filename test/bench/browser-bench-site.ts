/**
 * What the browser benches of issue #11 share (dependencies-browser-bench.ts, tabs-browser-bench.ts): the generated
 * large site (BIG with `KEEL_BENCH_BROWSER_ISSUES` issues, 50,000 by default) served by the sandbox with the real
 * app, the analysis stored by the real consumer with no latency, then the sandbox's latency switched on (150 ms a
 * Jira request, 20 ms a storage call), Chromium opening Keel's modules as Priya, and each step timed from its act
 * (a click, a page load) to what she sees, with the resolver calls the browser made meanwhile. A step that never
 * shows ends the bench with a message saying which.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium, type Browser, type FrameLocator, type Page, type Request } from 'playwright-core';
import { buildStaticIfStale } from '../../static/build';
import { largeSnapshot } from '../sandbox/demo/large-site';
import { DEMO_USERS } from '../sandbox/demo/users';
import type { SandboxLatency } from '../sandbox/forge/forge-fetch';
import { queueSettled } from '../sandbox/forge/queue-settled';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { Snapshot } from '../sandbox/snapshot-schema';

export const ISSUES = Number(process.env['KEEL_BENCH_BROWSER_ISSUES'] ?? 50_000);
export const LATENCY: SandboxLatency = { productMs: 150, kvsMs: 20 };
export const FIRST_PAINT_MS = 3000;
export const STEP_TIMEOUT_MS = 120_000;
/** The longest a background job may take before the bench gives up naming it: a Forge consumer's own limit. */
export const QUEUE_TIMEOUT_MS = 900_000;
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

export interface BenchRow {
  instance: string;
  step: string;
  ms: number;
  'under 3 s': string;
  /** From the act to the first resolver call's start: the page and the app starting, or the click's own work. */
  'ms to 1st call'?: number | string;
  /** Of `ms`, what Chromium took to open a new tab before the page load began (not Jira's nor Keel's). */
  'ms new tab'?: number | string;
  /** The page's first calls, each alone in turn from the same state (calls-alone.ts): what Forge, one CPU an invocation, would take for each. */
  'each call alone (ms)'?: string;
  /** Each resolver call the page made from the act to what shows: its function key, ms and answer's KB (… when unanswered). */
  'resolver calls (ms)'?: string;
}

/** One resolver call of a page, in the page's clock (performance.now() of this process). */
export interface InvokedCall {
  key: string;
  startMs: number;
  endMs?: number;
  /** The answer's bytes (its JSON body), once heard. */
  bytes?: Promise<number>;
}

export interface OpenedPage {
  page: Page;
  /** When Chromium began opening the page's tab and the ms it took, before the page's navigation started. */
  tab?: { atMs: number; ms: number };
  frame: FrameLocator;
  /** The resolver calls this page has made since `page` opened, in order. */
  invoked: InvokedCall[];
}

export interface BrowserBench {
  sandbox: Sandbox;
  rows: BenchRow[];
  /** Console errors and uncaught page errors of every page opened. */
  errors: string[];
  /** Seconds the consumer took to store the analysis and its forecast (`storeAnalysis`). */
  consumerS: number;
  /** Opens the sandbox host with these query parameters (user, project, module, product, page ...) as Priya. */
  open(query: Record<string, string>): Promise<OpenedPage>;
  /** Forgets what a Forge instance keeps warm between invocations, as a new instance starts. */
  forgetWarm(): void;
  /** Runs the queued background work (consumers) until none is queued or running (queue-settled.ts). */
  drain(): Promise<void>;
  /** Waits until every resolver call the page has made is answered; rejects after STEP_TIMEOUT_MS naming those that are not. */
  answered(opened: OpenedPage): Promise<void>;
  /**
   * Waits until the page's resolver calls are answered and the background work they queued is done (`drain`),
   * both at once: what a view asked for is then stored, whatever the page polls meanwhile.
   */
  settle(opened: OpenedPage): Promise<void>;
  /**
   * Times `act` to `shown` and adds a row; `shown` resolving to words (what shows instead of the content, e.g.
   * "computing") puts them in the row, and rejecting (or timing out) ends the bench naming the step.
   */
  step(instance: string, name: string, opened: OpenedPage, act: () => Promise<unknown>, shown: () => Promise<unknown>): Promise<number>;
  /** Switches the round trips' latency on (LATENCY). */
  withLatency(): void;
  /** The load average when the bench started and now. */
  load(): string;
  close(): Promise<void>;
}

/** The host page's query for Priya's view of `module` on BIG. */
export const priyaOn = (module: string, extra: Record<string, string> = {}): Record<string, string> => ({ user: DEMO_USERS.priya.emailAddress, project: 'BIG', module, ...extra });

/**
 * Starts the sandbox on the large site (changed by `adapt`, e.g. pages with macros) and Chromium, then stores
 * BIG's analysis and forecast: the first visit to the Dependencies tab queues them, the consumer runs with no latency.
 */
export async function startBrowserBench(adapt: (snapshot: Snapshot) => Snapshot = (s) => s): Promise<BrowserBench> {
  const loadAtStart = loadavg()[0] ?? 0;
  await buildStaticIfStale();
  await mkdir(SCREENSHOTS, { recursive: true });
  const started = performance.now();
  const latency: SandboxLatency = { productMs: 0, kvsMs: 0 };
  const sandbox = await startSandbox({ snapshot: adapt(largeSnapshot({ issues: ISSUES, today: '2026-11-16' })), port: 0, host: '127.0.0.1', latency });
  const app = await import('../../src/index');
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  sandbox.runtime.queue.register('keel-analysis', app.analysisConsumer);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  const chromiumBrowser = browser;
  const errors: string[] = [];
  const rows: BenchRow[] = [];
  const open = async (query: Record<string, string>): Promise<OpenedPage> => {
    const opening = performance.now();
    const page = await chromiumBrowser.newPage({ viewport: { width: 1280, height: 900 } });
    const tab = { atMs: opening, ms: performance.now() - opening };
    const invoked: InvokedCall[] = [];
    const calls = new Map<Request, InvokedCall>();
    const ended = (request: Request) => {
      const call = calls.get(request);
      if (!call) return;
      call.endMs = performance.now();
      call.bytes = request.sizes().then((s) => s.responseBodySize, () => NaN);
    };
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => (message.type() === 'error' ? errors.push(message.text()) : undefined));
    page.on('request', (request) => {
      if (!request.url().endsWith('/__sandbox/invoke')) return;
      const call = { key: /"functionKey":"([^"]+)"/.exec(request.postData() ?? '')?.[1] ?? '?', startMs: performance.now() };
      calls.set(request, call);
      invoked.push(call);
    });
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    await page.goto(`${sandbox.url}/?${new URLSearchParams(query).toString()}`);
    return { page, frame: page.frameLocator('iframe.module-frame'), invoked, tab };
  };
  const bench: BrowserBench = {
    sandbox,
    rows,
    errors,
    consumerS: 0,
    open,
    forgetWarm: () => {
      forgetWarmSchedules();
      forgetWarmAnswers();
    },
    drain: async () => {
      await queueSettled(sandbox.runtime.queue, { timeoutMs: QUEUE_TIMEOUT_MS });
    },
    answered: (opened) => answered(opened),
    settle: async (opened) => {
      const { queue } = sandbox.runtime;
      const idle = () => opened.invoked.every((c) => c.endMs !== undefined) && queue.unfinished().queued.length + queue.unfinished().running.length === 0;
      // A poll answered while the queue ran may have queued more: settled once both hold together.
      for (let round = 0; !idle(); round += 1) {
        if (round === SETTLE_ROUNDS) throw new Error(`The page kept queueing background work: ${SETTLE_ROUNDS} rounds of its calls and the queue did not settle`);
        await answered(opened);
        await bench.drain();
      }
    },
    step: async (instance, name, opened, act, shown) => {
      const calls = opened.invoked.length;
      const t = performance.now();
      await act();
      const instead = await shown().catch((error: unknown) => {
        throw new Error(`${name} (${instance}) did not show: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      });
      const ms = Math.round(performance.now() - t);
      const made = opened.invoked.slice(calls);
      const step = typeof instead === 'string' ? `${name}: ${instead}` : name;
      const firstCall = made[0] === undefined ? '' : Math.round(made[0].startMs - t);
      const kb = await Promise.all(made.map((c) => c.bytes ?? Promise.resolve(NaN)));
      const size = (i: number) => (Number.isFinite(kb[i]) ? ` (${Math.round((kb[i] ?? 0) / 1024)} KB)` : '');
      const each = made.map((c, i) => `${c.key} ${c.endMs === undefined ? '…' : `${Math.round(c.endMs - c.startMs)}${size(i)}`}`).join(', ');
      // Only a step whose act opened the page (a page load) opened a tab.
      const tab = opened.tab === undefined || opened.tab.atMs < t ? '' : Math.round(opened.tab.ms);
      const row: BenchRow = { instance, step, ms, 'under 3 s': ms < FIRST_PAINT_MS && typeof instead !== 'string' ? 'yes' : 'NO', 'ms to 1st call': firstCall, 'ms new tab': tab, 'resolver calls (ms)': each };
      rows.push(row);
      // Each row as it is measured, so a bench cut short still tells what it measured.
      console.error(JSON.stringify(row));
      return ms;
    },
    withLatency: () => {
      Object.assign(latency, LATENCY);
    },
    load: () => `load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
    close: async () => {
      await chromiumBrowser.close();
      await sandbox.close();
    },
  };
  try {
    // The first visit queues the analysis; the consumer computes it, then the forecast it queues.
    const first = await open(priyaOn('keel-project-page'));
    await first.frame.getByRole('tab', { name: 'Dependencies' }).click();
    await first.frame.getByTestId('schedule-computing').waitFor({ timeout: STEP_TIMEOUT_MS });
    await bench.settle(first);
    await first.page.close();
  } catch (error) {
    await bench.close();
    throw error;
  }
  bench.consumerS = (performance.now() - started) / 1000;
  return bench;
}

const SETTLE_ROUNDS = 20;
const ANSWERED_POLL_MS = 50;

/** Resolves once every resolver call `opened` has made is answered; rejects after STEP_TIMEOUT_MS naming the rest. */
async function answered(opened: OpenedPage): Promise<void> {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  for (let open = opened.invoked.filter((c) => c.endMs === undefined); open.length > 0; open = opened.invoked.filter((c) => c.endMs === undefined)) {
    if (performance.now() > deadline) {
      const now = performance.now();
      throw new Error(`The page's resolver calls were not answered after ${STEP_TIMEOUT_MS / 1000} s: ${open.map((c) => `${c.key} (asked ${Math.round((now - c.startMs) / 1000)} s ago)`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, ANSWERED_POLL_MS));
  }
}

/** Runs `bench` and prints its failure (the step that never showed) as the process's last words. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
