/**
 * Issue #11's cold-read tests share this: PAY on the demo site above the background threshold (100), its analysis
 * stored and asked for by Priya and Aiko; each answer called as on a new Forge instance (nothing kept warm), with
 * the storage keys and storage calls its invocation read; the storage keys of every stored schedule's nodes,
 * links and issues (what a view must spare); and the same answers with the manifests' views rewritten (removed:
 * the whole read, as an analysis stored before Keel kept them is read), the manifests put back after.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { askAndDrain } from './ask-and-drain';
import type { SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import type { ModuleContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';
import { recordKvsReads } from '../sandbox/forge/kvs-reads';

/** A resolver call: its key, payload and, for a module other than the project page, Forge's context (a macro's). */
export type Ask = readonly [functionKey: string, payload: unknown, from?: ModuleContext];
type Settings = SettingsView['settings'];
type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]> };
type Views = Manifest['views'];

export interface ColdAnswers {
  answers: unknown[];
  /** Every storage key the invocations read, in order (a prefix query's look at every key is not counted). */
  keys: string[];
  /** The same, each invocation's apart. */
  keysEach: string[][];
  /** Each invocation's storage calls. */
  calls: number[];
}

/**
 * Starts the demo app for a test file (beforeAll / afterAll); `adapt` changes PAY's settings before its analysis is
 * stored; `prepare` runs once the analysis is stored and asked for, before reads are counted (e.g. each macro asked
 * once, so that what it queues is stored before it is read cold).
 */
export function coldReadsOfPay(options: { adapt?: (settings: Settings) => Settings; prepare?: (call: ReturnType<typeof demoApp>['call'], runtime: ForgeRuntime) => Promise<void> } = {}) {
  const { adapt = (s: Settings) => s, prepare } = options;
  const demo = demoApp();
  const { call } = demo;
  let runtime: ForgeRuntime;
  let forgetWarm = () => undefined as void;
  let read: string[] = [];

  const manifestKeys = () => runtime.kvs.keys('kvs').filter((k) => /^schedule-analysis:[^:]+:manifest$/.test(k));
  const manifestOf = (analysis: string) => runtime.kvs.get('kvs', `schedule-analysis:${analysis}:manifest`)?.value as Manifest | undefined;
  const analyses = () => manifestKeys().map((k) => k.slice('schedule-analysis:'.length, -':manifest'.length));

  /** The storage keys of every stored schedule's nodes, links and issues (PAY's, without levels, its outside variants), or of one. */
  function chunkKeys(only?: string): Set<string> {
    return new Set((only !== undefined ? [only] : analyses()).flatMap((a) => (manifestOf(a)?.parts ?? []).filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:${a}:c:${h}`))));
  }

  async function cold(asks: readonly Ask[], who: string): Promise<ColdAnswers> {
    const result: ColdAnswers = { answers: [], keys: [], keysEach: [], calls: [] };
    for (const [functionKey, payload, from] of asks) {
      forgetWarm();
      read = [];
      result.answers.push(await call(functionKey, payload, who, from));
      result.keys.push(...read);
      result.keysEach.push([...read]);
      result.calls.push(lastStartedInvocation()?.kvsCalls ?? NaN);
    }
    return result;
  }

  /** The same asks with every manifest's views rewritten by `rewrite` (by default taken out: the whole read). */
  async function withViews(asks: readonly Ask[], who: string, rewrite: (views: Views) => Views = () => undefined): Promise<ColdAnswers> {
    const kept = manifestKeys().map((key) => [key, runtime.kvs.get('kvs', key)?.value as Manifest] as const);
    for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, { ...manifest, views: rewrite(manifest.views) });
    try {
      return await cold(asks, who);
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
    const adapted = adapt(settings);
    await call('settings/save', { settings: { ...adapted, schedule: { ...adapted.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
    await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
    await runtime.queue.drain();
    await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
    await prepare?.(call, runtime);
    // Only the keys the app asks for: the sandbox's prefix query (the daily snapshots) looks at every key.
    const entries = runtime.kvs.entries.bind(runtime.kvs);
    let querying = false;
    recordKvsReads(runtime.kvs, (key) => {
      if (!querying) read.push(key);
    });
    runtime.kvs.entries = (namespace) => {
      querying = true;
      try {
        return entries(namespace);
      } finally {
        querying = false;
      }
    };
  }, 240_000);

  afterAll(() => runtime.uninstall());

  return {
    ...demo,
    runtime: () => runtime,
    cold,
    withViews,
    chunkKeys,
    manifestOf,
    analyses,
    /** The storage keys read while `work` runs (warm or not). */
    readDuring: async (work: () => Promise<unknown>): Promise<string[]> => {
      read = [];
      await work();
      return [...read];
    },
  };
}
