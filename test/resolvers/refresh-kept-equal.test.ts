/**
 * Issue #11, refresh CPU: what a refresh keeps instead of making again is what making it again gives. On a generated
 * 2,000-issue scope stored by the real consumer, an edited summary and an epic's own remaining estimate give a new
 * analysis whose stored issues name the unchanged groups' chunks (issue-groups.ts) and hold the chunks that making
 * every group of the stored issues again gives, and whose forecast step keeps the simulation's figures (its plan's
 * fingerprint is the one recorded before, its inputs' is not: forecast-plan-fingerprint.ts, stored-forecast-once.ts)
 * and stores byte for byte what the same event stores when it simulates in full, new summary included.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { loadAnalysisIssues, loadStoredSchedule, type AnalysisKvs, type AnalysisManifest } from '../../src/adapters/storage/analysis-store';
import { contentChunks, itemGroups } from '../../src/adapters/storage/content-chunks';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { runInvocation } from '../sandbox/forge/invocation-context';
import { connectProductTriggers, type ProductTriggers } from '../sandbox/forge/product-triggers';
import type { AsyncEvent } from '../sandbox/forge/queue-emulator';
import { emitJiraEvent, issueEvent } from '../sandbox/site/jira/jira-events';
import { jiraDateTime } from '../sandbox/site/jql/dates';
import { largeApp } from './large-app';

const big = largeApp(2000, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let app: typeof import('../../src/index');
let triggers: ProductTriggers;

const value = (key: string): unknown => runtime.kvs.get('kvs', key)?.value;
/** The stored forecast's text as stored (stored-answer.ts: a record naming its chunks by the text's hash). */
function forecastText(): string {
  const record = value('stored-answer:forecast:BIG') as { generation: string; chunks: number; hash?: string };
  return Array.from({ length: record.chunks }, (_, i) => value(`stored-answer:forecast:BIG:${record.hash ?? record.generation}:${i}`) as string).join('');
}
const fingerprints = () => value('forecast-inputs:BIG') as { fingerprint: string; plan: string };
const isForecast = (event: AsyncEvent) => event.body['forecast'] !== undefined;
const epics = () => big.site.state.issues.filter((i) => i.key.startsWith('BIG-') && i.fields.issuetype.name === 'Epic').map((i) => i.key);
const addEstimate = (seconds: number) => (fields: Record<string, unknown>) => {
  const from = typeof fields['timeestimate'] === 'number' ? fields['timeestimate'] : 0;
  fields['timeestimate'] = from + seconds;
  return { field: 'timeestimate', from: String(from), to: String(from + seconds) };
};

const manifestNow = () => value('schedule-analysis:BIG:manifest') as AnalysisManifest;
const readOnly: AnalysisKvs = { get: (k) => Promise.resolve(value(k)), set: () => Promise.reject(new Error('read only')), delete: () => Promise.reject(new Error('read only')) };
/** The stored schedule's parts by hash, as the manifest names them: head, nodes and links, the index, the views. */
const namedParts = (m: AnalysisManifest) => ({ parts: m.parts.filter((p) => p.kind !== 'issues').map((p) => p.hashes), index: m.index?.hashes, views: m.views });
function edit(key: string, change: (fields: Record<string, unknown>) => { field: string; from: string; to: string }): void {
  const issue = big.site.state.issues.find((i) => i.key === key);
  if (!issue) throw new Error(`no issue ${key}`);
  const { field, from, to } = change(issue.fields);
  issue.fields.updated = jiraDateTime(new Date());
  emitJiraEvent(big.site.state, issueEvent('avi:jira:updated:issue', issue, { type: 'user', accountId: big.account('Priya') }, { items: [{ field, fieldtype: 'jira', fieldId: field, fromString: from, toString: to }] }));
}

beforeAll(async () => {
  ({ runtime, app } = await big.start());
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 1500 } }, projectKey: 'BIG' });
  await big.call<ScheduleResult>('schedule/get', { projectKey: 'BIG' });
  await runtime.queue.drain();
  const events = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue', 'avi:jira:created:issuelink', 'avi:jira:deleted:issuelink'];
  triggers = connectProductTriggers(runtime, [{ moduleKey: 'keel-analysis-staleness', events, handler: app.analysisTrigger }]);
}, 300_000);

afterAll(() => {
  triggers.disconnect();
  runtime.uninstall();
});

