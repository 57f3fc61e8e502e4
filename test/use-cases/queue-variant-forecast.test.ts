/**
 * An outside variant's forecast (issue #11; queue-variant-forecast.ts) is queued with a run record, waited for
 * while that record is younger than the give-up time, and queued again once it is older (its event lost, or its
 * consumer failed for good) or of another generation: a viewer's forecast never waits in vain.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { AnalysisKvs } from '../../src/adapters/storage/analysis-store';
import type { OutsideVariant } from '../../src/adapters/storage/outside-variants';
import { loadForecastRun } from '../../src/adapters/storage/stored-forecast';
import { queueVariantForecast, VARIANT_FORECAST_GIVE_UP_MS, variantForecastUnderWay } from '../../src/use-cases/queue-variant-forecast';

function setup() {
  const values = new Map<string, unknown>();
  const store: AnalysisKvs = {
    get: (key) => Promise.resolve(values.get(key)),
    set: (key, value) => Promise.resolve(void values.set(key, value)),
    delete: (key) => Promise.resolve(void values.delete(key)),
  };
  const queued: OutsideVariant[] = [];
  let at = Date.parse('2026-12-05T09:00:00.000Z');
  const ports = { store, now: () => new Date(at).toISOString(), requestOutsideVariantForecast: (_: string, v: OutsideVariant) => Promise.resolve(void queued.push(v)) };
  return { ports, queued, values, later: (ms: number) => void (at += ms) };
}

const variant: OutsideVariant = { generation: 'g1', hidden: ['SEC'], withoutLevels: false };

describe('the forecast of an outside variant', () => {
  it('is queued with a record of its run under the variant\'s key', async () => {
    const { ports, queued, values } = setup();
    await queueVariantForecast(ports, 'PAY', variant, 120);
    expect(queued).toEqual([variant]);
    const key = [...values.keys()].find((k) => k.startsWith('forecast-run:PAY#x'));
    expect(await loadForecastRun(ports.store, key?.slice('forecast-run:'.length) ?? '')).toMatchObject({ generation: 'g1', stage: 'queued', since: '2026-12-05T09:00:00.000Z', issueCount: 120 });
  });

  it('is waited for while its run is younger than the give-up time, and queued again after', async () => {
    const { ports, queued, later } = setup();
    await queueVariantForecast(ports, 'PAY', variant);
    later(VARIANT_FORECAST_GIVE_UP_MS - 1);
    expect(await variantForecastUnderWay(ports, 'PAY', variant, 0)).toEqual({ since: '2026-12-05T09:00:00.000Z' });
    expect(queued).toHaveLength(1);
    later(1);
    expect(await variantForecastUnderWay(ports, 'PAY', variant, 0)).toEqual({ since: '2026-12-05T09:20:00.000Z' });
    expect(queued).toHaveLength(2);
  });

  it('is queued when no run is recorded, or only one of an earlier generation', async () => {
    const { ports, queued } = setup();
    await variantForecastUnderWay(ports, 'PAY', variant, 0);
    expect(queued).toHaveLength(1);
    await variantForecastUnderWay(ports, 'PAY', { ...variant, generation: 'g2' }, 0);
    expect(queued.map((v) => v.generation)).toEqual(['g1', 'g2']);
  });
});
