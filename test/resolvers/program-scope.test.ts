/**
 * Issue #11 item 2: a scope over several projects is a global setting, saved by a Jira admin only, and what the
 * consumer stored of it (read as the app) never reaches a viewer with counts, totals or dates that include
 * issues they may not see. On the demo site the global scope becomes a programme of PAY and Platform's labelled work,
 * with the threshold at 100 so PAY is answered from the stored analysis. Priya (who sees PLAT) gets the
 * programme's figures; Aiko (who may not browse PLAT) is told why none can be shown to her, on every stored
 * answer, and no figure of hers holds a PLAT issue: not its key, not its count, not its dates.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { IssueRisksResult, IssueScheduleResult, OverviewResult, ScheduleResult, SettingsView, StatusResult } from '../../src/contract';
import type { ForecastResult } from '../../src/contract/forecast';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { snapshot, call } = demo;
let runtime: ForgeRuntime;
/** A programme by label, as many sites keep one: PAY with Platform's observability and infrastructure work. */
const PROGRAMME = 'project = "{project}" OR labels in (observability, infra)';
const labelled = (i: (typeof snapshot.issues)[number]) => ((i.fields['labels'] as string[] | undefined) ?? []).some((l) => l === 'observability' || l === 'infra');
const platCount = snapshot.issues.filter((i) => i.fields.project.key === 'PLAT' && labelled(i)).length;
const schedule = (who: string) => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, who);
const payIssue = snapshot.issues.find((i) => i.fields.project.key === 'PAY' && !i.fields.security && i.fields.issuetype.name === 'Story')?.key ?? '';

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, scope: { jql: PROGRAMME }, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await schedule('Priya');
  await runtime.queue.drain();
  // Priya may not browse SEC, which PAY links to: her schedule is the variant without it (issue #11).
  await askAndDrain(call, runtime, 'PAY', ['Priya']);
}, 120_000);

afterAll(() => runtime.uninstall());

describe('a programme scope (a global scope JQL over several projects)', () => {
  it('is saved by a Jira admin only: a project admin cannot widen what the app reads', async () => {
    const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
    await expect(call('settings/save', { settings: { ...settings, scope: { jql: 'project in ("{project}", SEC)' } }, projectKey: 'PAY' }, 'Marcus')).rejects.toThrow(/FORBIDDEN/);
    expect((await call<SettingsView>('settings/get', {}, 'Priya')).settings.scope.jql).toBe(PROGRAMME);
  });

  it("gives Priya, who sees every project of it, the programme's stored schedule", async () => {
    const priya = await schedule('Priya');
    expect(priya.background).toMatchObject({ state: 'ready' });
    expect(priya.background?.state === 'ready' && priya.background.issueCount).toBeGreaterThanOrEqual(140 + platCount);
    expect(platCount).toBeGreaterThan(0);
    expect(priya.nodes.filter((n) => n.projectKey === 'PLAT' && !n.external).length).toBeGreaterThan(0);
  });

  it('shows Aiko, who may not browse PLAT, no stored figure of it: the schedule says why instead', async () => {
    const aiko = await schedule('Aiko');
    expect(aiko.background).toMatchObject({ state: 'unavailable' });
    expect(aiko.background?.state === 'unavailable' && aiko.background.reason).toMatch(/other project/);
    expect(aiko.nodes).toEqual([]);
    expect(aiko.projectFinish).toBe(aiko.asOf);
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
    // Polling an answer that cannot change for her queues nothing.
    expect(runtime.queue.pending('keel-analysis')).toHaveLength(0);
  });

  it("gives Aiko no programme figure on the issue panel, its risks, the Overview, the status line or the forecast", async () => {
    const panel = await call<IssueScheduleResult>('schedule/issue', { issueKey: payIssue }, 'Aiko');
    expect(panel.background).toMatchObject({ state: 'unavailable' });
    expect(panel.schedule).toBeNull();
    expect(panel.message).toMatch(/other project/);
    const risks = await call<IssueRisksResult>('risks/issue', { issueKey: payIssue }, 'Aiko');
    expect(risks.stored).toMatchObject({ state: 'unavailable' });
    expect(risks.derived).toEqual([]);
    const overview = await call<OverviewResult>('overview/get', { projectKey: 'PAY' }, 'Aiko');
    expect(overview.stored).toMatchObject({ state: 'unavailable' });
    const status = await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Aiko');
    expect(status.finishes).toEqual([]);
    expect(status.headline).toMatch(/other project/);
    const forecast = await call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Aiko');
    expect(JSON.stringify(forecast)).toMatch(/other project/);
    for (const answer of [panel, risks, overview, status, forecast]) expect(JSON.stringify(answer)).not.toMatch(/PLAT-\d+/);
  });
});
