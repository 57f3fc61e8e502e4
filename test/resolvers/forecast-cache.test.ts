/**
 * Issue #15, item 4: one live forecast per visit. A small project's forecast is computed once for the inputs a
 * viewer sees and kept in Forge storage for a while, so the Forecast tab, the issue panel and the risk register
 * (forecast/get, forecast/issue, forecast/criticality) and the status line (status/get) compute it once between them. On the demo site, PAY as
 * Priya (who sees everything), then as Aiko (who may not see the "Staff only" level nor PLAT): Aiko's answer is
 * computed for her, never read from Priya's.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastCriticality, ForecastResult, IssueForecast, StatusResult } from '../../src/contract';
import { FORECAST_CACHE_TTL_SECONDS } from '../../src/adapters/storage/forecast-cache';
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import { demoApp } from './demo-app';
import { FORECAST_HEAD, watchForecastHeads } from './forecast-heads';

const demo = demoApp();
const { site, call } = demo;
let runtime: ForgeRuntime;
let heads: string[] = [];

beforeAll(async () => {
  ({ runtime } = await demo.start());
  heads = watchForecastHeads(runtime);
}, 60_000);

afterAll(() => runtime.uninstall());

describe('the live forecast of a small project', () => {
  let tab: ForecastResult;

  it('is computed once for the Forecast tab, the issue panel and the risk register in a row', async () => {
    heads.length = 0;
    tab = await call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Priya');
    const open = tab.issues[0]?.key ?? '';
    const panel = await call<IssueForecast>('forecast/issue', { issueKey: open }, 'Priya');
    const register = await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY' }, 'Priya');
    // The status line on every tab reads it too.
    const status = await call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Priya');
    expect(heads.length, 'forecasts computed and stored').toBe(1);
    expect(status.finishes.find((f) => f.analysis === 'forecast P50')?.date).toBe(tab.percentiles.p50);
    // The three answers are the same forecast.
    expect(panel.criticality).toEqual({ key: open, criticality: tab.issues[0]?.criticality, cruciality: tab.issues[0]?.cruciality });
    expect(register.risks).toEqual(tab.risks.map(({ key, daysAddedAtP80, struckShare }) => ({ key, daysAddedAtP80, struckShare })));
  }, 120_000);

  it('reads a target typed in off the cached curve instead of computing again', async () => {
    heads.length = 0;
    const asked = await call<ForecastResult>('forecast/get', { projectKey: 'PAY', targetDate: '2027-03-01' }, 'Priya');
    expect(heads.length).toBe(0);
    expect(asked.percentiles).toEqual(tab.percentiles);
    expect(asked.target).toEqual({ date: '2027-03-01', probability: expect.any(Number), source: 'asked' });
  });

  it('keeps the cached forecast for a while only', () => {
    const [key, record] = runtime.kvs.entries('kvs').find(([k]) => FORECAST_HEAD.test(k)) ?? [];
    expect(key).toBeDefined();
    const left = Date.parse(record?.expireTime ?? '') - Date.now();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(FORECAST_CACHE_TTL_SECONDS * 1000);
  });

  it("never gives Aiko, who sees fewer issues, Priya's forecast", async () => {
    heads.length = 0;
    const aiko = await call<ForecastResult>('forecast/get', { projectKey: 'PAY' }, 'Aiko');
    expect(heads.length, "Aiko's own forecast computed").toBe(1);
    const text = JSON.stringify(aiko);
    const secured = site.state.issues.filter((i) => i.fields.security && i.key.startsWith('PAY-')).map((i) => i.key);
    expect(secured.some((key) => tab.issues.some((i) => i.key === key)), 'Priya sees secured open work').toBe(true);
    for (const key of secured) expect(text).not.toContain(`"${key}"`);
    expect(text).not.toMatch(/PLAT-\d+/);
    expect(aiko.issueCount).toBeLessThan(tab.issueCount);
    // Her second answer reads her own.
    await call<ForecastCriticality>('forecast/criticality', { projectKey: 'PAY' }, 'Aiko');
    expect(heads.length).toBe(1);
  }, 120_000);
});
