/**
 * Issue #15 item 4, left out then: two forecast answers that start at the same moment with nothing cached used to
 * simulate twice. With the forecast lease (forecast-lease.ts, KVS FAIL_IF_EXISTS with an expiry) the second waits
 * briefly for the first's cached forecast: one simulation, the same answer, and no lease left behind.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastResult } from '../../src/contract';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';
import { watchForecastHeads } from './forecast-heads';

const demo = demoApp();
const { call } = demo;
let runtime: ForgeRuntime;
let heads: string[] = [];

beforeAll(async () => {
  ({ runtime } = await demo.start());
  heads = watchForecastHeads(runtime);
}, 60_000);

afterAll(() => runtime.uninstall());

describe('two forecast answers at once', () => {
  it('simulate once: the second waits for the first', async () => {
    const [a, b] = await Promise.all([
      call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Priya'),
      call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Priya'),
    ]);
    expect(heads, 'forecasts simulated and cached').toHaveLength(1);
    expect(b.percentiles).toEqual(a.percentiles);
    expect(runtime.kvs.entries('kvs').filter(([key]) => key.startsWith('forecast-lease:'))).toEqual([]);
  }, 120_000);
});
