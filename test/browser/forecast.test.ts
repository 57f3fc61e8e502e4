/**
 * The Forecast tab in Chromium against the sandbox, for the demo's PAY project as Priya: the headline with its
 * chance and P80 date as the resolver answers, the cumulative curve with the target and the CPM date marked, the
 * histogram, the tornado of drivers, what the forecast rests on and the sampling error; a target typed in is
 * forecast again, a past one is named instead of given a chance. Screenshots in test-results/screenshots.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { forecastResult, type ForecastResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;

const forecastOf = (projectKey: string, targetDate?: string): Promise<ForecastResult> =>
  invokeAs(harness, 'forecast/get', { projectKey, ...(targetDate ? { targetDate } : {}) }, projectPage(PRIYA.accountId, { key: projectKey }), forecastResult);

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

async function openTab(): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
  const frame = page.frameLocator('iframe.module-frame');
  await frame.getByRole('tab', { name: 'Forecast' }).click();
  await frame.getByTestId('forecast-headline').waitFor({ timeout: 40_000 });
  return { page, frame };
}

describe('Forecast tab', () => {
  it('shows the headline, the curve with the CPM date, the histogram, the drivers, the basis and the error', async () => {
    const expected = await forecastOf('PAY');
    const { page, frame } = await openTab();
    const headline = await frame.getByTestId('forecast-headline').innerText();
    expect(headline).toContain('50% chance to finish by');
    expect(headline).toContain(`80% by ${String(Number(expected.percentiles.p80.slice(8)))} `);
    await expect(frame.getByTestId('forecast-error').innerText()).resolves.toContain('±1.5 percentage points (95% confidence, 4,300 iterations)');
    await expect(frame.getByTestId('marker-cpm').getAttribute('data-date')).resolves.toBe(expected.cpmFinishDate);
    await expect(frame.getByTestId('marker-target').count()).resolves.toBe(0);
    await expect(frame.getByTestId('finish-histogram').locator('rect').count()).resolves.toBe(expected.histogram.length);
    await expect(frame.getByTestId('driver-issue').count()).resolves.toBe(Math.min(8, expected.issues.filter((i) => i.cruciality > 0).length));
    const basis = await frame.getByTestId('forecast-basis').innerText();
    expect(basis).toContain(`actual over estimated effort of ${expected.basis.calibration.issueCount} done issues`);
    expect(harness.consoleErrors).toEqual([]);
    await harness.screenshot(page, 'forecast-pay');
  });

  it('forecasts again for a target typed in, marks it on the curve, and names a past one instead of giving it a chance', async () => {
    const expected = await forecastOf('PAY', '2026-11-26');
    const { page, frame } = await openTab();
    await frame.getByLabel('Target date').fill('2026-11-26');
    await frame.getByRole('button', { name: 'Forecast' }).click();
    await frame.getByTestId('marker-target').waitFor({ timeout: 40_000 });
    const headline = await frame.getByTestId('forecast-headline').innerText();
    expect(headline).toContain(`${Math.round((expected.target?.probability ?? 0) * 100)}% chance to finish by 26 November 2026 (the date you chose)`);
    await harness.screenshot(page, 'forecast-pay-target');

    await frame.getByLabel('Target date').fill('2026-01-05');
    await frame.getByRole('button', { name: 'Forecast' }).click();
    await frame.locator('[data-kind="target-in-past"]').waitFor({ timeout: 40_000 });
    await expect(frame.getByTestId('marker-target').count()).resolves.toBe(0);
    await expect(frame.locator('[data-kind="target-in-past"]').innerText()).resolves.toContain('is before the status date');
    expect(harness.consoleErrors).toEqual([]);
    await harness.screenshot(page, 'forecast-pay-past-target');
  });
});
