/**
 * A scenario's forecast (issue #17: "recomputes the CPM, the levelling and the forecast on the scenario at once"),
 * end to end on the demo site: the live side is the Forecast tab's P50 and P80 and the status's chance by the
 * launch date (same settings, seed and iterations), and a longer critical activity moves the scenario's side.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ForecastAnswer, ScenarioCompareResult, ScenarioSummary, ScenarioView, ScheduleResult, StatusResult } from '../../src/contract';
import { demoApp } from './demo-app';

const demo = demoApp();
let schedule: ScheduleResult;

beforeAll(async () => {
  await demo.start();
  schedule = await demo.call<ScheduleResult>('schedule/get', { projectKey: 'PAY' }, 'Priya');
});

const call = <T>(key: string, payload: Record<string, unknown>, who: string) => demo.call<T>(`scenarios/${key}`, { projectKey: 'PAY', ...payload }, who);
const critical = () => schedule.nodes.find((n) => !n.external && n.statusCategory === 'todo' && !n.missingDuration && n.critical)!;

describe('a scenario\'s forecast', () => {
  it('gives the live plan\'s P50, P80 and chance by the launch date as the Forecast tab and the status do, and the scenario\'s next to them', async () => {
    const target = critical();
    const view = await call<ScenarioView>('preview', { edits: [{ kind: 'duration', key: target.key, days: target.durationDays + 10 }] }, 'Priya');
    const forecast = view.diff.forecast!;
    const answer = await demo.call<ForecastAnswer>('forecast/get', { projectKey: 'PAY' }, 'Priya');
    const status = await demo.call<StatusResult>('status/get', { projectKey: 'PAY' }, 'Priya');
    expect('percentiles' in answer).toBe(true);
    if (!('percentiles' in answer)) return;
    const tab = { forecast: answer };
    expect(forecast.iterations).toBe(tab.forecast.iterations);
    expect(forecast.settingsIterations).toBe(tab.forecast.iterations);
    expect(forecast.seed).toBe(tab.forecast.seed);
    expect(forecast.samplingError).toBe(tab.forecast.samplingError);
    expect({ p50: forecast.live.p50, p80: forecast.live.p80 }).toEqual({ p50: tab.forecast.percentiles.p50, p80: tab.forecast.percentiles.p80 });
    expect(forecast.live.launch).toBe(status.target?.date ?? null);
    expect(forecast.live.chance).toBe(status.probabilityByTarget);
    expect(forecast.launchLabel).toBe(status.target?.label ?? null);
    expect(forecast.p80Days).toBeGreaterThan(0);
    expect(forecast.scenario.p80 > forecast.live.p80).toBe(true);
    if (forecast.chanceChange !== null) expect(forecast.chanceChange).toBeLessThanOrEqual(0);
  });

  it('no edits: the scenario\'s forecast is the live plan\'s', async () => {
    const view = await call<ScenarioView>('preview', { edits: [] }, 'Priya');
    expect(view.diff.forecast?.scenario).toEqual(view.diff.forecast?.live);
    expect(view.diff.forecast).toMatchObject({ p50Days: 0, p80Days: 0 });
  });

  it('compares two saved scenarios on one live forecast, with their milestones', async () => {
    const target = critical();
    const longer = await call<ScenarioSummary>('save', { name: 'Longer', edits: [{ kind: 'duration', key: target.key, days: target.durationDays + 10 }] }, 'Priya');
    const shorter = await call<ScenarioSummary>('save', { name: 'Shorter', edits: [{ kind: 'duration', key: target.key, days: 0 }] }, 'Priya');
    const both = await call<ScenarioCompareResult>('compare', { left: longer.id, right: shorter.id }, 'Priya');
    expect(both.left.diff.forecast?.live).toEqual(both.right.diff.forecast?.live);
    expect(both.left.diff.forecast!.scenario.p80 >= both.right.diff.forecast!.scenario.p80).toBe(true);
    expect(both.left.diff.milestones.map((m) => m.key)).toEqual(both.right.diff.milestones.map((m) => m.key));
    for (const m of both.left.diff.milestones) expect(m.days).toBeGreaterThanOrEqual(0);
  });
});
