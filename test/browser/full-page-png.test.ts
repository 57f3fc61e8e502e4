/**
 * saveFullPagePng keeps what `page.screenshot({ fullPage: true })` kept: a PNG of the whole page, below the
 * viewport too, at the page's CSS size.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { expect } from '../expect';
import { saveFullPagePng } from './full-page-png';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  dir = await mkdtemp(join(tmpdir(), 'keel-png-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('saveFullPagePng', () => {
  it('writes the whole of a page taller than the viewport, its last row drawn too', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.setContent('<body style="margin:0"><div style="height:2400px;background:#fff"></div><div style="height:100px;background:#f00"></div></body>');
    const path = join(dir, 'tall.png');
    await saveFullPagePng(page, path);
    const png = await readFile(path);
    expect(png.subarray(1, 4).toString('ascii'), 'PNG signature').toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, 'IHDR size').toEqual({ width: 800, height: 2500 });
    // The bottom of the page, captured beyond the viewport, is the red block's colour.
    const bottom = await browser.newPage({ viewport: { width: 800, height: 2500 } });
    await bottom.setContent(`<img id="shot" src="data:image/png;base64,${png.toString('base64')}">`);
    const colour = await bottom.evaluate(async () => {
      const img = document.getElementById('shot') as HTMLImageElement;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const context = canvas.getContext('2d');
      context?.drawImage(img, 0, 0);
      return [...(context?.getImageData(400, 2450, 1, 1).data ?? [])].slice(0, 3);
    });
    expect(colour, 'a pixel of the red block below the viewport').toEqual([255, 0, 0]);
  });
});
