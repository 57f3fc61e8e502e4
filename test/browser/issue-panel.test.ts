/**
 * The Keel issue panel in Chromium against the sandbox, inside the host's issue view: an issue's neighbours,
 * driving chain and slack as `schedule/issue` answers them (read through the sandbox's runtime, as the panel
 * reads them), expanding a level-2 neighbour, opening an issue, a cycle, what a viewer may not see, and the
 * empty, "not scheduled" and error states, and a parent's panel (a summary task). Issue keys are found from the demo
 * data and PAY's schedule (only activities have a place of their own; parents are summary tasks), never hard-coded.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { eventually } from '../eventually';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { resolverEnvelope, resolvers, type IssueScheduleResult, type RiskRegisterResult, type ScheduleResult } from '../../src/contract';
import { issueRisksOf } from '../../static/src/issue-panel/issue-risks-of';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const AIKO = DEMO_USERS.aiko;
type Schedule = NonNullable<IssueScheduleResult['schedule']>;

let harness: Harness;
/** PAY's schedule as Priya's project page reads it: its activities and the edges between them. */
let paySchedule: ScheduleResult;
beforeAll(async () => {
  harness = await startHarness(snapshot);
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      functionKey: 'schedule/get',
      payload: { projectKey: 'PAY' },
      context: { accountId: PRIYA.accountId, moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: { id: '10001', key: 'PAY' } } },
    }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(`schedule/get PAY: ${envelope.error.message}`);
  paySchedule = resolvers['schedule/get'].result.parse(envelope.data);
});
afterAll(async () => {
  await harness?.close();
});

const panelQuery = (email: string, issueKey: string) => ({ user: email, project: 'PAY', issue: issueKey, module: 'keel-issue-panel' });
const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const panel = (page: Page): Locator => app(page).getByTestId('keel-issue-panel');

/** `schedule/issue` as the panel calls it: through the sandbox's runtime, as the given user, parsed as the UI parses it. */
async function issueSchedule(accountId: string, issueKey: string): Promise<IssueScheduleResult> {
  const issue = snapshot.issues.find((i) => i.key === issueKey);
  const context = { accountId, moduleKey: 'keel-issue-panel', extension: { type: 'jira:issuePanel', issue: { id: issue?.id, key: issueKey } } };
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'schedule/issue', payload: { issueKey }, context }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(`schedule/issue ${issueKey}: ${envelope.error.message}`);
  return resolvers['schedule/issue'].result.parse(envelope.data);
}

/** `risks/get` for PAY as the panel on `issueKey` calls it (the panel asks for its issue's project). */
async function payRisks(accountId: string, issueKey: string): Promise<RiskRegisterResult> {
  const issue = snapshot.issues.find((i) => i.key === issueKey);
  const context = { accountId, moduleKey: 'keel-issue-panel', extension: { type: 'jira:issuePanel', issue: { id: issue?.id, key: issueKey } } };
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey: 'risks/get', payload: { projectKey: 'PAY' }, context }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(`risks/get PAY: ${envelope.error.message}`);
  return resolvers['risks/get'].result.parse(envelope.data);
}

const linkEnd = z.looseObject({ key: z.string() });
const issueLink = z.looseObject({ type: z.looseObject({ name: z.string() }), inwardIssue: linkEnd.optional(), outwardIssue: linkEnd.optional() });

/** Blocks links as [blocker, blocked], read from the blocker's (outward) end in the snapshot. */
function blocksEdges(): [string, string][] {
  return snapshot.issues.flatMap((issue) =>
    z
      .array(issueLink)
      .parse(issue.fields.issuelinks ?? [])
      .flatMap((link): [string, string][] => (link.type.name === 'Blocks' && link.outwardIssue ? [[issue.key, link.outwardIssue.key]] : [])),
  );
}
const isPay = (key: string) => key.startsWith('PAY-');
/** PAY issues with a place of their own on the schedule (activities, not parents, risks or decisions). */
const isPayActivity = (key: string) => isPay(key) && paySchedule.nodes.some((n) => n.key === key && !n.external);
/** The schedule's dependency edges as [predecessor, successor]: a parent's link is an edge to each of its children. */
/** The panel's place for `key`: its schedule status, or for a parent (all of PAY's risk treatments are) its summary task. */
const placeOf = (page: Page, key: string): Locator => panel(page).getByTestId(isPayActivity(key) ? 'schedule-status' : 'summary-task');
const scheduleEdges = (): [string, string][] => paySchedule.edges.filter((e) => !e.ignored).map((e) => [e.from, e.to]);
const byKeyNumber = (a: string, b: string) => Number(a.split('-')[1]) - Number(b.split('-')[1]);

