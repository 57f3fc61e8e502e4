/**
 * A full-page PNG of a page, as Playwright's `page.screenshot({ fullPage: true })` takes it (the same page size,
 * the same `Page.captureScreenshot` beyond the viewport), but with Chromium's `optimizeForSpeed`: a fast zlib
 * level instead of the smallest file. Encoding a tall page was most of a screenshot's time (theme.test.ts: some
 * 13 s of Chromium's CPU in 16 screenshots); the pixels are the same, the file a little larger.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The document's size in CSS pixels: the largest of body's and the root's scroll, offset and client sizes (Playwright's). */
function documentSize(): { width: number; height: number } {
  const { body, documentElement: root } = document;
  return {
    width: Math.max(body.scrollWidth, root.scrollWidth, body.offsetWidth, root.offsetWidth, body.clientWidth, root.clientWidth),
    height: Math.max(body.scrollHeight, root.scrollHeight, body.offsetHeight, root.offsetHeight, body.clientHeight, root.clientHeight),
  };
}

/** Writes the whole page (not just the viewport) to `path` as PNG. */
export async function saveFullPagePng(page: Page, path: string): Promise<void> {
  const { width, height } = await page.evaluate(documentSize);
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width, height, scale: 1 },
    });
    await writeFile(path, Buffer.from(data, 'base64'));
  } finally {
    await cdp.detach();
  }
}
