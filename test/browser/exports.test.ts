/**
 * The CSV downloads of the RACI, Decisions and Earned value tabs (issue #13, exports), as Priya on PAY: each
 * file starts with a UTF-8 byte-order mark and holds the rows the tab shows, in its order.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { FrameLocator, Page } from 'playwright-core';
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

async function openTab(tab: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page' });
  const frame = page.frameLocator('iframe.module-frame');
  await frame.getByRole('tab', { name: tab }).click();
  return { page, frame };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; lines: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { name: download.suggestedFilename(), lines: text.slice(1).split('\r\n').filter((l) => l !== '') };
}

describe('CSV exports', () => {
  it('write the RACI matrix as shown', async () => {
    const { page, frame } = await openTab('RACI');
    await frame.getByTestId('raci-table').waitFor({ timeout: 60_000 });
    const keys = await frame.locator('[data-testid="raci-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    const people = await frame.locator('[data-testid="raci-table"] thead th').count();
    const csv = await downloaded(page, () => frame.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe('keel-PAY-raci.csv');
    expect(csv.lines[0]?.split(',').length).toBe(people + 1);
    expect(csv.lines.slice(1).map((l) => l.split(',')[0])).toEqual(keys);
  });

  it('write the decision log as shown', async () => {
    const { page, frame } = await openTab('Decisions');
    await frame.getByTestId('decision-table').waitFor({ timeout: 60_000 });
    const keys = await frame.locator('[data-testid="decision-table"] > tbody > tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    const csv = await downloaded(page, () => frame.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe('keel-PAY-decisions.csv');
    expect(csv.lines[0]).toMatch(/^Key,Decision,Status,Owner,Date,Outcome,/);
    expect(csv.lines.slice(1).map((l) => l.split(',')[0])).toEqual(keys);
  });

  it('write the earned-value figures, the S-curve and the epics in the order shown', async () => {
    const { page, frame } = await openTab('Earned value');
    await frame.getByTestId('epic-table').waitFor({ timeout: 60_000 });
    const figures = await downloaded(page, () => frame.getByRole('button', { name: 'Export figures as CSV' }).click());
    expect(figures.name).toBe('keel-PAY-earned-value.csv');
    expect(figures.lines[0]).toBe('Figure,Value,Unit,Not defined because');
    const curve = await downloaded(page, () => frame.locator('section[aria-labelledby="keel-ev-scurve-title"]').getByRole('button', { name: 'Export CSV' }).click());
    expect(curve.lines[0]).toBe('Date,PV (USD),EV (USD),AC (USD)');
    expect(curve.lines.length).toBeGreaterThan(5);
    const keys = await frame.locator('[data-testid="epic-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') || 'No epic'));
    const epics = await downloaded(page, () => frame.locator('section[aria-labelledby="keel-ev-epics-title"]').getByRole('button', { name: 'Export CSV' }).click());
    expect(epics.lines.slice(1).map((l) => l.split(',')[0])).toEqual(keys);
  });
});
