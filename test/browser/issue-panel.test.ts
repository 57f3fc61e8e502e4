/**
 * The Keel issue panel in Chromium against the sandbox, inside the host's issue view, as Priya on PAY: work under
 * way (when it started, what is left, when it finishes), and an issue's neighbours, driving chain and slack as
 * `schedule/issue` answers them, expanding a level-2 neighbour and opening an issue. States, permissions and
 * cycles are in issue-panel-states.test.ts; the Risks section in issue-panel-risks.test.ts. Issue keys are found
 * from the demo data and PAY's schedule (only activities have a place of their own), never hard-coded.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import { byKeyNumber, cspErrors, firstAnswer, isPay, levelKeys, panel, panelQuery, panelHarness, PRIYA, scheduleEdges, shownKeys, snapshot, type Schedule } from './issue-panel-helpers';

const shared = panelHarness();

describe('the issue panel of PAY work under way (Priya)', () => {
  it('says plainly when it started, how much is left and when it finishes, not a duration from its start', async () => {
    const underWay = new Set(snapshot.statuses.filter((s) => s.statusCategory.key === 'indeterminate').map((s) => s.name));
    const inProgress = snapshot.issues.filter((i) => isPay(i.key) && underWay.has(i.fields.status.name)).map((i) => i.key).sort(byKeyNumber);
    const schedule = await firstAnswer(shared.harness, PRIYA.accountId, inProgress, (s) => s.node.underWay?.actualStart != null);
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const status = panel(page).getByTestId('schedule-status');
    await status.waitFor();
    const sentence = (await status.getByTestId('under-way').textContent()) ?? '';
    expect(sentence).toMatch(/^Started .+ · \d+(\.\d)? days? left · finishes .+$/);
    expect(await status.getByTestId('work-left').textContent()).toMatch(/^\d+(\.\d)? days?$/);
    expect(await status.getByText('Started – finishes (forecast)').count()).toBe(1);
    expect(await status.getByText('Duration', { exact: true }).count()).toBe(0);
    expect(await panel(page).textContent()).not.toContain('it can start on');
    await shared.harness.screenshot(page, 'issue-panel-under-way');
  });
});

describe('the issue panel of a PAY issue with dependencies (Priya)', () => {
  let schedule: Schedule;
  beforeAll(async () => {
    const edges = scheduleEdges(shared.paySchedule);
    const blocked = new Set(edges.map(([, to]) => to));
    // Blocked by an issue that is itself blocked, so there are two levels of predecessors.
    const candidates = [...new Set(edges.filter(([from, to]) => isPay(to) && blocked.has(from)).map(([, to]) => to))].sort(byKeyNumber);
    schedule = await firstAnswer(shared.harness, PRIYA.accountId, candidates, (s) =>
      !s.inCycle && !s.node.fixed && s.drivingChain.length > 1 && s.successors.length > 0 && levelKeys(s.predecessors, 2).length > 0,
    );
  });

  it('shows its predecessors, successors, driving chain and verdict as the resolver answers them', async () => {
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const view = panel(page);
    const predecessors = view.getByTestId('predecessors');
    await predecessors.waitFor();
    expect(await shownKeys(predecessors, 1)).toEqual(levelKeys(schedule.predecessors, 1));
    expect(await shownKeys(view.getByTestId('successors'), 1)).toEqual(levelKeys(schedule.successors, 1));
    const chain = await view.getByTestId('driving-chain').locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-key')));
    expect(chain).toEqual(schedule.drivingChain.map((n) => n.key));
    const verdict = schedule.node.critical ? 'Critical' : schedule.node.nearCritical ? 'Near-critical' : 'of slack';
    expect(await view.getByTestId('schedule-status').getByTestId('slack-lozenge').textContent()).toContain(verdict);
    const heading = schedule.node.critical ? 'Why is this critical?' : 'What drives its start?';
    expect(await view.getByRole('heading', { name: heading }).count()).toBe(1);
    for (const { node } of schedule.troubledPredecessors) {
      expect(await view.getByTestId('troubled').locator(`[data-key="${node.key}"]`).count()).toBe(1);
    }
    expect(await view.getByTestId('cycle-warning').count()).toBe(0);
    await shared.harness.screenshot(page, 'issue-panel-priya');
  });

  it('expands a level-1 predecessor to show the level-2 predecessors behind it', async () => {
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const predecessors = panel(page).getByTestId('predecessors');
    const via = schedule.predecessors.find((n) => n.level === 2)?.via.to ?? '';
    const item = predecessors.locator(`[data-level="1"][data-key="${via}"]`).first();
    const button = item.getByRole('button');
    await button.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await item.locator('[data-level="2"]').first().isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const expected = schedule.predecessors.filter((n) => n.level === 2 && n.via.to === via).map((n) => n.node.key);
    expect(await shownKeys(item, 2)).toEqual(expected);
    expect(await item.locator('[data-level="2"]').first().isVisible()).toBe(true);
    await shared.harness.screenshot(page, 'issue-panel-expanded');
  });

  it('opens a neighbour through the host when its key is clicked', async () => {
    const page = await shared.harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const target = levelKeys(schedule.successors, 1)[0] ?? '';
    await panel(page).getByTestId('successors').getByRole('link', { name: target, exact: true }).first().click();
    await page.waitForURL((url) => url.searchParams.get('issue') === target);
    await eventually(async () => expect(await page.getByTestId('issue-panel').locator('.issue-panel__key').textContent()).toContain(target));
    await panel(page).getByTestId('schedule-status').waitFor();
    expect(await panel(page).getAttribute('aria-label')).toContain(target);
    await shared.harness.screenshot(page, 'issue-panel-opened');
  });

  it('never broke Forge\'s Content-Security-Policy', () => {
    expect(cspErrors(shared.harness)).toEqual([]);
  });
});
