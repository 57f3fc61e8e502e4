/**
 * Issue #11: `forecast/criticality` without keys (the most critical issues a viewer may browse, and the risks) of a
 * large project reads the stored forecast's criticality index, every bucket, and none of the whole forecast's
 * chunks, on an instance with nothing kept warm; it answers exactly what the whole forecast gives (the index
 * records taken out), for Priya, who hides nothing, and for Aiko (outside "Staff only": the forecast of the schedule
 * without levels, so figures of her own issues only). PAY on the demo site (cold-reads.ts).
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastCriticality } from '../../src/contract';
import { coldReadsOfPay, type Ask } from './cold-reads';
import { forecastChunk, withoutIndex } from './without-criticality-index';

const pay = coldReadsOfPay();
const asks: Ask[] = [['forecast/criticality', { projectKey: 'PAY' }]];

describe('forecast/criticality without keys, from the forecast’s criticality index', () => {
  it.each(['Priya', 'Aiko'])('answers %s what the whole forecast gives, reading no chunk of it', async (who) => {
    // Once, so the forecast is stored (the first call may queue it).
    await pay.call('forecast/criticality', { projectKey: 'PAY' }, who);
    await pay.runtime().queue.drain();
    const cold = await pay.cold(asks, who);
    const whole = await withoutIndex(pay, asks, who);
    const answer = cold.answers[0] as ForecastCriticality;
    expect(answer.pending).toBeNull();
    expect(answer.issues.length, 'figures').toBeGreaterThan(10);
    expect(cold.answers, 'from the index = from the whole forecast').toEqual(whole.answers);
    expect(whole.keys.filter(forecastChunk).length, 'without the index the whole forecast is read').toBeGreaterThan(0);
    expect(cold.keys.filter(forecastChunk), 'no chunk of the whole forecast').toEqual([]);
    expect(cold.keys.some((k) => /^forecast-index:[^:]+:[^:]+:b\d+:\d+$/.test(k)), 'its buckets').toBe(true);
    expect(cold.calls[0], 'storage calls').toBeLessThanOrEqual((whole.calls[0] ?? 0) + 1);
  }, 240_000);

  it('gives Aiko the figures of her own issues only, from the forecast without levels', async () => {
    const [priya, aiko] = await Promise.all(['Priya', 'Aiko'].map((who) => pay.call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY' }, who)));
    const secured = new Set(pay.site.state.issues.filter((i) => i.fields.security).map((i) => i.key));
    expect([...secured].some((k) => priya?.issues.some((i) => i.key === k)), 'Priya sees issues under a level').toBe(true);
    expect(aiko?.issues.filter((i) => secured.has(i.key)), 'Aiko none').toEqual([]);
    expect(aiko?.issues.length).toBeGreaterThan(0);
  }, 240_000);
});
