/**
 * Issue #11: a large project's first `schedule/detail` of one epic on a new instance (nothing kept warm), the
 * Dependencies tab's drill-down from its epics map, answers a viewer who hides nothing from the epic's stored
 * group (schedule-groups-store.ts), reading none of the schedule's node, link or issue chunks, and answers exactly
 * what the whole read gives (the same calls with the views taken out of the manifests). Aiko (outside PAY's
 * "Staff only" level) hides issues: she is answered from the whole read, as before; so is Priya from an analysis
 * stored before Keel kept groups (its manifest without them). PAY on the demo site, threshold 100.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import { NO_EPIC_KEY, type ScheduleDetailResult, type ScheduleSummaryResult, type SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { demoApp } from './demo-app';
import { recordKvsReads } from '../sandbox/forge/kvs-reads';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let forgetWarm: () => void;
let read: string[] = [];
let epics: string[] = [];

type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]>; groups?: string[][] };
const manifestKeys = () => runtime.kvs.keys('kvs').filter((k) => /^schedule-analysis:[^:]+:manifest$/.test(k));
const manifestOf = (key: string) => runtime.kvs.get('kvs', key)?.value as Manifest | undefined;
/** The storage keys of every stored schedule's nodes, links and issues. */
function listChunkKeys(): Set<string> {
  return new Set(
    manifestKeys().flatMap((key) => {
      const analysis = key.split(':')[1] ?? '';
      return (manifestOf(key)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${analysis}:c:${h}`));
    }),
  );
}

/** Each epic's detail on a cold instance, with the storage keys and calls each invocation read. */
async function coldDetails(who: string): Promise<{ answers: ScheduleDetailResult[]; keys: string[]; calls: number[] }> {
  const answers: ScheduleDetailResult[] = [];
  const keys: string[] = [];
  const calls: number[] = [];
  for (const epic of epics) {
    forgetWarm();
    read = [];
    answers.push(await call<ScheduleDetailResult>('schedule/detail', { projectKey: 'PAY', filter: { epic } }, who));
    keys.push(...read);
    calls.push(lastStartedInvocation()?.kvsCalls ?? NaN);
  }
  return { answers, keys, calls };
}

/** The same answers with every manifest changed by `change` (put back after). */
async function withManifests(who: string, change: (m: Manifest) => Manifest): Promise<Awaited<ReturnType<typeof coldDetails>>> {
  const kept = manifestKeys().map((key) => [key, manifestOf(key) as Manifest] as const);
  for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, change(manifest));
  try {
    return await coldDetails(who);
  } finally {
    for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, manifest);
  }
}
const withoutViews = (m: Manifest): Manifest => ({ ...m, views: undefined });
const withoutGroups = (m: Manifest): Manifest => ({ ...m, views: m.views && { ...m.views, groups: undefined }, groups: undefined } as Manifest);

beforeAll(async () => {
  let app: typeof import('../../src/index');
  ({ runtime, app } = await demo.start());
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  forgetWarm = () => (forgetWarmSchedules(), forgetWarmAnswers());
  runtime.queue.register('keel-analysis', app.analysisConsumer);
  const { settings } = await call<SettingsView>('settings/get', {}, 'Priya');
  await call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
  // Every box of the epics map, and an epic nobody is under.
  epics = [...(await call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'PAY' }, 'Priya')).picker.map((g) => g.key), 'PAY-9999'];
  recordKvsReads(runtime.kvs, (key) => read.push(key));
}, 120_000);

afterAll(() => runtime.uninstall());

describe("one epic's detail read cold from its stored group", () => {
  it('answers a viewer who hides nothing without the schedule, as the whole read does', async () => {
    expect(epics.length).toBeGreaterThan(2);
    expect(epics).toContain(NO_EPIC_KEY);
    expect(manifestOf('schedule-analysis:PAY:manifest')?.groups?.length).toBeGreaterThan(0);
    const cold = await coldDetails('Priya');
    // The demo links work across epics: each epic's issues and the links leaving them.
    expect(cold.answers.filter((a) => a.nodes.length > 0 && a.linksOut > 0).length).toBeGreaterThan(10);
    expect(cold.answers[0]?.background).toMatchObject({ state: 'ready', hiddenIssues: 0 });
    const lists = listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    expect(cold.keys.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    // The manifests, the level record, the status, the access and groups views, the group's part, the forecast.
    for (const [i, calls] of cold.calls.entries()) expect(calls, `storage calls of ${epics[i] ?? ''}`).toBeLessThanOrEqual(20);
    const whole = await withManifests('Priya', withoutViews);
    expect(whole.keys.filter((k) => lists.has(k)).length, 'the whole read reads the schedule').toBeGreaterThan(0);
    expect(cold.answers).toEqual(whole.answers);
  });

  it('answers from the whole read, as before, an analysis stored before Keel kept groups', async () => {
    const old = await withManifests('Priya', withoutGroups);
    expect(old.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule is read whole').toBeGreaterThan(0);
    expect(old.answers).toEqual((await withManifests('Priya', withoutViews)).answers);
  });

  it('answers a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await coldDetails('Aiko');
    expect(cold.answers[0]?.background).toMatchObject({ state: 'ready' });
    expect(cold.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual((await withManifests('Aiko', withoutViews)).answers);
  });
});
