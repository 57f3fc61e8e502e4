/**
 * The Confluence side of the sandbox in Chromium: a page rendered from its ADF with Keel's macros running in
 * place as the reader (Priya sees WEB's epics and risks; Aiko, who may not browse PLAT, sees none of its
 * issues and is told she cannot see SEC), a page body full of markup shown as text, a macro never configured,
 * and the config dialog, which saves the macro's config into the page as a new version.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { z } from 'zod';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { macroExtensionId, macroExtensionKey } from '../sandbox/host/forge-context';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';
import { saveFullPagePng } from './full-page-png';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const AIKO = DEMO_USERS.aiko;
const HOSTILE = `<script>alert("x")</script> ]]> Fish & 'Chips' مرحبا 🚀`;

function macro(moduleKey: string, title: string, localId: string, config: Record<string, string> | null): Record<string, unknown> {
  const parameters = { extensionId: macroExtensionId(moduleKey), extensionTitle: title, localId, forgeEnvironment: 'DEVELOPMENT', ...(config ? { guestParams: config } : {}) };
  return { type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: macroExtensionKey(moduleKey), localId, text: title, parameters } };
}

/** A page in PMO (everyone signed in may read it) with macros configured the ways a reader may not be able to see. */
const TEST_PAGE_ID = '199001';
const pmo = snapshot.confluence.spaces.find((s) => s.key === 'PMO');
snapshot.confluence.pages.push({
  id: TEST_PAGE_ID,
  status: 'current',
  title: `Access check ${HOSTILE}`,
  spaceId: pmo?.id ?? '',
  version: { number: 1, message: '', minorEdit: false, authorId: PRIYA.accountId, createdAt: '2026-11-10T10:00:00.000Z' },
  body: {
    atlas_doc_format: {
      representation: 'atlas_doc_format',
      value: JSON.stringify({
        type: 'doc',
        version: 1,
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: HOSTILE, marks: [{ type: 'strong' }] }] },
          macro('keel-risk-register-macro', 'Keel risk register', 'sec-risks', { projectKey: 'SEC' }),
          macro('keel-decision-log-macro', 'Keel decision log', 'all-decisions', { jql: 'issuetype = Decision' }),
          macro('keel-raci-macro', 'Keel RACI', 'web-plat-raci', { jql: 'project in (WEB, PLAT)' }),
          macro('keel-evm-macro', 'Keel earned value summary', 'unconfigured', null),
        ],
      }),
    },
  },
});

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

const openPage = (user: DemoUser, pageId: string, extra: Record<string, string> = {}) =>
  harness.open({ product: 'confluence', user: user.emailAddress, page: pageId, ...extra });
const versionOf = (pageId: string): number =>
  z.object({ version: z.object({ number: z.number() }) }).parse(harness.sandbox.site.state.confluence.pages.find((p) => p.id === pageId)).version.number;
const macroFrame = (page: Page, title: string): FrameLocator => page.frameLocator(`.macro iframe[title="${title}"]`);

/** Waits until every macro frame has been sized to its content, then takes a full-page screenshot. */
async function screenshot(page: Page, name: string): Promise<void> {
  const frames = page.locator('iframe.module-frame');
  let last = '';
  for (let i = 0; i < 30; i += 1) {
    const heights = (await frames.evaluateAll((els) => els.map((el) => (el instanceof HTMLElement ? el.style.height : '')))).join(',');
    if (!heights.split(',').includes('') && heights === last) break;
    last = heights;
    await page.waitForTimeout(200);
  }
  await saveFullPagePng(page, join(SCREENSHOT_DIR, `${name}.png`));
}

