/**
 * Image exports of the S-curve and the risk heat map (issue #13, item 5), in Chromium against the sandbox: SVG
 * and PNG downloads of the whole chart with its heading, drawn without Keel's stylesheet (the heat map's colours
 * are the cells' own, resolved from the design tokens when exported).
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

describe('the risk heat map', () => {
  it('exports as SVG and PNG, each cell in its on-screen colour with its count', async () => {
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page', path: '/risks' });
    const frame = page.frameLocator('iframe.module-frame');
    const heat = frame.getByTestId('heat-map');
    await heat.locator('button[data-probability]').first().waitFor({ timeout: 25_000 });
    const onScreen = await heat.locator('button[data-probability="5"][data-impact="5"]').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), heat.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('keel-PAY-heat-map-inherent.svg');
    const svg = await readFile(await svgDownload.path(), 'utf8');
    expect(svg).toContain('Heat map of PAY: Payment gateway integration (inherent open risks)');
    expect((svg.match(/<rect [^>]*rx="3"/g) ?? []).length).toBe(25);
    expect(svg).toContain(`fill="${onScreen}"`);
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), heat.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('keel-PAY-heat-map-inherent.png');
    expect([...(await readFile(await pngDownload.path())).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await harness.screenshot(page, 'heat-map-export-buttons');
  });
});
