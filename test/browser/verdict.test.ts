/**
 * The verdict in Chromium against the sandbox (issue 16, items 1, 2 and 7), as Priya on PAY, whose release
 * "1.0 Launch" (2027-01-11) is its launch date: the Overview opens with the verdict card saying late or on track
 * against what, every other tab carries the same words in its status line, and the Keel status macro shows them
 * on a Confluence page.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import type { FrameLocator, Page } from 'playwright-core';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya.emailAddress;
const LAUNCH = "the launch date 2027-01-11 (version 1.0 Launch's release date)";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');

describe('the verdict on PAY (Priya)', () => {
  it('opens the Overview with the verdict card, and every other tab with the same headline', async () => {
    const page = await harness.open({ user: PRIYA, project: 'PAY', module: 'keel-project-page' });
    const frame = app(page);
    const card = frame.getByTestId('verdict-card');
    await eventually(async () => expect(await card.count()).toBe(1), { timeout: 60_000 });
    const headline = (await card.getByRole('heading').first().textContent()) ?? '';
    expect(headline).toContain(`against ${LAUNCH}`);
    expect(await card.locator('.keel-verdict__finishes tbody tr').count()).toBe(6);
    expect(await card.textContent()).toContain('Why the dates differ');
    await harness.screenshot(page, 'verdict-overview-pay-priya');

    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    const line = frame.getByTestId('status-line');
    await eventually(async () => expect(await line.count()).toBe(1), { timeout: 30_000 });
    expect(await line.textContent()).toContain(`against ${LAUNCH}`);
    expect(await line.textContent()).toContain('Critical path');
    await harness.screenshot(page, 'verdict-status-line-dependencies');
  }, 120_000);
});