describe("a refresh after edits the forecast's simulation does not read", () => {
  it('keeps unchanged groups of issues and the figures, and stores what making them again stores', async () => {
    const before = fingerprints();
    const scheduleBefore = manifestNow();
    const stored = JSON.parse(forecastText()) as { issues: { key: string }[] };
    const task = stored.issues[0]?.key ?? '';
    const epic = big.site.state.issues.find((i) => i.key.startsWith('BIG-') && i.fields.issuetype.name === 'Epic')?.key ?? '';
    edit(task, (fields) => {
      const from = String(fields['summary']);
      fields['summary'] = 'Renamed by the forecast test';
      return { field: 'summary', from, to: 'Renamed by the forecast test' };
    });
    edit(epic, (fields) => {
      const from = typeof fields['timeestimate'] === 'number' ? fields['timeestimate'] : 0;
      fields['timeestimate'] = from + 7200;
      return { field: 'timeestimate', from: String(from), to: String(from + 7200) };
    });
    await triggers.settled();
    // The analysis is refreshed; its forecast event waits, so that the same event can be delivered twice.
    await runtime.queue.drain({}, isForecast);
    const [event] = runtime.queue.pending('keel-analysis').filter(isForecast);
    if (!event) throw new Error('no forecast event queued');
    await runtime.queue.drain();
    const store: AnalysisKvs = { get: (k) => Promise.resolve(value(k)), set: () => Promise.reject(new Error('read only')), delete: () => Promise.reject(new Error('read only')) };
    const issues = (await loadAnalysisIssues(store, 'BIG'))?.issues ?? [];
    expect(issues.find((i) => i.key === task)?.fields.summary).toBe('Renamed by the forecast test');
    const manifest = value('schedule-analysis:BIG:manifest') as AnalysisManifest;
    const storedHashes = manifest.parts.filter((p) => p.kind === 'issues').flatMap((p) => p.hashes ?? []);
    expect(storedHashes).toEqual(itemGroups(issues, (i) => i.key).flatMap((text) => contentChunks(text).map((c) => c.hash)));
    const kept = forecastText();
    const after = fingerprints();
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.plan).toBe(before.plan);
    expect(kept).toContain('Renamed by the forecast test');
    // The renamed task's node changed: the schedule's parts are made again, as a full recompute makes them.
    expect(manifest.scheduleHash).not.toBe(scheduleBefore.scheduleHash);

    // The same event with no fingerprint recorded and no forecast of its generation stored: a full simulation.
    runtime.kvs.delete('kvs', 'forecast-inputs:BIG');
    runtime.kvs.delete('kvs', 'stored-answer:forecast:BIG');
    await runInvocation({ moduleKey: 'consumer-keel-analysis', timeoutMs: 900_000 }, () => app.analysisConsumer(event));
    expect(fingerprints()).toEqual(after);
    expect(forecastText()).toBe(kept);
  }, 300_000);
});

describe("a refresh after an edit the schedule does not show", () => {
  it('names the previous parts of the schedule, as making them again names them, and makes them again once an edit changes it', async () => {
    const before = manifestNow();
    // An epic's own estimate: its dates and figures roll up from its children, so the schedule is the same.
    const epic = epics()[1] ?? '';
    edit(epic, addEstimate(3600));
    await triggers.settled();
    await runtime.queue.drain();
    const kept = manifestNow();
    expect(kept.generation).not.toBe(before.generation);
    expect(kept.scheduleHash).toBe(before.scheduleHash);
    expect(namedParts(kept)).toEqual(namedParts(before));

    // The same schedule with no fingerprint recorded: its parts are made again, and are the ones kept.
    runtime.kvs.set('kvs', 'schedule-analysis:BIG:manifest', { ...kept, scheduleHash: undefined });
    edit(epic, addEstimate(0));
    await triggers.settled();
    await runtime.queue.drain();
    const made = manifestNow();
    expect(made.generation).not.toBe(kept.generation);
    expect(made.scheduleHash).toBe(kept.scheduleHash);
    expect(namedParts(made), 'the chunks a full recompute makes').toEqual(namedParts(kept));

    // The remaining estimate of work under way moves the schedule: its parts are made again.
    const stored = (await loadStoredSchedule(readOnly, 'BIG'))?.schedule;
    const task = stored?.nodes.find((n) => n.underWay !== undefined && !n.fixed)?.key ?? '';
    expect(task).not.toBe('');
    edit(task, addEstimate(5 * 8 * 3600));
    await triggers.settled();
    await runtime.queue.drain();
    const moved = manifestNow();
    expect(moved.scheduleHash).not.toBe(made.scheduleHash);
    expect(namedParts(moved).parts).not.toEqual(namedParts(made).parts);
    expect(namedParts(moved).views).not.toEqual(namedParts(made).views);
  }, 300_000);
});
