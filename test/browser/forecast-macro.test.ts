/**
 * Issue #15, item 3, in Chromium against the sandbox: the "Keel forecast" Confluence macro on a PMO page,
 * configured for PAY, read by Priya: the Forecast tab's headline (its chances and dates as `forecast/get`
 * answers them for her) and the cumulative curve with the CPM date marked, and no issue list. Screenshot in
 * test-results/screenshots.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { forecastResult, type ForecastResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { macroExtensionId, macroExtensionKey } from '../sandbox/host/forge-context';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const PAGE_ID = '199101';
const pmo = snapshot.confluence.spaces.find((s) => s.key === 'PMO');
const localId = 'pay-forecast';
const parameters = { extensionId: macroExtensionId('keel-forecast-macro'), extensionTitle: 'Keel forecast', localId, forgeEnvironment: 'DEVELOPMENT', guestParams: { projectKey: 'PAY' } };
snapshot.confluence.pages.push({
  id: PAGE_ID,
  status: 'current',
  title: 'Payment gateway: forecast',
  spaceId: pmo?.id ?? '',
  version: { number: 1, message: '', minorEdit: false, authorId: PRIYA.accountId, createdAt: '2026-11-10T10:00:00.000Z' },
  body: {
    atlas_doc_format: {
      representation: 'atlas_doc_format',
      value: JSON.stringify({
        type: 'doc',
        version: 1,
        content: [{ type: 'extension', attrs: { extensionType: 'com.atlassian.ecosystem', extensionKey: macroExtensionKey('keel-forecast-macro'), localId, text: 'Keel forecast', parameters } }],
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

const forecastOf = (projectKey: string): Promise<ForecastResult> => invokeAs(harness, 'forecast/get', { projectKey }, projectPage(PRIYA.accountId, { key: projectKey }), forecastResult);

describe('the Keel forecast macro', () => {
  it("shows PAY's headline and cumulative curve as the project page does", async () => {
    const expected = await forecastOf('PAY');
    const page = await harness.open({ product: 'confluence', user: PRIYA.emailAddress, page: PAGE_ID });
    const frame = page.frameLocator('.macro iframe[title="Keel forecast"]');
    await frame.getByTestId('forecast-macro').waitFor({ timeout: 60_000 });
    await frame.getByTestId('forecast-headline').waitFor({ timeout: 60_000 });
    const headline = await frame.getByTestId('forecast-headline').innerText();
    expect(headline).toContain(`80% by ${String(Number(expected.percentiles.p80.slice(8)))} `);
    expect(await frame.getByTestId('forecast-error').innerText()).toContain('±1.5 percentage points');
    expect(await frame.getByTestId('marker-cpm').getAttribute('data-date')).toBe(expected.cpmFinishDate);
    expect(await frame.locator('.keel-macro__title').first().textContent()).toBe('Forecast');
    // The macro shows no issue list: only the headline and the curve.
    expect(await frame.getByTestId('tornado').count()).toBe(0);
    await page.waitForTimeout(500);
    await harness.screenshot(page, 'confluence-forecast-macro');
    expect(harness.consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  }, 180_000);
});