/** The first of `keys` whose answer (as `accountId`) passes `test`. */
async function firstAnswer(accountId: string, keys: string[], test: (s: Schedule) => boolean): Promise<Schedule> {
  for (const key of keys) {
    const { schedule } = await issueSchedule(accountId, key);
    if (schedule && test(schedule)) return schedule;
  }
  throw new Error(`No issue among ${keys.join(', ')} fits this test: has the demo data changed?`);
}

const levelKeys = (list: Schedule['predecessors'], level: 1 | 2) => list.filter((n) => n.level === level).map((n) => n.node.key);
const shownKeys = (section: Locator, level: 1 | 2) => section.locator(`[data-testid="neighbour"][data-level="${level}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));

describe('the issue panel of PAY work under way (Priya)', () => {
  it('says plainly when it started, how much is left and when it finishes, not a duration from its start', async () => {
    const underWay = new Set(snapshot.statuses.filter((s) => s.statusCategory.key === 'indeterminate').map((s) => s.name));
    const inProgress = snapshot.issues.filter((i) => isPay(i.key) && underWay.has(i.fields.status.name)).map((i) => i.key).sort(byKeyNumber);
    const schedule = await firstAnswer(PRIYA.accountId, inProgress, (s) => s.node.underWay?.actualStart != null);
    const page = await harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const status = panel(page).getByTestId('schedule-status');
    await status.waitFor();
    const sentence = (await status.getByTestId('under-way').textContent()) ?? '';
    expect(sentence).toMatch(/^Started .+ · \d+(\.\d)? days? left · finishes .+$/);
    expect(await status.getByTestId('work-left').textContent()).toMatch(/^\d+(\.\d)? days?$/);
    expect(await status.getByText('Started – finishes (forecast)').count()).toBe(1);
    expect(await status.getByText('Duration', { exact: true }).count()).toBe(0);
    expect(await panel(page).textContent()).not.toContain('it can start on');
    await harness.screenshot(page, 'issue-panel-under-way');
  });
});

describe('the issue panel of a PAY issue with dependencies (Priya)', () => {
  let schedule: Schedule;
  beforeAll(async () => {
    const edges = scheduleEdges();
    const blocked = new Set(edges.map(([, to]) => to));
    // Blocked by an issue that is itself blocked, so there are two levels of predecessors.
    const candidates = [...new Set(edges.filter(([from, to]) => isPay(to) && blocked.has(from)).map(([, to]) => to))].sort(byKeyNumber);
    schedule = await firstAnswer(PRIYA.accountId, candidates, (s) =>
      !s.inCycle && !s.node.fixed && s.drivingChain.length > 1 && s.successors.length > 0 && levelKeys(s.predecessors, 2).length > 0,
    );
  });

  it('shows its predecessors, successors, driving chain and verdict as the resolver answers them', async () => {
    const page = await harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
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
    await harness.screenshot(page, 'issue-panel-priya');
  });

  it('expands a level-1 predecessor to show the level-2 predecessors behind it', async () => {
    const page = await harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
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
    await harness.screenshot(page, 'issue-panel-expanded');
  });

  it('opens a neighbour through the host when its key is clicked', async () => {
    const page = await harness.open(panelQuery(PRIYA.emailAddress, schedule.node.key));
    const target = levelKeys(schedule.successors, 1)[0] ?? '';
    await panel(page).getByTestId('successors').getByRole('link', { name: target, exact: true }).first().click();
    await page.waitForURL((url) => url.searchParams.get('issue') === target);
    await eventually(async () => expect(await page.getByTestId('issue-panel').locator('.issue-panel__key').textContent()).toContain(target));
    await panel(page).getByTestId('schedule-status').waitFor();
    expect(await panel(page).getAttribute('aria-label')).toContain(target);
    await harness.screenshot(page, 'issue-panel-opened');
  });
});

describe('the issue panel: cycles, permissions and states', () => {
  it('warns when the issue is in a dependency cycle', async () => {
    const keys = [...(paySchedule.cycles[0]?.issueKeys ?? [])].sort(byKeyNumber);
    const inCycle = await firstAnswer(PRIYA.accountId, keys, (s) => s.inCycle);
    const page = await harness.open(panelQuery(PRIYA.emailAddress, inCycle.node.key));
    const warning = panel(page).getByTestId('cycle-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`${inCycle.node.key} is in a dependency cycle`);
    await harness.screenshot(page, 'issue-panel-cycle');
  });

  it('shows Aiko, who may not browse PLAT, no PLAT keys on a PAY issue blocked by Platform work', async () => {
    const blockedByPlat = [...new Set(blocksEdges().filter(([from, to]) => from.startsWith('PLAT-') && isPay(to)).map(([, to]) => to))].sort(byKeyNumber);
    const forPriya = await firstAnswer(PRIYA.accountId, blockedByPlat, (s) => s.predecessors.some((n) => n.node.key.startsWith('PLAT-')));
    const key = forPriya.node.key;
    const platKey = forPriya.predecessors.find((n) => n.node.key.startsWith('PLAT-'))?.node.key ?? '';
    // Priya sees the PLAT blocker, so the check below could fail.
    const priyaPage = await harness.open(panelQuery(PRIYA.emailAddress, key));
    await panel(priyaPage).getByTestId('predecessors').waitFor();
    expect(await panel(priyaPage).textContent()).toContain(platKey);

    expect(JSON.stringify(await issueSchedule(AIKO.accountId, key))).not.toMatch(/PLAT-\d/);
    const page = await harness.open(panelQuery(AIKO.emailAddress, key));
    await panel(page).getByTestId('schedule-status').waitFor();
    expect(await panel(page).textContent()).not.toMatch(/PLAT-\d/);
    // ...and is told that links were left out, rather than shown a quietly rosier schedule.
    expect(await panel(page).getByTestId('hidden-links-note').textContent()).toMatch(/\d+ links? to issues you cannot see/);
    expect(await panel(priyaPage).getByTestId('hidden-links-note').count()).toBe(0);
    await harness.screenshot(page, 'issue-panel-aiko');
  });

  it('says so when the issue has no mapped links', async () => {
    const linked = new Set(blocksEdges().flat());
    const unlinked = snapshot.issues.map((i) => i.key).filter((k) => isPay(k) && !linked.has(k)).sort(byKeyNumber);
    const answer = await firstAnswer(PRIYA.accountId, unlinked, (s) => s.predecessors.length === 0 && s.successors.length === 0);
    const page = await harness.open(panelQuery(PRIYA.emailAddress, answer.node.key));
    await panel(page).getByText('No dependencies: this issue has no mapped links.').waitFor();
    expect(await panel(page).getByTestId('schedule-status').count()).toBe(1);
    await harness.screenshot(page, 'issue-panel-empty');
  });

  it('shows the back end\'s message, as text, when the issue is not on a schedule', async () => {
    const key = snapshot.issues.find((i) => isPay(i.key))?.key ?? '';
    const message = `${key} is not in Keel's scope for PAY: <b>project = "PAY" AND labels = pci</b>`;
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/__sandbox/invoke', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, data: { issueKey: key, schedule: null, message } }) }),
    );
    await page.goto(`${harness.sandbox.url}/?${new URLSearchParams(panelQuery(PRIYA.emailAddress, key)).toString()}`);
    const state = panel(page).getByTestId('not-scheduled');
    await state.waitFor();
    expect(await state.textContent()).toContain(message);
    expect(await state.locator('b').count()).toBe(0);
    await harness.screenshot(page, 'issue-panel-not-scheduled');
    await page.close();
  });

  it('shows the resolver\'s error and what to do when Jira keeps failing, and recovers on Try again', async () => {
    const key = snapshot.issues.find((i) => isPayActivity(i.key))?.key ?? '';
    harness.sandbox.site.addFault({ kind: 'serverError', count: 1000, status: 503 });
    try {
      const page = await harness.open(panelQuery(PRIYA.emailAddress, key));
      const alert = panel(page).getByRole('alert');
      await alert.waitFor({ timeout: 25_000 });
      expect(await alert.getByRole('heading').textContent()).toBe(`Keel could not load the schedule of ${key}`);
      expect((await alert.locator('.keel-state__advice').textContent())?.length).toBeGreaterThan(10);
      await harness.screenshot(page, 'issue-panel-error');
      harness.sandbox.site.clearFaults();
      await alert.getByRole('button', { name: 'Try again' }).click();
      await panel(page).getByTestId('schedule-status').waitFor();
    } finally {
      harness.sandbox.site.clearFaults();
    }
  });

  it('shows a parent as a summary task: its rolled-up dates, its activities and the work linked to them', async () => {
    const parent = (paySchedule.summaries ?? []).filter((p) => isPay(p.key) && p.activityCount > 1).sort((a, b) => byKeyNumber(a.key, b.key))[0];
    if (!parent) throw new Error('PAY should have a parent with several activities: has the demo data changed?');
    const answer = await issueSchedule(PRIYA.accountId, parent.key);
    expect(answer.schedule).toBeNull();
    expect(answer.summaryTask?.summary).toEqual(parent);
    const page = await harness.open(panelQuery(PRIYA.emailAddress, parent.key));
    const section = panel(page).getByTestId('summary-task');
    await section.waitFor({ timeout: 25_000 });
    expect(await section.textContent()).toContain(`${parent.key} is a parent (${parent.type}): Keel schedules its ${parent.activityCount} activities`);
    expect(await panel(page).getByTestId('not-scheduled').count()).toBe(0);
    const listed = await panel(page).getByTestId('summary-activities').locator('li[data-key]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-key') ?? ''));
    expect(listed).toEqual(answer.summaryTask?.activities.map((a) => a.key));
    expect(listed.every(isPayActivity)).toBe(true);
    await harness.screenshot(page, 'issue-panel-summary-task');
  });

  it('never broke Forge\'s Content-Security-Policy', () => {
    expect(harness.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });
});