describe('the WEB status page, as Priya', () => {
  it('renders the page from its ADF and runs the RACI and risk register macros in place', async () => {
    const page = await openPage(PRIYA, '163847');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('WEB status');
    expect(await page.locator('.adf-status').textContent()).toBe('At risk');
    expect(await page.locator('.adf-mention').textContent()).toBe(`@${PRIYA.displayName}`);
    expect(await page.locator('.adf-panel').count()).toBe(1);

    const raci = macroFrame(page, 'Keel RACI');
    await raci.getByTestId('raci-macro').waitFor({ timeout: 30_000 });
    const webEpics = snapshot.issues.filter((i) => i.fields.project.key === 'WEB' && i.fields.issuetype.name === 'Epic').map((i) => i.key).sort();
    const rows = await raci.locator('tbody th .keel-macro__key').allTextContents();
    expect([...rows].sort()).toEqual(webEpics);
    const cells = (await raci.locator('.keel-macro-raci__cell').allTextContents()).join('');
    expect(cells).toMatch(/R/);
    expect(cells).toMatch(/A/);

    const risks = macroFrame(page, 'Keel risk register');
    await risks.getByTestId('risks-macro').waitFor({ timeout: 30_000 });
    expect(await risks.getByTestId('macro-heat-map').count()).toBe(1);
    expect(await risks.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Edit Keel RACI settings' }).count()).toBe(1);
    await screenshot(page, 'confluence-web-status-priya');
    expect(harness.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });
});

describe("a macro's first answer (first-answers.ts)", () => {
  it('is asked once per macro while its own code is still loading, from the config in Forge\'s context', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const invoked: string[] = [];
    let viewCodeLoaded = false;
    let askedBeforeViewCode = 0;
    let bothAsked = () => undefined as void;
    const asked = new Promise<void>((resolve) => (bothAsked = resolve));
    page.on('request', (request) => {
      if (!request.url().endsWith('/__sandbox/invoke')) return;
      const key = /"functionKey":"([^"]+)"/.exec(request.postData() ?? '')?.[1] ?? '?';
      invoked.push(key);
      if (!viewCodeLoaded) askedBeforeViewCode += 1;
      if (invoked.filter((k) => k.startsWith('macro/')).length === 2) bothAsked();
    });
    // The macros' code is held back until both answers are asked (10 s at most): they must not wait for it.
    await page.route('**/app/chunks/macro-app-*.js', async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      viewCodeLoaded = true;
      await route.continue();
    });
    await page.goto(`${harness.sandbox.url}/?${new URLSearchParams({ product: 'confluence', user: PRIYA.emailAddress, page: '163847' }).toString()}`);
    await macroFrame(page, 'Keel RACI').getByTestId('raci-macro').waitFor({ timeout: 30_000 });
    await macroFrame(page, 'Keel risk register').getByTestId('risks-macro').waitFor({ timeout: 30_000 });
    expect(askedBeforeViewCode, 'asked before the view code loaded').toBe(2);
    expect(invoked.filter((k) => k.startsWith('macro/')).sort(), 'each asked once: the view took the answer on its way').toEqual(['macro/raci', 'macro/risks']);
    await page.close();
  });
});

describe('an issue key in a macro', () => {
  it('opens the issue in Jira through the router, as Confluence does', async () => {
    const page = await openPage(PRIYA, '163848');
    const decisions = macroFrame(page, 'Keel decision log');
    await decisions.getByTestId('decisions-macro').waitFor({ timeout: 30_000 });
    const key = (await decisions.locator('.keel-macro__key a').first().textContent()) ?? '';
    expect(key).toMatch(/^PAY-\d+$/);
    await decisions.getByRole('link', { name: key }).click();
    await page.waitForURL((url) => url.searchParams.get('issue') === key && !url.searchParams.has('product'));
    await page.getByTestId('issue-panel').waitFor();
    expect(await page.locator('.issue-panel__key').textContent()).toContain(key);
    const evm = macroFrame(await openPage(PRIYA, '163848'), 'Keel earned value summary');
    await evm.getByTestId('evm-macro').waitFor({ timeout: 30_000 });
    expect(await evm.locator('.keel-macro-figures dt').allTextContents()).toContain('Budget at completion (BAC)');
  });
});

