import type { CriticalPathInput } from '../../../src/domain/schedule/critical-path';
import { scheduleRun } from '../../../src/domain/schedule/critical-path';
import { durationUncertainty, type DefaultSpread } from '../../../src/domain/forecast/duration-uncertainty';
import { estimateRatios } from '../../../src/domain/forecast/estimate-ratios';
import type { ForecastFinding } from '../../../src/domain/forecast/forecast-finding';
import { simulate, type Simulation } from '../../../src/domain/forecast/monte-carlo';
import type { RiskStrike } from '../../../src/domain/forecast/risk-strikes';
import { scheduleForecast, type Forecast, type ForecastOptions } from '../../../src/domain/forecast/schedule-forecast';
import type { ThreePointEstimate } from '../../../src/domain/work-item';
import { calendar, network, type Activity } from '../schedule/network-builder';

export interface Uncertain extends Activity {
  threePoint?: ThreePointEstimate;
}

export function input(activities: readonly Uncertain[], extra: Partial<CriticalPathInput> = {}): CriticalPathInput {
  const built = network(activities);
  const byKey = new Map(activities.map((a) => [a.key, a]));
  return {
    items: built.items.map((i) => ({ ...i, threePoint: byKey.get(i.key)?.threePoint ?? null })),
    rules: built.rules,
    calendar,
    duration: { source: 'originalEstimate', daysPerPoint: 1 },
    nearCriticalDays: 2,
    ...extra,
  };
}

export const options = (overrides: Partial<ForecastOptions> = {}): ForecastOptions => ({
  iterations: 2000,
  seed: 42,
  spread: { optimistic: 1, pessimistic: 1 },
  calibrationMinIssues: 10,
  risks: [],
  riskMapping: { scale: 'oneToFive', probabilityOfRating: [0.1, 0.3, 0.5, 0.7, 0.9], daysOfImpactRating: [1, 3, 5, 10, 20], correlateBy: 'none' },
  targetDate: null,
  asOf: '2025-01-06',
  maxRiskRuns: 10,
  ...overrides,
});

export function forecast(activities: readonly Uncertain[], overrides: Partial<ForecastOptions> = {}, extra: Partial<CriticalPathInput> = {}): Forecast {
  return scheduleForecast(input(activities, extra), options(overrides));
}

/** The raw finish offsets of a run on the network, for comparing with closed forms. */
export function rawSimulation(activities: readonly Uncertain[], iterations: number, seed: number, strikes: RiskStrike[] = [], spread: DefaultSpread = { optimistic: 1, pessimistic: 1 }): Simulation {
  const built = input(activities);
  const run = scheduleRun(built);
  const findings: ForecastFinding[] = [];
  const items = new Map(built.items.map((i) => [i.key, i]));
  const sampler = durationUncertainty(
    {
      keys: run.graph.keys,
      inScopeCount: run.graph.inScopeCount,
      duration: run.network.duration,
      fixedStart: run.network.fixedStart,
      itemOf: (k) => items.get(k),
      wholeDuration: () => null,
      underWay: () => false,
      ratios: estimateRatios([], { hoursPerDay: 8, durationOf: () => null, minIssues: 1 }),
      spread,
    },
    findings,
  );
  return simulate(run.network, sampler, strikes, { iterations, seed, perNode: true });
}

export function indexOf(activities: readonly Uncertain[], key: string): number {
  return scheduleRun(input(activities)).graph.indexOf.get(key) ?? -1;
}

/** Every number in a value, recursively (to check that none is NaN or infinite). */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
