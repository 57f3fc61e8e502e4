/**
 * The Resources section of Keel's settings in Chromium against the sandbox (issue #14), as Priya on the global
 * settings page: a person found with the user picker, their availability checked and explained in plain words, a
 * pool added, and the live preview's levelled finish on PAY. Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe('the Resources section of the settings', () => {
  it('adds Noor with the user picker at 50%, names an availability out of range, adds a pool, and previews the levelled finish', async () => {
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-admin-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.locator('h1').first().waitFor({ timeout: 25_000 });
    const people = frame.locator('.keel-form-row[data-path="resources.people"]');
    await people.getByRole('searchbox', { name: 'Add a person' }).fill('Noor');
    await people.getByRole('list', { name: 'People found' }).getByRole('button', { name: /Noor/ }).click();
    const availability = people.getByLabel(/^Availability of Noor/);
    await availability.fill('120');
    await expect(people.locator('.keel-field-problem').first().textContent()).resolves.toContain('use 0 to 100%');
    await availability.fill('50');
    await people.getByRole('button', { name: 'Add time off' }).click();
    await people.getByLabel(/^Time off of Noor .* from$/).fill('2026-11-23');
    await people.getByLabel(/^Time off of Noor .* to$/).fill('2026-11-27');
    await frame.locator('.keel-form-row[data-path="resources.pools.source"] select').selectOption('component');
    const pools = frame.locator('.keel-form-row[data-path="resources.pools.list"]');
    await pools.getByRole('button', { name: 'Add a pool' }).click();
    await pools.getByLabel(/^Name of pool 1/).fill('Finance');
    const preview = frame.getByTestId('resources-preview');
    await expect(preview.innerText()).resolves.toMatch(/Noor Haddad: 20 h a full week; away 2026-11-23 to 2026-11-27/);
    await expect(preview.innerText()).resolves.toContain('Pool Finance: 1 person, 40 h a week');
    await preview.scrollIntoViewIfNeeded();
    await harness.screenshot(page, 'settings-resources');

    await frame.getByRole('button', { name: 'Preview the draft' }).click();
    const table = frame.locator('.keel-preview__table');
    await table.waitFor({ timeout: 60_000 });
    const levelled = await table.locator('tr', { hasText: 'Levelled finish (one pass)' }).locator('td').allTextContents();
    expect(levelled).toHaveLength(2);
    for (const date of levelled) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Noor at half time, away a week: PAY's levelled finish is no earlier than with the saved settings.
    expect((levelled[1] ?? '') >= (levelled[0] ?? '')).toBe(true);
    expect(harness.consoleErrors).toEqual([]);
  }, 180_000);
});
