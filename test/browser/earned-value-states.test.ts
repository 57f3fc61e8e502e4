/**
 * The Earned value tab's states in Chromium against the sandbox: a figure that is not defined (a project with no
 * worklogs) shows a dash and the resolver's reason, a viewer not signed in gets the resolver's message and what to
 * do, a project with no budget says how to get one. The tab's figures are in earned-value.test.ts.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { app, evmAs as evmAsIn, figure, openEarnedValueTab } from './earned-value-tab';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;

let harness: Harness;
const evmAs = (user: DemoUser, projectKey: string) => evmAsIn(harness, user, projectKey);
const openTab = (user: DemoUser, projectKey = 'PAY') => openEarnedValueTab(harness, user, projectKey);

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

describe('Earned value tab states', () => {
  it('shows a dash and the reason for figures that are not defined (a project with no worklogs)', async () => {
    const { state } = harness.sandbox.site;
    state.projects.push({ id: '10096', key: 'NOWL', name: 'No worklogs', projectTypeKey: 'software' });
    state.grants.push({ projectKey: 'NOWL', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const template = state.issues.find((i) => {
      const fields = i.fields as { timeoriginalestimate?: number | null; status?: { statusCategory?: { key?: string } } };
      return i.fields.project.key === 'PAY' && (fields.timeoriginalestimate ?? 0) > 0 && fields.status?.statusCategory?.key === 'new';
    });
    if (!template) throw new Error('PAY has no estimated To Do issue');
    const copy = structuredClone(template);
    Object.assign(copy, { id: '99101', key: 'NOWL-1', self: (template.self ?? '').replace(/\/[^/]+$/, '/99101') });
    Object.assign(copy.fields, {
      project: { ...copy.fields.project, id: '10096', key: 'NOWL', name: 'No worklogs' },
      issuelinks: [],
      parent: undefined,
      timespent: null,
      aggregatetimespent: null,
      worklog: { startAt: 0, maxResults: 20, total: 0, worklogs: [] },
    });
    state.issues.push(copy);
    const nowl = await evmAs(PRIYA, 'NOWL');
    const cpiReason = nowl.notDefined.find((n) => n.figure === 'cpi')?.reason;
    expect(nowl.figures.cpi).toBeNull();
    expect(cpiReason).toBeTruthy();
    const { page, frame } = await openTab(PRIYA, 'NOWL');
    expect(await figure(frame, 'cpi').getAttribute('data-defined')).toBe('false');
    expect(await figure(frame, 'cpi').getByTestId('figure-value').textContent()).toBe('—');
    expect(await figure(frame, 'cpi').getByTestId('figure-reason').textContent()).toBe(`Not defined: ${cpiReason ?? ''}.`);
    for (const { figure: name } of nowl.notDefined.filter((n) => ['spi', 'tcpiBac', 'eac.cpi', 'vac.cpi', 'earnedSchedule.spit'].includes(n.figure))) {
      const id = { spi: 'spi', tcpiBac: 'tcpi', 'eac.cpi': 'eac', 'vac.cpi': 'vac', 'earnedSchedule.spit': 'spit' }[name] ?? name;
      expect(await figure(frame, id).getAttribute('data-defined'), name).toBe('false');
    }
    expect(await frame.locator('body').textContent()).not.toMatch(/NaN|Infinity/);
    await harness.screenshot(page, 'earned-value-not-defined');
  });

  it("shows the resolver's message and what to do when the viewer is not signed in", async () => {
    const page = await harness.open({ user: 'anonymous', project: 'PAY', module: 'keel-project-page' });
    await app(page).getByRole('tab', { name: 'Earned value' }).click();
    const alert = app(page).getByRole('alert').filter({ has: app(page).getByRole('heading') });
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Keel could not compute the earned value of PAY');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await harness.screenshot(page, 'earned-value-error');
  });

  it('says how to get a budget when nothing in scope has one', async () => {
    const { state } = harness.sandbox.site;
    state.projects.push({ id: '10095', key: 'NOBUD', name: 'No budget', projectTypeKey: 'software' });
    state.grants.push({ projectKey: 'NOBUD', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const { page, frame } = await openTab(PRIYA, 'NOBUD');
    await frame.getByText("No budget in scope: estimate issues or set a budget source in Keel's settings.").waitFor({ timeout: 25_000 });
    expect(await frame.getByTestId('headline-figures').count()).toBe(0);
    await harness.screenshot(page, 'earned-value-empty');
  });
});
