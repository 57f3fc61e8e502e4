/**
 * Issue #11, at scale: `forecast/criticality` without keys on a generated site (2,000 issues in BIG, threshold
 * 1,500), called on a new instance, reads the stored forecast's criticality index (its record and its buckets), no
 * chunk of the whole forecast, and answers what the whole forecast gives (the index records taken out).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastCriticality, SettingsView } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { lastStartedInvocation } from '../sandbox/forge/invocation-context';
import { largeApp } from './large-app';
import { recordKvsReads } from '../sandbox/forge/kvs-reads';

const big = largeApp(2000, { forecastIterations: 200 });
let runtime: ForgeRuntime;
let read: string[] = [];

async function cold(): Promise<{ answer: ForecastCriticality; keys: string[]; calls: number }> {
  const { forgetWarmSchedules } = await import('../../src/adapters/storage/warm-schedules');
  const { forgetWarmAnswers } = await import('../../src/adapters/storage/warm-answers');
  forgetWarmSchedules();
  forgetWarmAnswers();
  read = [];
  const answer = (await big.call<ForecastCriticality>('forecast/criticality', { projectKey: 'BIG' })).data;
  return { answer, keys: [...read], calls: lastStartedInvocation()?.kvsCalls ?? NaN };
}

beforeAll(async () => {
  ({ runtime } = await big.start());
  const { settings } = (await big.call<SettingsView>('settings/get', {})).data;
  await big.call('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 1500 } }, projectKey: 'BIG' });
  await big.call('schedule/get', { projectKey: 'BIG' });
  await runtime.queue.drain();
  await big.call('forecast/criticality', { projectKey: 'BIG' });
  await runtime.queue.drain();
  recordKvsReads(runtime.kvs, (key) => read.push(key));
}, 300_000);

afterAll(() => runtime.uninstall());

describe('forecast/criticality without keys at a large scope', () => {
  it('reads the criticality index, not the whole forecast, and answers the same', async () => {
    const indexed = await cold();
    expect(indexed.answer.pending).toBeNull();
    expect(indexed.answer.issues.length, 'figures').toBeGreaterThan(100);
    const forecastChunks = (keys: string[]) => keys.filter((k) => /^stored-answer:forecast:[^:]+:[^:]+:\d+$/.test(k));
    expect(forecastChunks(indexed.keys), 'no chunk of the whole forecast').toEqual([]);
    const buckets = indexed.keys.filter((k) => /^forecast-index:BIG:[^:]+:b\d+:\d+$/.test(k));
    expect(buckets.length, 'its one bucket (2,000 issues a bucket)').toBe(1);
    const records = runtime.kvs.keys('kvs').filter((k) => /^forecast-index:[^:]+$/.test(k));
    const kept = records.map((key) => [key, runtime.kvs.get('kvs', key)?.value] as const);
    for (const key of records) runtime.kvs.delete('kvs', key);
    try {
      const whole = await cold();
      expect(forecastChunks(whole.keys).length, 'the whole forecast read').toBeGreaterThan(0);
      expect(indexed.answer).toEqual(whole.answer);
      // The settings (2), the manifest, the analysis's status, queued and security records, the forecast's head, its
      // index's record and the bucket: 9, where the whole forecast's 2 chunks made 11.
      expect(indexed.calls, `storage calls (the whole forecast: ${whole.calls})`).toBeLessThan(whole.calls);
      expect(indexed.calls).toBeLessThanOrEqual(9);
    } finally {
      for (const [key, value] of kept) runtime.kvs.set('kvs', key, value);
    }
  }, 300_000);
});
