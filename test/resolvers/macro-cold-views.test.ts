/**
 * Issue #11, the Confluence macros of a large project on a new instance (nothing kept warm): the status, risk
 * register, forecast, earned value, RACI and decision-log macros answer a reader who hides nothing from the views
 * stored with the analysis (the app only counts, so that the reader's counts can be compared with its:
 * app-count-to-compare.ts), reading none of the schedule's node, link or issue chunks, and answer exactly what the
 * whole read gives (the views taken out of the manifests). Their answers are the project page's for the same
 * reader. Aiko, outside PAY's "Staff only" level and PLAT, is answered from the whole read of the schedule without
 * levels and without PLAT's and SEC's work, as the project page answers her, and no issue under a level reaches her.
 * PAY on the demo site (its links from PLAT and SEC, which nobody may browse), threshold 100, milestones mapped.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { askAndDrain } from './ask-and-drain';
import type { MacroEvmResult, SettingsView, StatusResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { macroContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let forgetWarm: () => void;
let read: string[] = [];

/** Each macro's resolver and the module it is on. */
const MACROS = [
  ['macro/status', 'keel-status-macro'],
  ['macro/risks', 'keel-risk-register-macro'],
  ['macro/forecast', 'keel-forecast-macro'],
  ['macro/evm', 'keel-evm-macro'],
  ['macro/raci', 'keel-raci-macro'],
  ['macro/decisions', 'keel-decision-log-macro'],
] as const;
type MacroKey = (typeof MACROS)[number][0];

const inMacro = (moduleKey: string) => macroContext(demo.snapshot, moduleKey, { projectKey: 'PAY' });

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

/** Each macro on a new instance, as `who` reads it on a page, with the storage keys each read. */
async function coldMacros(who: string): Promise<{ answers: Record<MacroKey, unknown>; keys: Record<MacroKey, string[]> }> {
  const answers = {} as Record<MacroKey, unknown>;
  const keys = {} as Record<MacroKey, string[]>;
  for (const [functionKey, moduleKey] of MACROS) {
    forgetWarm();
    read = [];
    answers[functionKey] = await call(functionKey, {}, who, inMacro(moduleKey));
    keys[functionKey] = [...read];
  }
  return { answers, keys };
}

/** The same answers with the views out of every manifest (a whole read), the manifests put back after. */
async function wholeReadMacros(who: string): Promise<Record<MacroKey, unknown>> {
  const kept = manifests().map((key) => [key, manifestAt(key)] as const);
  for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, { ...manifest, views: undefined });
  try {
    return (await coldMacros(who)).answers;
  } finally {
    for (const [key, manifest] of kept) runtime.kvs.set('kvs', key, manifest);
  }
}

const chunksRead = (keys: readonly string[]) => {
  const lists = listChunkKeys();
  return keys.filter((k) => lists.has(k));
};

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
  // PAY's Sub-tasks of no time are its milestones here (the demo maps no Milestone type).
  const targets = { ...settings.targets, milestones: { issueTypes: ['Sub-task'], labels: ['milestone'] } };
  await call('settings/save', { settings: { ...settings, targets, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' }, 'Priya');
  await call('schedule/get', { projectKey: 'PAY' }, 'Priya');
  await runtime.queue.drain();
  await askAndDrain(call, runtime, 'PAY', ['Priya', 'Aiko']);
  // Each macro once as each reader: what it queues (a forecast, a variant) is stored before they are read cold.
  for (const who of ['Priya', 'Aiko']) {
    for (const [functionKey, moduleKey] of MACROS) await call(functionKey, {}, who, inMacro(moduleKey));
    await runtime.queue.drain();
  }
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
}, 240_000);

afterAll(() => runtime.uninstall());

describe('the macros of a large project, read cold', () => {
  it('answer a reader who hides nothing from the views, reading no node, link or issue chunk, as the whole read does', async () => {
    const cold = await coldMacros('Priya');
    expect(cold.answers['macro/status']).toMatchObject({ stored: { state: 'ready', hiddenIssues: 0 } });
    expect((cold.answers['macro/status'] as StatusResult).milestones.length, 'the mapped Sub-tasks of no time are milestones').toBeGreaterThan(0);
    expect(cold.answers['macro/risks']).toMatchObject({ scheduleDays: { state: 'ready' } });
    expect(cold.answers['macro/forecast']).toMatchObject({ pending: null });
    expect(cold.answers['macro/evm']).toMatchObject({ stored: { state: 'ready' } });
    expect(listChunkKeys().size).toBeGreaterThan(0);
    for (const [functionKey] of MACROS) expect(chunksRead(cold.keys[functionKey]), `${functionKey}: no node, link or issue chunk is read`).toEqual([]);
    const whole = await wholeReadMacros('Priya');
    for (const [functionKey] of MACROS) expect(cold.answers[functionKey], `${functionKey}: as the whole read`).toEqual(whole[functionKey]);
  }, 120_000);

  it("answer a reader who hides nothing as the project page answers them", async () => {
    const { answers } = await coldMacros('Priya');
    expect(answers['macro/status'], 'the status macro is the page\'s status').toEqual(await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Priya'));
    const page = await call<{ figures: { ev: number; pv: number; ac: number } }>('evm/get', { projectKey: 'PAY' }, 'Priya');
    const macro = answers['macro/evm'] as MacroEvmResult;
    expect({ ev: macro.ev, pv: macro.pv, ac: macro.ac }, 'the earned value macro is the page\'s figures').toEqual({ ev: page.figures.ev, pv: page.figures.pv, ac: page.figures.ac });
  }, 120_000);

  it('answer a reader who hides issues from the whole read, as the project page does, with no secured issue', async () => {
    const cold = await coldMacros('Aiko');
    expect(cold.answers['macro/status']).toMatchObject({ stored: { state: 'ready' } });
    expect(chunksRead(cold.keys['macro/status']).length, 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answers).toEqual(await wholeReadMacros('Aiko'));
    expect(cold.answers['macro/status'], 'her status macro is her page\'s status').toEqual(await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Aiko'));
    const secured = demo.site.state.issues.filter((i) => i.fields.security).map((i) => i.key);
    expect(secured.length).toBeGreaterThan(0);
    const text = JSON.stringify(cold.answers);
    expect(secured.filter((key) => new RegExp(`"${key}"`).test(text)), 'no issue under a level is named').toEqual([]);
  }, 120_000);
});
