/**
 * Issue #11, the project page's other answers of a large project on a new instance (nothing kept warm): the
 * Overview's "What to chase" (`chase/get`), the hidden-work banner on every tab (`hidden/get`) and the Risks tab
 * (`risks/get`) answer a viewer who hides nothing from the views stored with the analysis (schedule-views-store.ts:
 * `get`'s chase list and hidden-work findings, the `risks` plan), reading none of the schedule's nodes, links or
 * issues, and answer exactly what the whole read gives (the views taken out of the manifests, as an analysis stored
 * before Keel kept them is read). Aiko, outside PAY's "Staff only" level, is answered from the whole read. PAY on
 * the demo site (its risks linked to critical work, its links from PLAT and SEC), threshold 100.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { RiskRegisterResult, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let forgetWarm: () => void;
let read: string[] = [];

const ANSWERS = ['chase/get', 'hidden/get', 'risks/get'] as const;

type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]> };
const manifests = () => runtime.kvs.keys('kvs').filter((k) => /^schedule-analysis:[^:]+:manifest$/.test(k));
const manifestAt = (key: string) => runtime.kvs.get('kvs', key)?.value as Manifest | undefined;

/** The storage keys of every stored schedule's nodes, links and issues. */
function listChunkKeys(): Set<string> {
  return new Set(
    manifests().flatMap((key) => {
      const analysis = key.slice('schedule-analysis:'.length, -':manifest'.length);
      return (manifestAt(key)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${analysis}:c:${h}`));
    }),
  );
}

/** Each answer on a new instance, with the storage keys it read. */
async function coldAnswers(who: string): Promise<{ answers: Record<string, unknown>; keys: string[] }> {
  const answers: Record<string, unknown> = {};
  const keys: string[] = [];
  for (const functionKey of ANSWERS) {
    forgetWarm();
    read = [];
    answers[functionKey] = await call(functionKey, { projectKey: 'PAY' }, who);
    keys.push(...read);
  }
  return { answers, keys };
}

/** The same answers with the views out of every manifest (a whole read), the manifests put back after. */
async function wholeReadAnswers(who: string): Promise<Record<string, unknown>> {
  const kept = manifests().map((key) => [key, manifestAt(key)] as const);
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
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  forgetWarm = () => {
    forgetWarmSchedules();
    forgetWarmAnswers();
  };
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

describe('the project page answers of a large project, read cold from the views', () => {
  it('answer a viewer who hides nothing from the views, as the whole read does', async () => {
    const cold = await coldAnswers('Priya');
    expect(cold.answers['chase/get']).toMatchObject({ computing: false });
    expect(cold.answers['hidden/get']).toMatchObject({ checked: true });
    expect(cold.answers['risks/get']).toMatchObject({ stored: { state: 'ready' } });
    // The plan's risks of each part the view keeps: critical work, a link from outside the project, a cycle.
    const derived = (cold.answers['risks/get'] as RiskRegisterResult).derived.map((d) => d.kind);
    expect(derived).toEqual(expect.arrayContaining(['late-critical-work', 'unestimated-critical-work', 'late-outside-predecessor', 'dependency-cycle']));
    const lists = listChunkKeys();
    expect(lists.size).toBeGreaterThan(0);
    expect(cold.keys.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    expect(cold.answers).toEqual(await wholeReadAnswers('Priya'));
  });

  it('answer a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await coldAnswers('Aiko');
    expect(cold.keys.filter((k) => listChunkKeys().has(k)).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual(await wholeReadAnswers('Aiko'));
  });
});
