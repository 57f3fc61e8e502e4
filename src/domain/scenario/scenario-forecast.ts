/**
 * The forecast of a scenario next to the live plan's (issue #17: "recomputes the CPM, the levelling and the
 * forecast on the scenario at once"): the seeded Monte Carlo of schedule-forecast.ts, with the same settings and
 * seed, on the live network and on the edited one. Both runs draw the same random numbers in the same order
 * (common random numbers), so what differs between them is the edits' doing, not the sampling's. Each side gives
 * P50, P80 and the chance of finishing by its launch date; the answer gives their differences and the sampling
 * error of any one chance at the iterations run (1.96 sqrt(0.25 / N), finish-distribution.ts).
 * O(2 x iterations x (V + E)).
 */
import { samplingError } from '../forecast/finish-distribution';
import { scheduleForecast, type ForecastOptions } from '../forecast/schedule-forecast';
import type { CriticalPathInput } from '../schedule/critical-path';

export interface ForecastSide {
  p50: string;
  p80: string;
  /** The launch date this side is measured against (the scenario may edit it), or null. */
  launch: string | null;
  /** Share of iterations finishing by the launch date, 0 to 1; null without one, or when it has passed. */
  chance: number | null;
}

export interface ScenarioForecast {
  iterations: number;
  seed: number;
  /** Half the 95% confidence interval of any one chance shown, at its widest (p = 0.5). */
  samplingError: number;
  live: ForecastSide;
  scenario: ForecastSide;
  /** Working days the scenario moves P50 and P80 (positive: later). */
  p50Days: number;
  p80Days: number;
  /** Scenario chance minus live chance; null unless both have a launch date. */
  chanceChange: number | null;
}

export type ScenarioForecastOptions = Omit<ForecastOptions, 'targetDate' | 'maxRiskRuns'>;

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/** Units of work (activities plus links, once per iteration) one CPU second simulates at interactive sizes: see the bench. */
export const INTERACTIVE_UNITS_PER_SECOND = 3_000_000;
/** CPU seconds the two runs of a scenario's forecast may take together inside a resolver call (Forge allows 25 s). */
export const SCENARIO_FORECAST_SECONDS = 4;
/** Fewer iterations than this say too little: a chance would be uncertain by more than ±7 percentage points. */
export const SCENARIO_ITERATION_FLOOR = 200;

/**
 * The iterations each of the scenario's two runs makes: the settings' own when the budget allows, else as many as
 * SCENARIO_FORECAST_SECONDS of work allows, never below SCENARIO_ITERATION_FLOOR; null when even the floor would
 * take more than twice the budget (the scenario is then not forecast while you wait: a resolver has 25 s in all).
 * Example: 4,300 asked, 120 activities and 150 links: 4,300 (±1.5 points); 4,000 activities and 12,000 links: 375
 * (±5.1 points); 10,000 and 30,000: 200 (±6.9 points); 50,000 and 150,000: null (200 would be some 27 s).
 */
export function scenarioIterations(wanted: number, work: { activities: number; links: number }): number | null {
  const perIteration = Math.max(1, work.activities + work.links);
  const affordable = Math.floor((SCENARIO_FORECAST_SECONDS * INTERACTIVE_UNITS_PER_SECOND) / 2 / perIteration);
  if (affordable * 2 < Math.min(wanted, SCENARIO_ITERATION_FLOOR)) return null;
  return Math.min(wanted, Math.max(SCENARIO_ITERATION_FLOOR, affordable));
}

/** One plan's forecast: P50, P80 and the chance by `launch`, with the settings and seed of `options`. */
export function forecastSide(input: CriticalPathInput, launch: string | null, options: ScenarioForecastOptions): ForecastSide & { iterations: number; seed: number } {
  const f = scheduleForecast(input, { ...options, targetDate: launch, maxRiskRuns: 0 });
  return { iterations: f.iterations, seed: f.seed, p50: f.percentiles.p50, p80: f.percentiles.p80, launch, chance: f.target?.probability ?? null };
}

/** `live`: the live plan's side when already computed (one live forecast serves every scenario compared with it). */
export function scenarioForecast(
  inputs: { live: CriticalPathInput; scenario: CriticalPathInput },
  launch: { live: string | null; scenario: string | null },
  options: ScenarioForecastOptions,
  live: ReturnType<typeof forecastSide> = forecastSide(inputs.live, launch.live, options),
): ScenarioForecast {
  const { iterations, seed, ...liveView } = live;
  const { iterations: _i, seed: _s, ...scenarioView } = forecastSide(inputs.scenario, launch.scenario, options);
  const { offsetOf } = inputs.live.calendar;
  const days = (a: string, b: string) => offsetOf(b) - offsetOf(a);
  return {
    iterations,
    seed,
    samplingError: round(samplingError(iterations), 4),
    live: liveView,
    scenario: scenarioView,
    p50Days: days(liveView.p50, scenarioView.p50),
    p80Days: days(liveView.p80, scenarioView.p80),
    chanceChange: liveView.chance === null || scenarioView.chance === null ? null : round(scenarioView.chance - liveView.chance, 3),
  };
}
