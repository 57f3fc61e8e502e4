/**
 * The print stylesheet (issue #13, exports): a tab printed at A4's printable width (186 mm, about 703 CSS px)
 * shows no controls, opens its scrolling boxes and fits its tables without cutting them, as Priya on PAY.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const A4_PRINTABLE_PX = 703;
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe.each(['Risks', 'Earned value', 'Dependencies'])('the %s tab printed', (tab) => {
  it('fits A4 with no controls and no cut tables', async () => {
    const page = await harness.open({ user: DEMO_USERS.priya.emailAddress, project: 'PAY', module: 'keel-project-page' });
    const frameLocator = page.frameLocator('iframe.module-frame');
    await frameLocator.getByRole('tab', { name: tab }).click();
    await frameLocator.locator('table.keel-table:visible').first().waitFor({ timeout: 60_000 });
    await page.locator('iframe.module-frame').evaluate((el, width) => ((el as HTMLElement).style.width = `${width}px`), A4_PRINTABLE_PX);
    await page.emulateMedia({ media: 'print' });
    const frame = await (await page.locator('iframe.module-frame').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no frame');
    const report = await frame.evaluate(() => ({
      visibleButtons: [...document.querySelectorAll('button.keel-button')].filter((b) => b.getClientRects().length > 0).map((b) => b.textContent),
      cutTables: [...document.querySelectorAll('table.keel-table')].filter((t) => t.getClientRects().length > 0 && t.scrollWidth > document.documentElement.clientWidth + 1).map((t) => t.getAttribute('data-testid') ?? t.className),
      scrollers: [...document.querySelectorAll('.keel-table-scroll')].map((s) => getComputedStyle(s).overflowY),
    }));
    expect(report.visibleButtons).toEqual([]);
    expect(report.cutTables).toEqual([]);
    expect(report.scrollers.every((o) => o === 'visible')).toBe(true);
    await page.pdf({ path: join(SCREENSHOT_DIR, `print-${tab.toLowerCase().replace(/ /g, '-')}.pdf`), format: 'A4' });
  });
});
