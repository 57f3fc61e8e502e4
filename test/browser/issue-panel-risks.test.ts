/**
 * The Risks section of the Keel issue panel in Chromium against the sandbox, as Priya on PAY: the register risks an
 * issue treats with their score and status, a late critical issue's schedule risk with its evidence, and the
 * schedule kept on screen when the risks cannot be loaded. Keys come from PAY's risk register, never hard-coded.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { join } from 'node:path';
import { z } from 'zod';
import type { RiskRegisterResult } from '../../src/contract';
import { issueRisksOf } from '../../static/src/issue-panel/issue-risks-of';
import { SCREENSHOT_DIR } from './browser-harness';
import { byKeyNumber, cspErrors, isPay, panel, panelQuery, payRisks, panelHarness, placeOf, PRIYA, snapshot } from './issue-panel-helpers';

const shared = panelHarness();

describe('the Risks section of the issue panel (Priya)', () => {
  let register: RiskRegisterResult;
  beforeAll(async () => {
    register = await payRisks(shared.harness, PRIYA.accountId, snapshot.issues.find((i) => isPay(i.key))?.key ?? '');
  });

  it('shows the register risks a PAY issue treats, with their score and status', async () => {
    const riskKeys = new Set(register.risks.map((r) => r.key));
    // Work treating an open risk, so the panel shows a live risk rather than a closed one.
    const open = register.risks.filter((r) => r.statusCategory !== 'done');
    const treatment = open.flatMap((r) => r.treatmentKeys).filter((k) => isPay(k) && !riskKeys.has(k)).sort(byKeyNumber)[0];
    if (!treatment) throw new Error('A PAY risk should be treated by PAY work: has the demo data changed?');
    const expected = issueRisksOf(register, treatment).linked;
    expect(expected.some((l) => l.relation === 'treats')).toBe(true);
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, treatment));
    const list = panel(page).getByTestId('linked-risks');
    await list.waitFor({ timeout: 25_000 });
    const items = list.locator(':scope > li');
    expect(await items.evaluateAll((els) => els.map((el) => [el.getAttribute('data-key'), el.getAttribute('data-relation')]))).toEqual(
      expected.map((l) => [l.risk.key, l.relation]),
    );
    for (const [index, { risk }] of expected.entries()) {
      expect(await items.nth(index).getByTestId('risk-score').textContent()).toMatch(new RegExp(`^${risk.inherentScore === null ? 'No score' : `Score ${risk.inherentScore}`}`));
      expect(await items.nth(index).getByTestId('risk-status').textContent()).toBe(risk.status);
      expect(await items.nth(index).textContent()).toContain(risk.summary);
    }
    await placeOf(page, shared.paySchedule, treatment).waitFor();
    await shared.harness.screenshot(page, 'issue-panel-risks');
  });

  it("shows a late critical (or near-critical) issue's schedule risk from the plan, with its evidence", async () => {
    // PAY-68 (late, critical) is a summary task now: its late sub-tasks are near-critical work, a medium risk.
    const late = [...register.derived].sort((a, b) => (a.severity === 'high' ? 0 : 1) - (b.severity === 'high' ? 0 : 1)).find((d) => d.kind === 'late-critical-work');
    const key = late?.issueKeys[0];
    if (!late || !key) throw new Error('PAY should have late critical work: has the demo data changed?');
    const expected = issueRisksOf(register, key).derived;
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, key));
    const list = panel(page).getByTestId('issue-derived-risks');
    await list.waitFor({ timeout: 25_000 });
    expect(await list.getByTestId('derived-title').allTextContents()).toEqual(expected.map((d) => d.title));
    const item = list.locator(`li[data-kind="late-critical-work"]`);
    expect(await item.getByRole('list', { name: 'Evidence' }).getByRole('listitem').allTextContents()).toEqual(late.evidence);
    await placeOf(page, shared.paySchedule, key).waitFor();
    await panel(page).getByTestId('issue-risks').screenshot({ path: join(SCREENSHOT_DIR, 'issue-panel-derived-risk.png') });
  });

  it('keeps the schedule shown when the risks cannot be loaded, and says so in the Risks section', async () => {
    const key = register.risks[0]?.treatmentKeys[0] ?? '';
    const page = await shared.harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/__sandbox/invoke', async (route) => {
      const { functionKey } = z.object({ functionKey: z.string() }).parse(route.request().postDataJSON());
      if (functionKey !== 'risks/issue') return route.continue();
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: 'Jira answered 503.' } }) });
    });
    await page.goto(`${shared.harness.sandbox.url}/?${new URLSearchParams(panelQuery(PRIYA.emailAddress, key)).toString()}`);
    const error = panel(page).getByTestId('issue-risks-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Keel could not load the risks of PAY: Jira answered 503.');
    await placeOf(page, shared.paySchedule, key).waitFor();
    expect(await panel(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('never broke Forge\'s Content-Security-Policy', () => {
    expect(cspErrors(shared.harness)).toEqual([]);
  });
});
