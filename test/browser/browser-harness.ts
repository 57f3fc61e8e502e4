/**
 * Chromium (Debian's, driven by playwright-core) against a sandbox on a free port, with screenshots kept in
 * test-results/screenshots. Console errors and CSP violations in the page or the module iframe are recorded.
 * The app's clock (the sandbox runs the resolvers in this process) is pinned to the snapshot's own day. The
 * frames ask again for a background answer after 250 ms, growing to at most 1 s (production: 3 s to 30 s), so a
 * test that waits for a background answer to arrive waits for the work, not for the next poll.
 */
import { mkdir } from 'node:fs/promises';
import { expect } from '@jest/globals';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildStaticIfStale } from '../../static/build';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { Snapshot } from '../sandbox/snapshot-schema';
import { pinClock } from '../resolvers/demo-app';
import { realDate } from '../fake-date';
import { saveFullPagePng } from './full-page-png';
import { TEST_POLL_SCHEDULE } from './poll-schedule';

export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  sandbox: Sandbox;
  browser: Browser;
  /** Console errors seen so far, from any frame. */
  consoleErrors: string[];
  /** A new page of the sandbox; the next test's first `open` closes it, unless it is kept. */
  open(query: Record<string, string>): Promise<Page>;
  /** Keeps `page` open for later tests (a page several tests only read); `close` closes it. */
  keep<T extends { page: Page }>(opened: T): T;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Waits until the module iframe has stopped resizing to its content, so a full-page screenshot shows it all: its
 * height set (the bridge reports the frame's size after each layout) and the same for 3 animation frames running,
 * checked in the page (at most 3 s). Two reads 150 ms apart cost every screenshot some 180 ms; this about 50 ms.
 */
async function frameSettled(page: Page): Promise<void> {
  const frame = page.locator('iframe.module-frame');
  if ((await frame.count()) === 0) return;
  await frame.first().evaluate(
    (el: HTMLElement) =>
      new Promise<void>((resolve) => {
        const until = performance.now() + 3_000;
        let last = el.style.height;
        let still = 0;
        const look = () => {
          const height = el.style.height;
          still = height !== '' && height === last ? still + 1 : 0;
          last = height;
          if (still >= 3 || performance.now() > until) resolve();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

/** The day a snapshot was taken (its site's generatedAt), else none: the real clock then. */
function snapshotDay(snapshot: Snapshot): string | null {
  const day = snapshot.site.generatedAt?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

export async function startHarness(snapshot: Snapshot): Promise<Harness> {
  const day = snapshotDay(snapshot);
  if (day !== null) pinClock(day);
  await buildStaticIfStale();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const sandbox = await startSandbox({ snapshot, port: 0, host: '127.0.0.1', pollSchedule: TEST_POLL_SCHEDULE });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const consoleErrors: string[] = [];
  // Each page with the test that opened it (undefined: kept for the file): a page a finished test left open still
  // runs the app (its timers, its polls, its resolver calls) beside the next test's, so the next open closes it.
  const pages: { page: Page; test: string | undefined }[] = [];
  return {
    sandbox,
    browser,
    consoleErrors,
    async open(query) {
      const test = expect.getState().currentTestName;
      const finished = pages.filter((p) => test !== undefined && p.test !== undefined && p.test !== test);
      await Promise.all(finished.map(({ page }) => page.close()));
      pages.splice(0, pages.length, ...pages.filter((p) => !finished.includes(p)));
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      pages.push({ page, test });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      await page.goto(`${sandbox.url}/?${new URLSearchParams(query).toString()}`);
      return page;
    },
    keep(opened) {
      for (const entry of pages) if (entry.page === opened.page) entry.test = undefined;
      return opened;
    },
    async screenshot(page, name) {
      await frameSettled(page);
      await saveFullPagePng(page, join(SCREENSHOT_DIR, `${name}.png`));
    },
    async close() {
      await Promise.all(pages.map(({ page }) => page.close()));
      await browser.close();
      await sandbox.close();
      realDate();
    },
  };
}
