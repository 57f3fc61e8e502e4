/**
 * The Gantt's PDF export in Chromium against the sandbox (issue #17, "Export: PNG, SVG and PDF"): one page
 * holding the export drawing (title, legend, status date, the viewer's name) as a JPEG, titled in its Info
 * dictionary (its structure is checked in test/static/gantt/pdf-from-jpeg.test.ts); and the map's focus and
 * filters shared with the Gantt ("the focus and filters are those of the map").
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';

const PRIYA = DEMO_USERS.priya;
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(demoSnapshot({ today: '2026-11-16' }));
});
afterAll(async () => {
  await harness?.close();
});

describe('Gantt PDF export', () => {
  it('downloads a one-page PDF of the export drawing, titled after the project', async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    await frame.getByRole('radio', { name: 'Gantt' }).click();
    await frame.getByTestId('gantt-view').waitFor({ timeout: 25_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('keel-PAY-gantt.pdf');
    const pdf = await readFile(await download.path());
    await writeFile(join(SCREENSHOT_DIR, 'gantt-export.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('/Count 1');
    const image = /\/Width (\d+) \/Height (\d+) [^>]*\/Filter \/DCTDecode \/Length (\d+) >>\nstream\n/.exec(text);
    expect(image).not.toBeNull();
    const start = (image?.index ?? 0) + (image?.[0].length ?? 0);
    // The JPEG itself: its start and end markers, at the length the dictionary gives.
    expect([pdf[start], pdf[start + 1]]).toEqual([0xff, 0xd8]);
    const end = start + Number(image?.[3]);
    expect([pdf[end - 2], pdf[end - 1]]).toEqual([0xff, 0xd9]);
    expect(Number(image?.[1])).toBeGreaterThan(500);
    const title = Buffer.from('Gantt of PAY', 'utf16le').swap16().toString('hex').toUpperCase();
    expect(text).toContain(`/Title <FEFF${title}`);
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  it('shares the map\'s focus with the Gantt, and the Gantt\'s filters with the map', async () => {
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'Dependencies' }).click();
    await frame.getByRole('radio', { name: 'Network map' }).click();
    const map = frame.getByTestId('dependency-graph');
    await map.locator('.keel-node').first().waitFor({ timeout: 25_000 });
    const focus = (await map.locator('.keel-node').first().getAttribute('data-key')) ?? '';
    await frame.getByLabel('Focus on issue').fill(focus);
    await frame.getByRole('button', { name: 'Focus', exact: true }).click();
    await frame.getByTestId('focus-status').waitFor();
    const onMap = await map.locator('.keel-node').count();
    await frame.getByRole('radio', { name: 'Gantt' }).click();
    await frame.getByTestId('gantt-count').waitFor({ timeout: 25_000 });
    await expect(frame.getByTestId('gantt-count').textContent()).resolves.toMatch(new RegExp(`^${onMap} of \\d+ issues shown`));
    await frame.getByTestId('focus-status').waitFor();
    await harness.screenshot(page, 'gantt-shared-focus');
    await frame.getByRole('button', { name: 'Show all issues' }).click();
    await frame.getByRole('checkbox', { name: 'Critical only', exact: true }).check();
    await frame.getByRole('radio', { name: 'Network map' }).click();
    await expect(frame.getByRole('checkbox', { name: 'Critical only', exact: true }).isChecked()).resolves.toBe(true);
  });
});
