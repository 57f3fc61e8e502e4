/**
 * `forecast/get` end to end: the app's real code and the real @forge packages against the sandbox serving the
 * demo site, as Priya (who sees everything) and Aiko (who cannot see PLAT).
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastResult } from '../../src/contract';
import { DEFAULT_FORECAST_ITERATIONS } from '../../src/config/forecast-settings';
import { demoApp } from './demo-app';

const demo = demoApp();
const call = (payload: unknown, who: string) => demo.call<ForecastResult>('forecast/get', payload, who);
const numbersIn = (value: unknown): number[] =>
  typeof value === 'number' ? [value] : Array.isArray(value) ? value.flatMap(numbersIn) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(numbersIn) : [];

beforeAll(async () => {
  await demo.start();
});

describe('forecast/get', () => {
  let pay: ForecastResult;
  beforeAll(async () => {
    pay = await call({ projectKey: 'PAY', targetDate: '2027-03-01' }, 'Priya');
  });

  it('forecasts PAY: ordered percentiles, the CPM date and its chance, a cumulative curve ending at 1', () => {
    const { p10, p50, p80, p90 } = pay.percentiles;
    expect(p10 <= p50 && p50 <= p80 && p80 <= p90).toBe(true);
    expect(pay.iterations).toBe(DEFAULT_FORECAST_ITERATIONS);
    expect(pay.histogram.at(-1)?.cumulative).toBe(1);
    expect(pay.histogram.reduce((s, b) => s + b.count, 0)).toBe(DEFAULT_FORECAST_ITERATIONS);
    expect(pay.target).toEqual({ date: '2027-03-01', probability: expect.any(Number), source: 'asked' });
    expect(pay.samplingError).toBeCloseTo(0.0149, 4);
    expect(numbersIn(pay).every(Number.isFinite)).toBe(true);
    expect(JSON.stringify(pay).length).toBeLessThan(1_000_000);
  });

  it("rests on the demo's own record and says so, and lets its linked open risks strike", () => {
    expect(pay.basis.counts.fixed).toBeGreaterThan(0);
    expect(pay.basis.counts.calibrated + pay.basis.counts.defaultSpread).toBe(pay.issueCount);
    expect(pay.issues.length).toBe(pay.issueCount);
    expect(pay.issues.every((i) => i.summary !== '')).toBe(true);
    for (const r of pay.risks) expect(r.issueKeys.length).toBeGreaterThan(0);
  });

  it('is reproducible, and reads what Aiko may see only', async () => {
    const again = await call({ projectKey: 'PAY', targetDate: '2027-03-01' }, 'Priya');
    expect(again.percentiles).toEqual(pay.percentiles);
    const aiko = await call({ projectKey: 'PAY' }, 'Aiko');
    expect(JSON.stringify(aiko)).not.toContain('PLAT-');
  });

  it('names a target in the past instead of giving it a chance', async () => {
    const past = await call({ projectKey: 'PAY', targetDate: '2020-01-01' }, 'Priya');
    expect(past.target).toBeNull();
    expect(past.findings.map((f) => f.kind)).toContain('target-in-past');
  });
});