describe('the Risks section of the issue panel (Priya)', () => {
  let register: RiskRegisterResult;
  beforeAll(async () => {
    register = await payRisks(PRIYA.accountId, snapshot.issues.find((i) => isPay(i.key))?.key ?? '');
  });

  it('shows the register risks a PAY issue treats, with their score and status', async () => {
    const riskKeys = new Set(register.risks.map((r) => r.key));
    // Work treating an open risk, so the panel shows a live risk rather than a closed one.
    const open = register.risks.filter((r) => r.statusCategory !== 'done');
    const treatment = open.flatMap((r) => r.treatmentKeys).filter((k) => isPay(k) && !riskKeys.has(k)).sort(byKeyNumber)[0];
    if (!treatment) throw new Error('A PAY risk should be treated by PAY work: has the demo data changed?');
    const expected = issueRisksOf(register, treatment).linked;
    expect(expected.some((l) => l.relation === 'treats')).toBe(true);
    const page = await harness.open(panelQuery(PRIYA.emailAddress, treatment));
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
    await placeOf(page, treatment).waitFor();
    await harness.screenshot(page, 'issue-panel-risks');
  });

  it("shows a late critical (or near-critical) issue's schedule risk from the plan, with its evidence", async () => {
    // PAY-68 (late, critical) is a summary task now: its late sub-tasks are near-critical work, a medium risk.
    const late = [...register.derived].sort((a, b) => (a.severity === 'high' ? 0 : 1) - (b.severity === 'high' ? 0 : 1)).find((d) => d.kind === 'late-critical-work');
    const key = late?.issueKeys[0];
    if (!late || !key) throw new Error('PAY should have late critical work: has the demo data changed?');
    const expected = issueRisksOf(register, key).derived;
    const page = await harness.open(panelQuery(PRIYA.emailAddress, key));
    const list = panel(page).getByTestId('issue-derived-risks');
    await list.waitFor({ timeout: 25_000 });
    expect(await list.getByTestId('derived-title').allTextContents()).toEqual(expected.map((d) => d.title));
    const item = list.locator(`li[data-kind="late-critical-work"]`);
    expect(await item.getByRole('list', { name: 'Evidence' }).getByRole('listitem').allTextContents()).toEqual(late.evidence);
    await placeOf(page, key).waitFor();
    await panel(page).getByTestId('issue-risks').screenshot({ path: join(SCREENSHOT_DIR, 'issue-panel-derived-risk.png') });
  });

  it('keeps the schedule shown when the risks cannot be loaded, and says so in the Risks section', async () => {
    const key = register.risks[0]?.treatmentKeys[0] ?? '';
    const page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/__sandbox/invoke', async (route) => {
      const { functionKey } = z.object({ functionKey: z.string() }).parse(route.request().postDataJSON());
      if (functionKey !== 'risks/issue') return route.continue();
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: 'Jira answered 503.' } }) });
    });
    await page.goto(`${harness.sandbox.url}/?${new URLSearchParams(panelQuery(PRIYA.emailAddress, key)).toString()}`);
    const error = panel(page).getByTestId('issue-risks-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Keel could not load the risks of PAY: Jira answered 503.');
    await placeOf(page, key).waitFor();
    expect(await panel(page).getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
