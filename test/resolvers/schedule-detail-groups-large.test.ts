/**
 * Issue #11: on the generated large site (BIG, 2,000 issues, epics of about 40 with links across epics and into
 * other projects), every epic's `schedule/detail` from its stored group on a new instance equals the whole read's
 * (the same calls with the views taken out of the manifest), with the same criticality figures, and reads none of
 * the schedule's node, link or issue chunks. The figures come from the forecast's criticality index (no chunk of
 * the whole forecast is read), and equal those of the whole forecast (the index's record taken out), as the
 * summary's epics' highest figures do.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleDetailResult, ScheduleSummaryResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { largeApp } from './large-app';
import { recordKvsReads } from '../sandbox/forge/kvs-reads';

const big = largeApp(2000, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let forgetWarm: () => void;
let read: string[] = [];

type Manifest = { parts: { kind: string; hashes?: string[] }[]; views?: Record<string, string[]> };
const MANIFEST = 'schedule-analysis:BIG:manifest';
const INDEX = 'forecast-index:BIG';
const manifest = () => runtime.kvs.get('kvs', MANIFEST)?.value as Manifest;

/** Each epic's detail, on a new instance each (`cold`), or one after another on the same. */
async function details(epics: readonly string[], cold: boolean): Promise<ScheduleDetailResult[]> {
  const answers: ScheduleDetailResult[] = [];
  for (const epic of epics) {
    if (cold) forgetWarm();
    answers.push((await big.call<ScheduleDetailResult>('schedule/detail', { projectKey: 'BIG', filter: { epic } })).data);
  }
  return answers;
}

beforeAll(async () => {
  ({ runtime } = await big.start());
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  forgetWarm = () => (forgetWarmSchedules(), forgetWarmAnswers());
  await big.call('schedule/get', { projectKey: 'BIG' });
  // The analysis, then the forecast it queues: the details then carry criticality figures.
  await runtime.queue.drain();
  await runtime.queue.drain();
  recordKvsReads(runtime.kvs, (key) => read.push(key));
}, 300_000);

afterAll(() => runtime.uninstall());

describe("every epic's detail of a 2,000-issue scope", () => {
  it('is the whole read’s, from the epic’s group alone', async () => {
    const epics = (await big.call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' })).data.picker.map((g) => g.key);
    expect(epics.length).toBeGreaterThan(40);
    read = [];
    const cold = await details(epics, true);
    expect(read.filter((k) => /^stored-answer:forecast:BIG:[^:]+:\d+$/.test(k)), 'no chunk of the whole forecast is read').toEqual([]);
    const lists = new Set(manifest().parts.filter((p) => p.kind !== 'head').flatMap((p) => (p.hashes ?? []).map((h) => `schedule-analysis:BIG:c:${h}`)));
    expect(read.filter((k) => lists.has(k)), 'no node, link or issue chunk is read').toEqual([]);
    expect(cold.filter((a) => a.linksOut > 0).length, 'epics linked to others').toBeGreaterThan(10);
    expect(cold.every((a) => a.criticality !== undefined && a.forecast?.state === 'ready')).toBe(true);
    const kept = manifest();
    const summary = (await big.call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' })).data;
    const index = runtime.kvs.get('kvs', INDEX)?.value;
    expect(index, 'the forecast has an index').toBeDefined();
    runtime.kvs.set('kvs', MANIFEST, { ...kept, views: undefined });
    runtime.kvs.delete('kvs', INDEX);
    try {
      read = [];
      // The whole schedule is read once and kept warm: the same answers as read cold, in a fraction of the time.
      expect(cold).toEqual(await details(epics, false));
      expect(read.filter((k) => lists.has(k)).length, 'the whole read reads the schedule').toBeGreaterThan(0);
      runtime.kvs.set('kvs', MANIFEST, kept);
      forgetWarm();
      expect((await big.call<ScheduleSummaryResult>('schedule/summary', { projectKey: 'BIG' })).data, "the epics' highest figures").toEqual(summary);
    } finally {
      runtime.kvs.set('kvs', MANIFEST, kept);
      runtime.kvs.set('kvs', INDEX, index);
    }
  }, 300_000);
});
