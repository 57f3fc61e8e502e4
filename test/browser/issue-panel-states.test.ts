/**
 * The Keel issue panel's states in Chromium against the sandbox: an issue in a dependency cycle, what Aiko (who
 * may not browse PLAT) is shown and told, an issue without links, the back end's "not scheduled" message shown as
 * text, the error state and its recovery, and a parent's panel (a summary task). Keys come from the demo data.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { AIKO, blocksEdges, byKeyNumber, cspErrors, firstAnswer, isPay, isPayActivity, issueSchedule, panel, panelQuery, panelHarness, PRIYA, snapshot } from './issue-panel-helpers';

const shared = panelHarness();

describe('the issue panel: cycles, permissions and states', () => {
  it('warns when the issue is in a dependency cycle', async () => {
    const keys = [...(shared.paySchedule.cycles[0]?.issueKeys ?? [])].sort(byKeyNumber);
    const inCycle = await firstAnswer(shared.harness, PRIYA.accountId, keys, (s) => s.inCycle);
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, inCycle.node.key));
    const warning = panel(page).getByTestId('cycle-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`${inCycle.node.key} is in a dependency cycle`);
    await shared.harness.screenshot(page, 'issue-panel-cycle');
  });

  it('shows Aiko, who may not browse PLAT, no PLAT keys on a PAY issue blocked by Platform work', async () => {
    const blockedByPlat = [...new Set(blocksEdges().filter(([from, to]) => from.startsWith('PLAT-') && isPay(to)).map(([, to]) => to))].sort(byKeyNumber);
    const forPriya = await firstAnswer(shared.harness, PRIYA.accountId, blockedByPlat, (s) => s.predecessors.some((n) => n.node.key.startsWith('PLAT-')));
    const key = forPriya.node.key;
    const platKey = forPriya.predecessors.find((n) => n.node.key.startsWith('PLAT-'))?.node.key ?? '';
    // Priya sees the PLAT blocker, so the check below could fail.
    const priyaPage = await shared.harness.open(panelQuery(PRIYA.emailAddress, key));
    await panel(priyaPage).getByTestId('predecessors').waitFor();
    expect(await panel(priyaPage).textContent()).toContain(platKey);

    expect(JSON.stringify(await issueSchedule(shared.harness, AIKO.accountId, key))).not.toMatch(/PLAT-\d/);
    const page = await shared.harness.open(panelQuery(AIKO.emailAddress, key));
    await panel(page).getByTestId('schedule-status').waitFor();
    expect(await panel(page).textContent()).not.toMatch(/PLAT-\d/);
    // ...and is told that links were left out, rather than shown a quietly rosier schedule.
    expect(await panel(page).getByTestId('hidden-links-note').textContent()).toMatch(/\d+ links? to issues you cannot see/);
    expect(await panel(priyaPage).getByTestId('hidden-links-note').count()).toBe(0);
    await shared.harness.screenshot(page, 'issue-panel-aiko');
  });

  it('says so when the issue has no mapped links', async () => {
    const linked = new Set(blocksEdges().flat());
    const unlinked = snapshot.issues.map((i) => i.key).filter((k) => isPay(k) && !linked.has(k)).sort(byKeyNumber);
    const answer = await firstAnswer(shared.harness, PRIYA.accountId, unlinked, (s) => s.predecessors.length === 0 && s.successors.length === 0);
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, answer.node.key));
    await panel(page).getByText('No dependencies: this issue has no mapped links.').waitFor();
    expect(await panel(page).getByTestId('schedule-status').count()).toBe(1);
    await shared.harness.screenshot(page, 'issue-panel-empty');
  });

  it('shows the back end\'s message, as text, when the issue is not on a schedule', async () => {
    const key = snapshot.issues.find((i) => isPay(i.key))?.key ?? '';
    const message = `${key} is not in Keel's scope for PAY: <b>project = "PAY" AND labels = pci</b>`;
    const page = await shared.harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/__sandbox/invoke', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, data: { issueKey: key, schedule: null, message } }) }),
    );
    await page.goto(`${shared.harness.sandbox.url}/?${new URLSearchParams(panelQuery(PRIYA.emailAddress, key)).toString()}`);
    const state = panel(page).getByTestId('not-scheduled');
    await state.waitFor();
    expect(await state.textContent()).toContain(message);
    expect(await state.locator('b').count()).toBe(0);
    await shared.harness.screenshot(page, 'issue-panel-not-scheduled');
    await page.close();
  });

  it('shows the resolver\'s error and what to do when Jira keeps failing, and recovers on Try again', async () => {
    const key = snapshot.issues.find((i) => isPayActivity(shared.paySchedule, i.key))?.key ?? '';
    shared.harness.sandbox.site.addFault({ kind: 'serverError', count: 1000, status: 503 });
    try {
      const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, key));
      const alert = panel(page).getByRole('alert');
      await alert.waitFor({ timeout: 25_000 });
      expect(await alert.getByRole('heading').textContent()).toBe(`Keel could not load the schedule of ${key}`);
      expect((await alert.locator('.keel-state__advice').textContent())?.length).toBeGreaterThan(10);
      await shared.harness.screenshot(page, 'issue-panel-error');
      shared.harness.sandbox.site.clearFaults();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await panel(page).getByTestId('schedule-status').waitFor();
    } finally {
      shared.harness.sandbox.site.clearFaults();
    }
  });

  it('shows a parent as a summary task: its rolled-up dates, its activities and the work linked to them', async () => {
    const parent = (shared.paySchedule.summaries ?? []).filter((p) => isPay(p.key) && p.activityCount > 1).sort((a, b) => byKeyNumber(a.key, b.key))[0];
    if (!parent) throw new Error('PAY should have a parent with several activities: has the demo data changed?');
    const answer = await issueSchedule(shared.harness, PRIYA.accountId, parent.key);
    expect(answer.schedule).toBeNull();
    expect(answer.summaryTask?.summary).toEqual(parent);
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, parent.key));
    const section = panel(page).getByTestId('summary-task');
    await section.waitFor({ timeout: 25_000 });
    expect(await section.textContent()).toContain(`${parent.key} is a parent (${parent.type}): Keel schedules its ${parent.activityCount} activities`);
    expect(await panel(page).getByTestId('not-scheduled').count()).toBe(0);
    const listed = await panel(page).getByTestId('summary-activities').locator('li[data-key]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-key') ?? ''));
    expect(listed).toEqual(answer.summaryTask?.activities.map((a) => a.key));
    expect(listed.every((k) => isPayActivity(shared.paySchedule, k))).toBe(true);
    await shared.harness.screenshot(page, 'issue-panel-summary-task');
  });

  it('asks its five first answers once each, while its own code is still loading (first-answers.ts)', async () => {
    const key = snapshot.issues.find((i) => isPayActivity(shared.paySchedule, i.key))?.key ?? '';
    const page = await shared.harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const invoked: string[] = [];
    let viewCodeLoaded = false;
    let askedBeforeViewCode = 0;
    let allAsked = () => undefined as void;
    const asked = new Promise<void>((resolve) => (allAsked = resolve));
    page.on('request', (request) => {
      if (!request.url().endsWith('/__sandbox/invoke')) return;
      invoked.push(/"functionKey":"([^"]+)"/.exec(request.postData() ?? '')?.[1] ?? '?');
      if (!viewCodeLoaded) askedBeforeViewCode += 1;
      if (invoked.length === 5) allAsked();
    });
    // The panel's code is held back until its five answers are asked (10 s at most): they must not wait for it.
    await page.route('**/app/chunks/issue-panel-*.js', async (route) => {
      await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      viewCodeLoaded = true;
      await route.continue();
    });
    await page.goto(`${shared.harness.sandbox.url}/?${new URLSearchParams(panelQuery(PRIYA.emailAddress, key)).toString()}`);
    await panel(page).getByTestId('schedule-status').waitFor({ timeout: 25_000 });
    await page.waitForLoadState('networkidle');
    expect(askedBeforeViewCode).toBe(5);
    expect([...invoked].sort()).toEqual(['decisions/get', 'forecast/issue', 'resources/issue', 'risks/issue', 'schedule/issue']);
    await page.close();
  });

  it('never broke Forge\'s Content-Security-Policy', () => {
    expect(cspErrors(shared.harness)).toEqual([]);
  });
});

