/**
 * Issue #11: a refresh after one edited issue stores only what changed. On a generated 2,000-issue scope stored
 * by the real consumer, an edited summary makes the next refresh write a few content chunks (the issues' group,
 * the nodes' group and the index bucket that hold it, the schedule's head), not the whole analysis again; the
 * chunks it superseded are deleted, every chunk stored is one the manifest in force uses, and the page shows the
 * new summary.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { loadStoredSchedule, manifestHashes, type AnalysisKvs, type AnalysisManifest } from '../../src/adapters/storage/analysis-store';
import { forgetWarmSchedules } from '../../src/adapters/storage/warm-schedules';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { connectProductTriggers, type ProductTriggers } from '../sandbox/forge/product-triggers';
import { emitJiraEvent, issueEvent } from '../sandbox/site/jira/jira-events';
import { jiraDateTime } from '../sandbox/site/jql/dates';
import { largeApp } from './large-app';

const big = largeApp(2000, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let triggers: ProductTriggers;

const chunkKeys = () => new Set(runtime.kvs.keys('kvs').filter((k) => k.startsWith('schedule-analysis:BIG:c:')));
const manifest = () => runtime.kvs.get('kvs', 'schedule-analysis:BIG:manifest')?.value as AnalysisManifest;
/** The stored analysis as schedule/get reads it. */
const stored = async () => {
  const store: AnalysisKvs = { get: (k) => Promise.resolve(runtime.kvs.get('kvs', k)?.value), set: () => Promise.reject(new Error('read only')), delete: () => Promise.reject(new Error('read only')) };
  forgetWarmSchedules();
  return (await loadStoredSchedule(store, 'BIG'))?.schedule.nodes ?? [];
};
const schedule = async () => (await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' })).data;

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await big.start());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 1500 } }, projectKey: 'BIG' });
  await schedule();
  await runtime.queue.drain();
  const events = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'];
  triggers = connectProductTriggers(runtime, [{ moduleKey: 'keel-analysis-staleness', events, handler: app.analysisTrigger }]);
}, 300_000);

afterAll(() => {
  triggers.disconnect();
  runtime.uninstall();
});

describe('a refresh after one edited issue', () => {
  it('writes only the chunks that changed, deletes those it superseded, and the page shows the edit', async () => {
    const first = await schedule();
    expect(first.background).toMatchObject({ state: 'ready', refreshing: false });
    const before = chunkKeys();
    const previous = manifest();
    expect(before.size).toBeGreaterThan(20);
    const nodes = await stored();
    const key = nodes.find((n) => n.key.startsWith('BIG-') && !n.external)?.key ?? '';
    const issue = big.site.state.issues.find((i) => i.key === key);
    if (!issue) throw new Error(`no issue ${key}`);
    const summary = issue.fields.summary;
    issue.fields.summary = 'Renamed by the refresh test';
    issue.fields.updated = jiraDateTime(new Date());
    const priya = big.account('Priya');
    emitJiraEvent(big.site.state, issueEvent('avi:jira:updated:issue', issue, { type: 'user', accountId: priya }, { items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', fromString: summary, toString: 'Renamed by the refresh test' }] }));
    await triggers.settled();
    await runtime.queue.drain();

    const after = chunkKeys();
    const written = [...after].filter((k) => !before.has(k));
    const deleted = [...before].filter((k) => !after.has(k));
    expect(manifest().generation).not.toBe(previous.generation);
    expect(written.length).toBeGreaterThan(0);
    // Its nodes' group, its index bucket, its issues' group, the views it shows in, its epic's group and the groups'
    // directory; and its epic's summary bucket, whose panel lists it (index format 4: a bucket of the summary tasks'
    // own, one chunk; format 3 held the panel in the nodes' buckets, a chunk more: 9).
    expect(written.length).toBeLessThanOrEqual(8);
    expect(deleted.length).toBeLessThanOrEqual(written.length);
    // Nothing stored that the analysis in force does not use: what the edit superseded is gone.
    expect(after).toEqual(new Set([...manifestHashes(manifest())].map((h) => `schedule-analysis:BIG:c:${h}`)));
    const fresh = await schedule();
    expect(fresh.background).toMatchObject({ state: 'ready', refreshing: false });
    const now = await stored();
    expect(now.find((n) => n.key === key)?.summary).toBe('Renamed by the refresh test');
    expect(now.length).toBe(nodes.length);
  }, 300_000);
});
