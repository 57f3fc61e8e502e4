/**
 * The viewer's locale from the Forge context (issue #13): with Jira in German the Earned value tab writes its
 * amounts, ratios and dates as de-DE does, through the same formatter the tests compute with.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { viewerFormat } from '../../src/format/viewer-format';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe('a viewer whose Jira speaks German', () => {
  it('reads money, ratios and the status date in de-DE', async () => {
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page', locale: 'de-DE' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Earned value' }).click();
    const bac = frame.getByTestId('amount-bac');
    await bac.waitFor({ timeout: 60_000 });
    const raw = Number(await bac.getAttribute('data-value'));
    const de = viewerFormat({ locale: 'de-DE', timeZone: 'UTC' });
    expect(await bac.locator('dd').textContent()).toBe(de.money(raw, 'USD'));
    expect(await bac.locator('dd').textContent()).toMatch(/^\d{1,3}(\.\d{3})*\s\$$/);
    expect(await frame.getByRole('heading', { name: /Performance as of/ }).textContent()).toContain(de.date('2026-11-16'));
    await harness.screenshot(page, 'locale-de-DE-earned-value');
  });
});
