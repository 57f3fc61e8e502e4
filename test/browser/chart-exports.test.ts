/**
 * Image exports of the S-curve (issue #13, item 5), in Chromium against the sandbox: SVG and PNG downloads of
 * the whole chart with its heading, drawn without Keel's stylesheet.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(demoSnapshot({ today: '2026-11-16' }));
});
afterAll(async () => {
  await harness?.close();
});

describe('the S-curve', () => {
  it('exports as SVG and PNG with its heading', async () => {
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page', path: '/earned-value' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByTestId('s-curve').waitFor({ timeout: 25_000 });
    const section = frame.locator('section[aria-labelledby="keel-ev-scurve-title"]');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('keel-PAY-s-curve.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('S-curve of PAY: Payment gateway integration');
    expect(svg).toContain('Status date 2026-11-16');
    expect(svg).not.toContain('class="keel-');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('keel-PAY-s-curve.png');
    const png = await readFile(await pngDownload.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await harness.screenshot(page, 's-curve-export-buttons');
  });
});
