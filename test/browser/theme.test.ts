/**
 * Keel in Jira's and Confluence's light and dark themes (issue #13): the app calls `view.theme.enable()`, the
 * sandbox's bridge marks the frame `data-color-mode` and loads the design tokens as Forge's does, and every
 * tab of the project page, the issue panel, a Confluence macro and the admin page are screenshot in both
 * themes with their text contrast measured (WCAG AA), as Priya on the demo site.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Frame, Page } from 'playwright-core';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';
import { contrastFailures } from './contrast-audit';
import { saveFullPagePng } from './full-page-png';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya.emailAddress;
const MODES = ['light', 'dark'] as const;
const TABS = ['Overview', 'Dependencies', 'Risks', 'Earned value', 'RACI', 'Decisions'] as const;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

/** The first module frame once the app has drawn into it and nothing is loading any more. */
async function settledFrame(page: Page, selector = 'iframe.module-frame'): Promise<Frame> {
  const handle = await page.locator(selector).first().elementHandle({ timeout: 30_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`No frame for ${selector}`);
  await frame.waitForSelector('#root > *', { timeout: 30_000 });
  await frame.waitForFunction(() => document.querySelector('.keel-state--loading, .keel-spinner') === null, undefined, { timeout: 60_000 });
  return frame;
}

async function themeOf(frame: Frame): Promise<{ mode: string | null; background: string }> {
  return frame.evaluate(() => ({ mode: document.documentElement.getAttribute('data-color-mode'), background: getComputedStyle(document.body).backgroundColor }));
}

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(29, 33, 37)' } as const;

describe.each(MODES)('the %s theme', (mode) => {
  it('colours every tab of the project page from the tokens, with readable text', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', module: 'keel-project-page', theme: mode });
    const frame = await settledFrame(page);
    expect(await themeOf(frame)).toEqual({ mode, background: BACKGROUND[mode] });
    for (const tab of TABS) {
      await frame.getByRole('tab', { name: tab }).click();
      await frame.waitForFunction(() => document.querySelector('.keel-state--loading, .keel-spinner') === null, undefined, { timeout: 60_000 });
      await page.waitForTimeout(300);
      await harness.screenshot(page, `theme-${mode}-project-${tab.toLowerCase().replace(/ /g, '-')}`);
      expect({ tab, failures: await contrastFailures(frame) }).toEqual({ tab, failures: [] });
    }
  });

  it('colours the issue panel', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', issue: 'PAY-101', module: 'keel-issue-panel', theme: mode });
    const frame = await settledFrame(page);
    expect(await themeOf(frame)).toEqual({ mode, background: BACKGROUND[mode] });
    await harness.screenshot(page, `theme-${mode}-issue-panel`);
    expect(await contrastFailures(frame)).toEqual([]);
  });

  it('colours a Confluence macro (the risk register on WEB status)', async () => {
    const page = await harness.open({ product: 'confluence', user: PRIYA, page: '163847', theme: mode });
    const frame = await settledFrame(page, '.macro iframe[title="Keel risk register"]');
    await frame.waitForSelector('[data-testid="risks-macro"]', { timeout: 30_000 });
    expect(await themeOf(frame)).toEqual({ mode, background: BACKGROUND[mode] });
    await page.waitForTimeout(500);
    await saveFullPagePng(page, join(SCREENSHOT_DIR, `theme-${mode}-macro-risks.png`));
    expect(await contrastFailures(frame)).toEqual([]);
  });

  it('colours the admin page', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', module: 'keel-admin-page', theme: mode });
    const frame = await settledFrame(page);
    expect(await themeOf(frame)).toEqual({ mode, background: BACKGROUND[mode] });
    await harness.screenshot(page, `theme-${mode}-admin`);
    expect(await contrastFailures(frame)).toEqual([]);
  });
});

describe('a frame whose host gives no theme', () => {
  it('keeps the light fallbacks', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', module: 'keel-project-page' });
    const frame = await settledFrame(page);
    expect(await themeOf(frame)).toEqual({ mode: 'light', background: BACKGROUND.light });
    expect(harness.consoleErrors.filter((e) => /Content Security Policy|Refused|theme/.test(e))).toEqual([]);
  });

  it('has its contrast audit catch grey text on grey', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', module: 'keel-project-page' });
    const frame = await settledFrame(page);
    await frame.evaluate(() => {
      const probe = document.createElement('p');
      probe.textContent = 'Hard to read';
      probe.setAttribute('style', 'color: rgb(119, 119, 119); background: rgb(136, 136, 136)');
      document.body.append(probe);
    });
    expect((await contrastFailures(frame)).map((f) => f.text)).toEqual(['Hard to read']);
  });
});
