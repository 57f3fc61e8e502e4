/**
 * The publish panel's parent page picker and flags (issue #13, item 4), in Chromium against the sandbox: typing
 * part of a title lists the space's pages that hold it, choosing one makes it the parent, and the outcome of a
 * publish shows in Jira's own flag (`showFlag`), success and failure alike, as well as in the panel.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

async function openRaci(user: DemoUser, project: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module: 'keel-project-page', path: '/raci' });
  const frame = page.frameLocator('iframe.module-frame');
  await frame.getByTestId('publish-button').waitFor({ timeout: 25_000 });
  return { page, frame };
}

describe('the parent page picker', () => {
  it('finds pages of the space by title, makes the chosen one the parent, and shows success in a flag', async () => {
    const { page, frame } = await openRaci(DEMO_USERS.priya, 'PAY');
    await frame.getByTestId('publish-space').selectOption('PMO');
    await frame.getByTestId('page-search').fill('nothing like this');
    await frame.getByText('No page in PMO has "nothing like this" in its title.').waitFor({ timeout: 25_000 });
    await frame.getByTestId('page-search').fill('WEEKLY');
    const results = frame.getByTestId('page-results');
    await results.waitFor({ timeout: 25_000 });
    expect(await results.getByRole('button').allTextContents()).toEqual(['Payment gateway integration: weekly status']);
    await harness.screenshot(page, 'publish-page-picker');
    await results.getByRole('button', { name: 'Payment gateway integration: weekly status' }).click();
    expect(await frame.getByTestId('publish-parent').inputValue()).toBe('163842');
    expect(await frame.getByTestId('publish-parent-title').textContent()).toBe('Under "Payment gateway integration: weekly status"');

    await frame.getByTestId('publish-button').click();
    await frame.getByTestId('publish-result').waitFor({ timeout: 25_000 });
    const flag = page.locator('.host-flag--success');
    await flag.waitFor();
    expect(await flag.locator('.host-flag__title').textContent()).toMatch(/^Published to Confluence: RACI: .*\(PAY\)$/);
    expect(await flag.locator('.host-flag__description').textContent()).toBe('Page created, version 1.');
    const made = harness.sandbox.site.state.confluence.pages.find((p) => p.title.startsWith('RACI:') && p.title.endsWith('(PAY)'));
    expect(made?.parentId).toBe('163842');
    await harness.screenshot(page, 'publish-flag-success');
  });

  it('shows a refusal in an error flag that names what to do', async () => {
    const { page, frame } = await openRaci(DEMO_USERS.lena, 'WEB');
    await frame.getByTestId('publish-space').selectOption('PMO');
    await frame.getByTestId('publish-button').click();
    const flag = page.locator('.host-flag--error');
    await flag.waitFor({ timeout: 25_000 });
    expect(await flag.locator('.host-flag__title').textContent()).toBe('Keel did not publish the RACI matrix');
    expect(await flag.locator('.host-flag__description').textContent()).toMatch(/^You may not add pages to space PMO\. Ask a space admin for the "Add pages" permission/);
    expect(await flag.getAttribute('role')).toBe('alert');
    await harness.screenshot(page, 'publish-flag-error');
    await flag.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.host-flag').count()).toBe(0);
  });
});
