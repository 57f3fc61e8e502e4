/**
 * The probabilistic forecast of a schedule (DESIGN.md section 1, "Forecast"): its plan (forecast-plan.ts: the CPM
 * network built once, each open activity's duration distribution, the register's risks as events), a seeded Monte
 * Carlo run over it (monte-carlo.ts), and what it says: finish percentiles, the chance of a target date and of the
 * CPM date, criticality and cruciality per issue, and per risk the working days it adds at P80 (the first
 * RISK_ITERATIONS iterations repeated without it, on the same draws).
 * O((1 + risks measured) x iterations x (V + E)).
 */
import type { CriticalPathInput } from '../schedule/critical-path';
import { BASES, type DefaultSpread, type DurationBasis } from './duration-uncertainty';
import { finishCurve } from './finish-curve';
import { finishDistribution, histogram, lastDayOf, samplingError } from './finish-distribution';
import { mergedFindings, type ForecastFinding } from './forecast-finding';
import { forecastPlan, type ForecastPlan } from './forecast-plan';
import { simulate } from './monte-carlo';
import type { ForecastRisk, RiskImpactMapping } from './risk-strikes';

export interface ForecastOptions {
  iterations: number;
  seed: number;
  spread: DefaultSpread;
  /** Done issues needed before the scope's own record calibrates durations (and per issue type). */
  calibrationMinIssues: number;
  risks: readonly ForecastRisk[];
  riskMapping: RiskImpactMapping;
  /** The last working day the finish is wanted by (YYYY-MM-DD), or null. */
  targetDate: string | null;
  /** The status date: a target before it is in the past. */
  asOf: string;
  /** How many risks to measure with and without (the largest probability x days x links first). */
  maxRiskRuns: number;
}

export { ITERATION_RANGE } from './forecast-plan';
/** Iterations of each run without one risk: on common random numbers the difference needs far fewer. */
export const RISK_ITERATIONS = 1000;

export interface ForecastIssue {
  key: string;
  /** Share of iterations in which the issue had no total slack, 0 to 1. */
  criticality: number;
  /** Correlation of its duration with the finish, -1 to 1. */
  cruciality: number;
  basis: DurationBasis;
}

export interface ForecastRiskEffect {
  key: string;
  category: string | null;
  probability: number;
  impactDays: number;
  issueKeys: string[];
  /** Share of iterations in which it struck. */
  struckShare: number;
  /** Working days P80 moves with the risk compared with the same draws without it; null when not measured. */
  daysAddedAtP80: number | null;
}

export interface Forecast {
  iterations: number;
  seed: number;
  /** Last working days as dates. */
  percentiles: { p10: string; p50: string; p80: string; p90: string };
  /** The 95% confidence range of the P80 date (order statistics at 0.8 N ± 1.96 sqrt(N 0.2 0.8)). */
  p80Range: { from: string; to: string };
  meanDate: string;
  /** Mean working days from the project start to the finish. */
  meanDays: number;
  cpmFinishDate: string;
  /** Share of iterations finishing by the CPM date. */
  cpmLikelihood: number;
  target: { date: string; probability: number } | null;
  /** Half width of the 95% confidence interval of any share shown, at its largest (p = 0.5). */
  samplingError: number;
  histogram: { from: string; to: string; count: number; cumulative: number }[];
  /** Each distinct last working day with the share finishing by it (finish-curve.ts): a stored forecast's target chances. */
  curve: { day: string; cumulative: number }[];
  issues: ForecastIssue[];
  risks: ForecastRiskEffect[];
  basis: {
    counts: Record<DurationBasis, number>;
    calibration: { issueCount: number; groups: { label: string; issues: number; meanRatio: number }[] };
    spread: DefaultSpread;
    risksSimulated: number;
  };
  findings: ForecastFinding[];
}

const round = (x: number, places = 3): number => (Number.isFinite(x) ? Math.round(x * 10 ** places) / 10 ** places : 0);

