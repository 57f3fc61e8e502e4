/**
 * The project page's Overview in Chromium against the sandbox: real counts for the demo site's PAY project,
 * the difference a viewer's permissions make, the error and empty states, and opening an issue via the host.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import type { Principal } from '../sandbox/site-types';
import { startHarness, type Harness } from './browser-harness';
import { expectedTypeRows, issuesLinkingToHidden } from './expected-overview';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya.emailAddress;
const AIKO = DEMO_USERS.aiko.emailAddress;
const asUser = (accountId: string): Principal => ({ type: 'user', accountId });
const projectPage = (user: string, project: string) => ({ user, project, module: 'keel-project-page' });

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

async function tableRows(frame: FrameLocator, testId: string): Promise<string[][]> {
  const rows = frame.getByTestId(testId).locator('tbody tr');
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')));
}

async function findingKeys(frame: FrameLocator, kind: string): Promise<string[]> {
  return frame.locator(`[data-kind="${kind}"] .keel-key`).allTextContents();
}

async function linkTotal(frame: FrameLocator): Promise<number> {
  const rows = await tableRows(frame, 'links-by-type');
  return rows.reduce((sum, row) => sum + Number(row[1]), 0);
}

describe('Overview of PAY', () => {
  it('shows the issues in scope by type and status category, as the snapshot holds them (Priya)', async () => {
    const page = await harness.open(projectPage(PRIYA, 'PAY'));
    const frame = app(page);
    await eventually(async () => expect(await tableRows(frame, 'issues-by-type').then((r) => r.length)).toBeGreaterThan(0));
    const expected = expectedTypeRows(snapshot, 'PAY');
    const shown = (await tableRows(frame, 'issues-by-type'))
      .map(([type = '', total, todo, inProgress, done]) => ({ type, total: Number(total), todo: Number(todo), inProgress: Number(inProgress), done: Number(done) }))
      .sort((a, b) => a.type.localeCompare(b.type));
    expect(shown).toEqual(expected);
    const issueCount = expected.reduce((sum, row) => sum + row.total, 0);
    expect(await frame.getByTestId('issue-count').textContent()).toBe(String(issueCount));
    await eventually(async () => expect(await frame.getByRole('heading', { name: 'Dependency links by type' }).count()).toBe(1));
    expect(await linkTotal(frame)).toBeGreaterThan(0);
    // Not even Priya may browse SEC: PAY issues linking there are flagged for her too.
    expect(await findingKeys(frame, 'link-not-visible')).toEqual(issuesLinkingToHidden(snapshot, 'PAY', asUser(DEMO_USERS.priya.accountId)));
    await harness.screenshot(page, 'overview-pay-priya');
  });

  it('tells Aiko, who may not browse PLAT nor see PAY\'s "Staff only" issues, which PAY issues link to issues she cannot see', async () => {
    const hiddenFromPriya = issuesLinkingToHidden(snapshot, 'PAY', asUser(DEMO_USERS.priya.accountId));
    const hidden = issuesLinkingToHidden(snapshot, 'PAY', asUser(DEMO_USERS.aiko.accountId));
    expect(hidden.length).toBeGreaterThan(hiddenFromPriya.length);
    const priyaPage = await harness.open(projectPage(PRIYA, 'PAY'));
    const priyaLinks = await linkTotal(app(priyaPage));

    const page = await harness.open(projectPage(AIKO, 'PAY'));
    const frame = app(page);
    await frame.locator('[data-kind="link-not-visible"]').waitFor();
    expect(await findingKeys(frame, 'link-not-visible')).toEqual(hidden);
    expect(await linkTotal(frame)).toBeLessThan(priyaLinks);
    // Aiko sees PAY's issues but those under "Staff only", a security level she is not in.
    const aikoRows = expectedTypeRows(snapshot, 'PAY', asUser(DEMO_USERS.aiko.accountId));
    expect(aikoRows.reduce((s, r) => s + r.total, 0)).toBe(expectedTypeRows(snapshot, 'PAY').reduce((s, r) => s + r.total, 0) - 8);
    expect(await frame.getByTestId('issue-count').textContent()).toBe(String(aikoRows.reduce((s, r) => s + r.total, 0)));
    await harness.screenshot(page, 'overview-pay-aiko');
  });

  it('opens an issue key in the same tab through the host, as Jira does for its own links', async () => {
    const page = await harness.open(projectPage(AIKO, 'PAY'));
    const key = app(page).locator('[data-kind="link-not-visible"] .keel-key').first();
    const issueKey = (await key.textContent()) ?? '';
    await key.click();
    await page.waitForURL((url) => url.searchParams.get('issue') === issueKey);
    await eventually(async () => expect(await page.getByTestId('issue-panel').textContent()).toContain(issueKey));
    await app(page).getByTestId('issues-by-type').waitFor();
    await harness.screenshot(page, 'host-opened-issue');
  });
});

describe('error and empty states', () => {
  it('shows the resolver\'s message and what to do when the viewer is not signed in', async () => {
    const page = await harness.open(projectPage('anonymous', 'PAY'));
    const alert = app(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Keel could not load the overview of PAY');
    expect((await alert.locator('.keel-state__message').textContent())?.length).toBeGreaterThan(10);
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await harness.screenshot(page, 'error-anonymous');
  });

  it('shows a retryable error when Jira keeps failing, and recovers on Try again', async () => {
    harness.sandbox.site.addFault({ kind: 'serverError', count: 1000, status: 503 });
    try {
      const page = await harness.open(projectPage(PRIYA, 'PAY'));
      const alert = app(page).getByRole('alert');
      await alert.waitFor({ timeout: 25_000 });
      expect(await alert.textContent()).toContain('Keel could not load the overview of PAY');
      await harness.screenshot(page, 'error-jira-unavailable');
      harness.sandbox.site.clearFaults();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await app(page).getByTestId('issues-by-type').waitFor();
    } finally {
      harness.sandbox.site.clearFaults();
    }
  });

  it('says what to check when no issue is in scope', async () => {
    harness.sandbox.site.state.projects.push({ id: '10099', key: 'EMPTY', name: 'Empty project', projectTypeKey: 'software' });
    harness.sandbox.site.state.grants.push({ projectKey: 'EMPTY', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const page = await harness.open(projectPage(PRIYA, 'EMPTY'));
    await app(page).getByText("No issues in scope: check the project's scope JQL in Keel's settings.").waitFor();
    await harness.screenshot(page, 'empty-scope');
  });

});

function moduleFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/app/index.html'));
  if (!frame) throw new Error('The module iframe is not loaded');
  return frame;
}

describe('the host\'s bridge', () => {
  const callBridge = (page: Page, op: string, payload: unknown) =>
    moduleFrame(page).evaluate(
      ([o, p]) => window.__bridge.callBridge(o, p).then((value) => ({ value }), (error: unknown) => ({ error: String(error) })),
      [op, payload] as const,
    );

  it('answers fetchProduct as the signed-in user, with Jira\'s permissions', async () => {
    const page = await harness.open(projectPage(AIKO, 'PAY'));
    await app(page).getByTestId('issues-by-type').waitFor();
    const get = (restPath: string) => callBridge(page, 'fetchProduct', { product: 'jira', restPath, fetchRequestInit: { method: 'GET', headers: [] } });
    const plat = snapshot.issues.find((i) => i.fields.project.key === 'PLAT')?.key ?? 'PLAT-1';
    expect(await get('/rest/api/3/issue/PAY-1?fields=summary')).toMatchObject({ value: { status: 200 } });
    expect(await get(`/rest/api/3/issue/${plat}?fields=summary`)).toMatchObject({ value: { status: 404 } });
  });

  it('rejects an operation it does not support, naming it', async () => {
    const page = await harness.open(projectPage(PRIYA, 'PAY'));
    await app(page).getByTestId('issues-by-type').waitFor();
    expect(await callBridge(page, 'openMaintenanceWindow', { title: 'x' })).toEqual({
      error: 'Error: The Keel sandbox does not support the bridge operation "openMaintenanceWindow".',
    });
  });
});

describe('Forge\'s Content-Security-Policy', () => {
  it('was never violated by the app, the preamble or the host in the tests above', () => {
    expect(harness.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });
});