describe('a page of macros Aiko may not fully see', () => {
  it('tells her she cannot see SEC, shows no PLAT issue, and shows page text as text', async () => {
    const page = await openPage(AIKO, TEST_PAGE_ID);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Access check ${HOSTILE}`);
    expect(await page.locator('.confluence-page__body strong').first().textContent()).toBe(HOSTILE);
    expect(await page.locator('.confluence-page__body script').count()).toBe(0);

    const sec = macroFrame(page, 'Keel risk register');
    await sec.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await sec.getByRole('alert').textContent()).toContain('You cannot see project SEC');

    const decisions = macroFrame(page, 'Keel decision log');
    await decisions.getByTestId('decisions-macro').waitFor({ timeout: 30_000 });
    const keys = await decisions.locator('.keel-macro__key').allTextContents();
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.startsWith('PLAT-'))).toEqual([]);
    expect(await decisions.locator('body').textContent()).not.toMatch(/PLAT-\d/);

    const raci = macroFrame(page, 'Keel RACI');
    await raci.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await raci.getByRole('alert').textContent()).toContain("Jira could not run this macro's filter");
    expect(await raci.locator('body').textContent()).not.toMatch(/PLAT-\d/);

    const evm = macroFrame(page, 'Keel earned value summary');
    await evm.getByRole('heading').waitFor({ timeout: 30_000 });
    expect(await evm.getByRole('heading').textContent()).toContain('not configured yet');
    // Aiko may read PMO but not edit it: no way into the settings.
    expect(await page.getByRole('link', { name: /settings/ }).count()).toBe(0);
    await screenshot(page, 'confluence-access-check-aiko');
  });
});

describe('the config dialog', () => {
  it('offers a project only for the risk register', async () => {
    const page = await openPage(PRIYA, '163847', { configure: 'a1f3c2e0-0002-4b7a-9c1d-web0risk0002' });
    const dialog = page.frameLocator('.macro-dialog iframe');
    await dialog.getByRole('button', { name: 'Save' }).waitFor({ timeout: 30_000 });
    const picker = dialog.getByRole('combobox', { name: 'Project key' });
    await picker.waitFor({ timeout: 30_000 });
    expect(await picker.inputValue()).toBe('WEB');
    // The picker lists what Priya may browse (SEC is nobody's).
    expect(await picker.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Website migration (WEB)', expect.stringContaining('(PLAT)')]));
    expect((await picker.locator('option').allTextContents()).join()).not.toContain('(SEC)');
    expect(await dialog.getByRole('radio', { name: /JQL filter/ }).isDisabled()).toBe(true);
    await screenshot(page, 'confluence-risk-register-config-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL((url) => !url.searchParams.has('configure'));
    expect(await page.locator('.macro-dialog').count()).toBe(0);
  });

  it('saves a JQL filter into the page as a new version, and the RACI macro then shows it', async () => {
    const page = await openPage(PRIYA, '163847');
    await page.getByRole('link', { name: 'Edit Keel RACI settings' }).click();
    const dialog = page.frameLocator('.macro-dialog iframe');
    // The dialog opens while the page's macros still answer: on a busy CI machine (two suites and their Chromiums
    // on two cores) that once took over 30 s, where it takes about 5 s alone.
    await dialog.getByRole('button', { name: 'Save' }).waitFor({ timeout: 60_000 });
    await dialog.getByRole('radio', { name: 'A JQL filter' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('Enter a JQL filter');
    await dialog.getByRole('textbox', { name: 'JQL filter' }).fill('project in (WEB, PLAT) AND issuetype = Epic');
    await screenshot(page, 'confluence-raci-config-dialog');
    const versionBefore = versionOf('163847');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL((url) => !url.searchParams.has('configure'));

    expect(versionOf('163847')).toBe(versionBefore + 1);
    const stored = harness.sandbox.site.state.confluence.pages.find((p) => p.id === '163847');
    expect(JSON.stringify(stored?.['body'])).toContain('project in (WEB, PLAT) AND issuetype = Epic');

    const raci = macroFrame(page, 'Keel RACI');
    await raci.getByTestId('raci-macro').waitFor({ timeout: 30_000 });
    const rows = await raci.locator('tbody th .keel-macro__key').allTextContents();
    expect(rows.some((k) => k.startsWith('PLAT-'))).toBe(true);
    expect(rows.some((k) => k.startsWith('WEB-'))).toBe(true);
    await screenshot(page, 'confluence-raci-after-config');
  }, 120_000);
});
