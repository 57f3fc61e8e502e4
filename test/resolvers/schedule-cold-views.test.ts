/**
 * Issue #11: a large project's first `schedule/get`, `schedule/summary` and `schedule/rows` on a new instance
 * (nothing kept warm) answer a viewer who hides nothing from the views stored with the analysis
 * (schedule-views-store.ts), reading none of the schedule's nodes, links or issues; and they answer exactly what
 * the whole read gives (the same calls with the views taken out of the manifests, as an analysis stored before
 * Keel kept them is read). A viewer who hides something is answered from the whole read: Aiko (outside PAY's
 * "Staff only" level: the schedule without levels), and Priya once an issue of another project the stored
 * schedule holds is gone from Jira (she may not browse it any more). PAY on the demo site, threshold 100.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let forgetWarmSchedules: () => void;
let forgetWarmAnswers: () => void;
let read: string[] = [];

const ANSWERS: [string, unknown][] = [
  ['schedule/get', { projectKey: 'PAY' }],
  ['schedule/summary', { projectKey: 'PAY' }],
  ['schedule/rows', { projectKey: 'PAY', limit: 100 }],
  ['schedule/rows', { projectKey: 'PAY', offset: 20, limit: 50, sort: 'es', direction: 'ascending', filter: {} }],
];

/** Each answer on a cold instance, with the storage keys and calls its invocation read. */
async function coldAnswers(who: string): Promise<{ answers: unknown[]; keys: string[]; calls: number[] }> {
  const answers: unknown[] = [];
  const keys: string[] = [];
  const calls: number[] = [];
  for (const [functionKey, payload] of ANSWERS) {
    forgetWarmSchedules();
    forgetWarmAnswers();
    read = [];
    answers.push(await call(functionKey, payload, who));
    keys.push(...read);
    calls.push(lastStartedInvocation()?.kvsCalls ?? NaN);
  }
  return { answers, keys, calls };
}

type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]> };
const manifestKey = (analysis: string) => `schedule-analysis:${analysis}:manifest`;
const manifestOf = (analysis: string) => runtime.kvs.get('kvs', manifestKey(analysis))?.value as Manifest | undefined;
/** The storage keys of every stored schedule's nodes, links and issues (PAY's, without levels, and their outside variants). */
function listChunkKeys(only?: string): Set<string> {
  const analyses = only !== undefined ? [only] : runtime.kvs.keys('kvs').flatMap((k) => /^schedule-analysis:([^:]+):manifest$/.exec(k)?.[1] ?? []);
  return new Set(analyses.flatMap((a) => (manifestOf(a)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${a}:c:${h}`))));
}

/** The same answers with the views out of every manifest (a whole read), the manifests put back after. */
async function withoutViews(who: string): Promise<unknown[]> {
  const analyses = runtime.kvs.keys('kvs').filter((k) => /^schedule-analysis:[^:]+:manifest$/.test(k));
  const kept = analyses.map((key) => [key, runtime.kvs.get('kvs', key)?.value as Manifest] as const);
  for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, { ...manifest, views: undefined });
  try {
    return (await coldAnswers(who)).answers;
  } finally {
    for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, manifest);
  }
}

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  ({ forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules'));
  ({ forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers'));
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
  const get = runtime.kvs.get.bind(runtime.kvs);
  runtime.kvs.get = (namespace, key) => {
    read.push(key);
    return get(namespace, key);
  };
}, 120_000);

afterAll(() => runtime.uninstall());

describe('a large schedule read cold from its views', () => {
  it('answers a viewer who hides nothing from a few storage keys, as the whole read does', async () => {
    expect(manifestOf('PAY')?.views).toBeDefined();
    const cold = await coldAnswers('Priya');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready', hiddenIssues: 0 } });
    const lists = listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    expect(cold.keys.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    // The manifests, the level record, the status and a chunk or two of views; the summary reads the forecast too.
    for (const [i, calls] of cold.calls.entries()) expect(calls, `storage calls of ${ANSWERS[i]?.[0] ?? ''}`).toBeLessThanOrEqual(i === 1 ? 20 : 10);
    // Warm, the views parsed last are not read again.
    await call('schedule/summary', { projectKey: 'PAY' }, 'Priya');
    read = [];
    expect(await call('schedule/summary', { projectKey: 'PAY' }, 'Priya')).toEqual(cold.answers[1]);
    expect(read.filter((k) => k.startsWith('schedule-analysis:') && k.includes(':c:'))).toEqual([]);
    expect(cold.answers).toEqual(await withoutViews('Priya'));
  });

  it('answers a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await coldAnswers('Aiko');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready' } });
    expect(cold.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    // Only the schedule her choice names: PAY's own, which she may not be answered from, is not read as well.
    expect(cold.keys.filter((k) => listChunkKeys('PAY').has(k))).toEqual([]);
    expect(cold.answers).toEqual(await withoutViews('Aiko'));
  });

  it('answers a viewer who may not browse one key outside the project from the whole read', async () => {
    const outside = (await import('../../src/adapters/storage/schedule-views-store')).loadScheduleViews;
    const store = { get: (key: string) => Promise.resolve(runtime.kvs.get('kvs', key)?.value), set: () => Promise.resolve(), delete: () => Promise.resolve() };
    const views = await outside(store, 'PAY', manifestOf('PAY')?.views, ['access']);
    const gone = views?.access.outside.find((n) => n.projectKey === 'PLAT')?.key;
    if (gone === undefined) throw new Error('the stored schedule of PAY holds no PLAT issue');
    // Gone from Jira since the analysis was stored: Priya may not browse it now, so it is hidden from her.
    site.state.issues.splice(site.state.issues.findIndex((i) => i.key === gone), 1);
    const cold = await coldAnswers('Priya');
    expect(cold.answers[0]).toMatchObject({ background: { state: 'ready', hiddenIssues: 1 } });
    expect(cold.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual(await withoutViews('Priya'));
  });
});