export function scheduleForecast(input: CriticalPathInput, options: ForecastOptions): Forecast {
  return forecastOfPlan(forecastPlan(input, options));
}

/** The Monte Carlo runs over a plan (forecast-plan.ts) and what they say: reads nothing but the plan. */
export function forecastOfPlan(plan: ForecastPlan): Forecast {
  const { network, sampler, strikes, iterations, calendar } = plan;
  const main = simulate(network, sampler, strikes, { iterations, seed: plan.seed, perNode: true });
  const dist = finishDistribution(main.finish);
  const p80 = dist.percentile(0.8);

  const measured = strikes
    .map((s, r) => ({ r, weight: s.probability * s.impactDays * s.nodes.length }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.max(0, plan.maxRiskRuns));
  // The with/without runs use the main run's first iterations: the same seed draws the same numbers in order.
  const riskIterations = Math.min(iterations, RISK_ITERATIONS);
  const p80With = finishDistribution(main.finish.subarray(0, riskIterations)).percentile(0.8);
  const added = new Map<number, number>();
  for (const { r } of measured) {
    const without = simulate(network, sampler, strikes, { iterations: riskIterations, seed: plan.seed, withoutRisk: r, perNode: false });
    added.set(r, p80With - finishDistribution(without.finish).percentile(0.8));
  }

  const spreadRank = 1.96 * Math.sqrt(iterations * 0.16);
  const counts = Object.fromEntries(BASES.map((b) => [b, 0])) as Record<DurationBasis, number>;
  const issues: ForecastIssue[] = [];
  for (let v = 0; v < plan.inScopeCount; v++) {
    const basis = BASES[sampler.basis[v] ?? 0] ?? 'fixed';
    counts[basis]++;
    if (basis === 'fixed') continue;
    issues.push({ key: plan.keys[v] ?? '', criticality: round((main.criticalCount[v] ?? 0) / iterations), cruciality: round(main.cruciality[v] ?? 0), basis });
  }
  const dateOf = (day: number): string => calendar.dateOf(day);
  return {
    iterations,
    seed: plan.seed,
    percentiles: { p10: dateOf(dist.percentile(0.1)), p50: dateOf(dist.percentile(0.5)), p80: dateOf(p80), p90: dateOf(dist.percentile(0.9)) },
    p80Range: { from: dateOf(dist.percentile(Math.max(0, (0.8 * iterations - spreadRank) / iterations))), to: dateOf(dist.percentile(Math.min(1, (0.8 * iterations + spreadRank) / iterations))) },
    meanDate: dateOf(lastDayOf(dist.mean)),
    meanDays: round(dist.mean, 2),
    cpmFinishDate: dateOf(lastDayOf(plan.projectFinish)),
    cpmLikelihood: round(dist.probabilityBy(lastDayOf(plan.projectFinish))),
    target: plan.target === null ? null : { date: plan.target.date, probability: round(dist.probabilityBy(plan.target.offset)) },
    samplingError: round(samplingError(iterations), 4),
    histogram: histogram(dist).map((b) => ({ from: dateOf(b.from), to: dateOf(b.to), count: b.count, cumulative: round(b.cumulative) })),
    curve: finishCurve(dist.days).map((s) => ({ day: dateOf(s.day), cumulative: round(s.cumulative, 4) })),
    issues,
    risks: strikes.map((s, r) => ({
      key: s.key,
      category: s.category,
      probability: round(s.probability),
      impactDays: round(s.impactDays, 2),
      issueKeys: [...s.nodes].map((v) => plan.keys[v] ?? ''),
      struckShare: round((main.struck[r] ?? 0) / iterations),
      daysAddedAtP80: added.has(r) ? round(added.get(r) ?? 0, 2) : null,
    })),
    basis: { counts, calibration: plan.calibration, spread: plan.spread, risksSimulated: strikes.length },
    findings: mergedFindings(plan.findings),
  };
}
