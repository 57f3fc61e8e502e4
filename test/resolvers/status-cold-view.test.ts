/**
 * Issue #11: a large project's first `status/get` on a new instance (nothing kept warm) answers a viewer who hides
 * nothing from the `status` view stored with the analysis (status-view.ts), reading none of the schedule's node,
 * link or issue chunks, and answers exactly what the whole read gives (the same call with the views taken out of
 * the manifests). Aiko (outside PAY's "Staff only" level) hides issues: she is answered from the whole read; so is
 * anyone while the manifest names no `status` view (an analysis stored before Keel kept it). PAY on the demo site,
 * threshold 100, with milestones mapped so the answer has some.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { SettingsView, StatusResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let forgetWarmSchedules: () => void;
let forgetWarmAnswers: () => void;
let read: string[] = [];

/** `status/get` for PAY on a cold instance, with the storage keys and calls its invocation read. */
async function coldStatus(who: string): Promise<{ answer: StatusResult; keys: string[]; calls: number }> {
  forgetWarmSchedules();
  forgetWarmAnswers();
  read = [];
  const answer = await call<StatusResult>('status/get', { projectKey: 'PAY' }, who);
  return { answer, keys: [...read], calls: lastStartedInvocation()?.kvsCalls ?? NaN };
}

type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]> };
const manifestKey = (analysis: string) => `schedule-analysis:${analysis}:manifest`;
const manifestOf = (analysis: string) => runtime.kvs.get('kvs', manifestKey(analysis))?.value as Manifest | undefined;
/** The storage keys of every stored schedule's nodes, links and issues. */
function listChunkKeys(): Set<string> {
  const analyses = runtime.kvs.keys('kvs').flatMap((k) => /^schedule-analysis:([^:]+):manifest$/.exec(k)?.[1] ?? []);
  return new Set(analyses.flatMap((a) => (manifestOf(a)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${a}:c:${h}`))));
}

/** The same call with every manifest's views rewritten by `without`, the manifests put back after. */
async function withViews(who: string, without: (views: Record<string, string[]> | undefined) => Record<string, string[]> | undefined) {
  const analyses = runtime.kvs.keys('kvs').filter((k) => /^schedule-analysis:[^:]+:manifest$/.test(k));
  const kept = analyses.map((key) => [key, runtime.kvs.get('kvs', key)?.value as Manifest] as const);
  for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, { ...manifest, views: without(manifest.views) });
  try {
    return await coldStatus(who);
  } finally {
    for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, manifest);
  }
}
const wholeRead = (who: string) => withViews(who, () => undefined);

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  ({ forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules'));
  ({ forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers'));
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  // PAY's Sub-tasks of no time are its milestones here (the demo maps no Milestone type).
  const targets = { ...settings.targets, milestones: { issueTypes: ['Sub-task'], labels: ['milestone'] } };
  await call('settings/save', { settings: { ...settings, targets, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
  // Only the keys the app asks for: the sandbox's prefix query (the daily snapshots) looks at every key.
  const get = runtime.kvs.get.bind(runtime.kvs);
  const entries = runtime.kvs.entries.bind(runtime.kvs);
  let querying = false;
  runtime.kvs.get = (namespace, key) => {
    if (!querying) read.push(key);
    return get(namespace, key);
  };
  runtime.kvs.entries = (namespace) => {
    querying = true;
    try {
      return entries(namespace);
    } finally {
      querying = false;
    }
  };
}, 120_000);

afterAll(() => runtime.uninstall());

describe('a large project status read cold from its view', () => {
  it('answers a viewer who hides nothing from a few storage keys, as the whole read does', async () => {
    expect(manifestOf('PAY')?.views?.['status']).toBeDefined();
    const cold = await coldStatus('Priya');
    expect(cold.answer.stored).toMatchObject({ state: 'ready', hiddenIssues: 0 });
    expect(cold.answer.milestones.length, 'the mapped Sub-tasks of no time are milestones').toBeGreaterThan(0);
    expect(cold.answer.finishes.find((f) => f.analysis === 'due dates')?.date).not.toBeNull();
    expect(cold.answer.findings.map((f) => f.kind)).toContain('link-not-visible');
    const lists = listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    expect(cold.keys.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    expect(cold.calls, 'storage calls').toBeLessThanOrEqual(12);
    const whole = await wholeRead('Priya');
    expect(whole.keys.filter((k) => lists.has(k)).length, 'the whole read reads the schedule').toBeGreaterThan(0);
    expect(cold.answer).toEqual(whole.answer);
  });

  it('answers a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await coldStatus('Aiko');
    expect(cold.answer.stored).toMatchObject({ state: 'ready' });
    expect(cold.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answer).toEqual((await wholeRead('Aiko')).answer);
  });

  it('answers from the whole read while the manifest names no status view (stored before Keel kept it)', async () => {
    const withView = await coldStatus('Priya');
    const old = await withViews('Priya', (views) => {
      if (!views) return views;
      const { status: _status, ...others } = views;
      return others;
    });
    expect(old.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule is read whole').toBeGreaterThan(0);
    expect(old.answer).toEqual(withView.answer);
  });

  it('answers from the whole read when the view was not kept (more milestone candidates than it holds)', async () => {
    const withView = await coldStatus('Priya');
    const analyses = runtime.kvs.keys('kvs').flatMap((k) => /^schedule-analysis:([^:]+):manifest$/.exec(k)?.[1] ?? []);
    // A view stored as null, in a chunk of its own.
    for (const a of analyses) runtime.kvs.set('kvs', `schedule-analysis:${a}:c:not-kept`, 'null');
    const notKept = await withViews('Priya', (views) => views && { ...views, status: ['not-kept'] });
    expect(notKept.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule is read whole').toBeGreaterThan(0);
    expect(notKept.keys.filter((k) => k.endsWith(':c:not-kept')).length, 'the view was read').toBeGreaterThan(0);
    expect(notKept.answer).toEqual(withView.answer);
  });
});
