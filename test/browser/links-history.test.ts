/**
 * Links and navigation as Jira's own (issue #13, item 2), in Chromium against the sandbox: the project page's
 * tab, the Risks heat cell and the map's focus are in the host's address through `view.createHistory()`, so a
 * link opens exactly that view and the browser's back and forward move between views; an issue key links to the
 * issue's real address on the site (middle-click opens it in a new tab), and a plain click moves the page.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const selectedTab = (frame: FrameLocator) => frame.locator('[role="tab"][aria-selected="true"]').textContent();
const projectPage = (path?: string) => ({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page', ...(path ? { path } : {}) });
/** The first heat-map cell holding open risks, as its button names it ("Probability 4, impact 3: 2 risks"). */
const busyCell = (frame: FrameLocator) => frame.getByTestId('heat-map').getByRole('button', { name: /^Probability \d, impact \d: \d+ risks?$/ }).first();

async function waitForPath(page: Page, path: string | null): Promise<void> {
  await page.waitForFunction((wanted) => new URL(window.location.href).searchParams.get('path') === wanted, path);
}

describe('the project page in the address', () => {
  it('puts the tab and the heat cell in the address, and back and forward move between them', async () => {
    const page = await harness.open(projectPage());
    const frame = app(page);
    await frame.getByRole('tab', { name: 'Risks' }).click();
    await waitForPath(page, '/risks');
    const cell = busyCell(frame);
    await cell.waitFor({ timeout: 25_000 });
    const [, p, i] = /^Probability (\d), impact (\d)/.exec((await cell.getAttribute('aria-label')) ?? (await cell.textContent()) ?? '') ?? [];
    await cell.click();
    await waitForPath(page, `/risks?cell=inherent-${p ?? ''}-${i ?? ''}`);
    await frame.getByTestId('cell-filter').waitFor();
    await harness.screenshot(page, 'links-risks-heat-cell');

    await page.goBack();
    await waitForPath(page, '/risks');
    await frame.getByTestId('cell-filter').waitFor({ state: 'detached' });
    expect(await selectedTab(frame)).toBe('Risks');
    await page.goBack();
    await waitForPath(page, null);
    await frame.getByRole('tab', { name: 'Overview', selected: true }).waitFor();
    await page.goForward();
    await waitForPath(page, '/risks');
    await frame.getByRole('tab', { name: 'Risks', selected: true }).waitFor();
    await page.goForward();
    await frame.getByTestId('cell-filter').waitFor();
    expect(await frame.getByTestId('cell-filter').textContent()).toContain(`probability ${p ?? ''}, impact ${i ?? ''}`);
  });

  it('opens a link to "PAY, Risks, heat cell" at exactly that view', async () => {
    const first = await harness.open(projectPage('/risks'));
    const cell = busyCell(app(first));
    await cell.waitFor({ timeout: 25_000 });
    const [, p, i] = /^Probability (\d), impact (\d)/.exec((await cell.getAttribute('aria-label')) ?? (await cell.textContent()) ?? '') ?? [];
    const page = await harness.open(projectPage(`/risks?cell=inherent-${p ?? ''}-${i ?? ''}`));
    const frame = app(page);
    await frame.getByTestId('cell-filter').waitFor({ timeout: 25_000 });
    expect(await selectedTab(frame)).toBe('Risks');
    expect(await frame.getByTestId('heat-map').getByRole('button', { pressed: true }).count()).toBe(1);
    await harness.screenshot(page, 'links-opened-heat-cell');
  });

  it('opens a link to the map focused on an issue; "Show all issues" is an entry back undoes', async () => {
    const page = await harness.open(projectPage('/dependencies?focus=PAY-2'));
    const frame = app(page);
    await frame.getByTestId('focus-status').waitFor({ timeout: 25_000 });
    expect(await frame.getByTestId('focus-status').textContent()).toContain('PAY-2');
    expect(await selectedTab(frame)).toBe('Dependencies');
    await harness.screenshot(page, 'links-map-focus');
    await frame.getByRole('button', { name: 'Show all issues' }).click();
    await waitForPath(page, '/dependencies');
    await page.goBack();
    await frame.getByTestId('focus-status').waitFor();
  });
});

describe('an issue key', () => {
  it('links to the issue\'s address on the site: a middle-click opens it in a new tab, a click moves this one', async () => {
    const page = await harness.open(projectPage('/risks'));
    const frame = app(page);
    const link = frame.getByTestId('risk-table').locator('a.keel-key').first();
    await link.waitFor({ timeout: 25_000 });
    const key = (await link.textContent()) ?? '';
    expect(await link.getAttribute('href')).toBe(`${harness.sandbox.url}/browse/${key}`);

    const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click({ button: 'middle' })]);
    await opened.waitForURL((url) => url.searchParams.get('issue') === key);
    // The new tab is the issue view of the same signed-in user.
    expect(new URL(opened.url()).searchParams.get('user')).toBe(PRIYA.emailAddress);
    await opened.getByTestId('issue-panel').waitFor();
    expect(new URL(page.url()).searchParams.get('issue')).toBeNull();
    await opened.close();

    await link.click();
    await page.waitForURL((url) => url.searchParams.get('issue') === key);
    await page.getByTestId('issue-panel').waitFor();
    await harness.screenshot(page, 'links-issue-opened');
  });
});

