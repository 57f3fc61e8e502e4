/**
 * The trigger race (issue #11): many Jira events at once, delivered to the real trigger with the real @forge
 * packages on the demo site. Before, each trigger read the status's `queued = false` and queued an event of its
 * own (10,000 edits gave 10,002 consumer invocations), and the status's read-modify-write kept only some of
 * the changed ids. Now one refresh is queued, and it reads every issue the events named.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import { askAndDrain } from '../resolvers/ask-and-drain';
import { demoApp } from '../resolvers/demo-app';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { connectProductTriggers, type ProductTriggers } from '../sandbox/forge/product-triggers';
import { emitJiraEvent, issueEvent } from '../sandbox/site/jira/jira-events';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let triggers: ProductTriggers;
const schedule = () => call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
const consumerRuns = () => runtime.queue.pushed.filter((e) => e.queueName === 'keel-analysis' && e.body['forecast'] === undefined && e.body['outsideVariant'] === undefined).length;

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const events = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'];
  triggers = connectProductTriggers(runtime, [{ moduleKey: 'keel-analysis-staleness', events, handler: app.analysisTrigger }]);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  // PAY's 148 issues are above this threshold: its analysis is stored, and refreshed by the consumer.
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await schedule();
  await runtime.queue.drain();
  // Nobody may browse SEC, which PAY links to: Priya is answered from a variant without it (outside-variants.test.ts).
  await askAndDrain(call, runtime, 'PAY', ['Priya']);
  expect((await schedule()).background).toMatchObject({ state: 'ready' });
});
afterAll(() => {
  triggers.disconnect();
  runtime.uninstall();
});

describe('every scheduled PAY issue without children edited or deleted at the same moment', () => {
  it('queue one refresh, which reads every issue they named and drops every one deleted', async () => {
    const before = await schedule();
    const parents = new Set(before.nodes.flatMap((n) => (n.parentKey === null ? [] : [n.parentKey])));
    const scheduled = new Set(before.nodes.map((n) => n.key));
    const leaves = site.state.issues.filter((i) => scheduled.has(i.key) && i.fields.project.key === 'PAY' && !parents.has(i.key));
    const touched = leaves.slice(0, -10);
    const deleted = leaves.slice(-10);
    expect(touched.length).toBeGreaterThan(80);
    const runs = consumerRuns();
    const priya = { type: 'user' as const, accountId: demo.account('Priya') };
    // Renamed without moving `updated` (as a link change leaves it): only the events' ids can tell the refresh.
    for (const issue of touched) issue.fields.summary = `${issue.fields.summary} (renamed)`;
    for (const issue of deleted) site.state.issues.splice(site.state.issues.indexOf(issue), 1);
    for (const issue of touched) emitJiraEvent(site.state, issueEvent('avi:jira:updated:issue', issue, priya));
    for (const issue of deleted) emitJiraEvent(site.state, issueEvent('avi:jira:deleted:issue', issue, priya));
    await triggers.settled();

    expect(runtime.queue.pending('keel-analysis')).toHaveLength(1);
    expect((await schedule()).background).toMatchObject({ state: 'ready', refreshing: true });
    await runtime.queue.drain();
    expect(consumerRuns() - runs).toBe(1);

    const fresh = await schedule();
    expect(fresh.background).toMatchObject({ state: 'ready', refreshing: false });
    const summaries = new Map(fresh.nodes.map((n) => [n.key, n.summary]));
    expect(touched.filter((i) => !(summaries.get(i.key) ?? '').endsWith('(renamed)')).map((i) => i.key)).toEqual([]);
    expect(deleted.filter((i) => summaries.has(i.key)).map((i) => i.key)).toEqual([]);
  });
});
