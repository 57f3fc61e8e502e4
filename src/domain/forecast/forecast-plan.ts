/**
 * What the forecast's Monte Carlo runs read, prepared once (schedule-forecast.ts): the CPM network of one schedule
 * run (critical-path.ts, scheduleRun), each open activity's duration distribution (duration-uncertainty.ts), the
 * register's risks as events (risk-strikes.ts), the iterations, the target's offset and the findings so far. The
 * forecast is a function of this plan alone, so two plans with the same content give the same forecast, whatever
 * else of the issues differed (a summary, an assignee, a parent's own estimate): forecast-plan-fingerprint.ts.
 * O(V + E + risk links).
 */
import { scheduleRun, type CriticalPathInput } from '../schedule/critical-path';
import { itemDuration } from '../schedule/item-duration';
import type { ScheduleNetwork } from '../schedule/schedule-network';
import type { WorkingCalendar } from '../schedule/working-calendar';
import { durationUncertainty, type DefaultSpread, type DurationSampler } from './duration-uncertainty';
import { estimateRatios } from './estimate-ratios';
import type { ForecastFinding } from './forecast-finding';
import { riskStrikes, type RiskStrike } from './risk-strikes';
import type { ForecastOptions } from './schedule-forecast';

export const ITERATION_RANGE = { min: 100, max: 100_000 } as const;

export interface ForecastPlan {
  network: ScheduleNetwork;
  /** The network's node keys; the first `inScopeCount` are the scope's own. */
  keys: readonly string[];
  inScopeCount: number;
  /** The CPM finish (working-day offset, exclusive). */
  projectFinish: number;
  /** Dates the offsets (only `dateOf` is read after planning). */
  calendar: WorkingCalendar;
  /** Within ITERATION_RANGE. */
  iterations: number;
  seed: number;
  spread: DefaultSpread;
  maxRiskRuns: number;
  sampler: DurationSampler;
  strikes: RiskStrike[];
  calibration: { issueCount: number; groups: { label: string; issues: number; meanRatio: number }[] };
  /** The target date and its offset; null when none or unusable (a finding says why). */
  target: { date: string; offset: number } | null;
  /** In the order they were found; merged when the forecast is made. */
  findings: ForecastFinding[];
}

const round = (x: number, places = 3): number => (Number.isFinite(x) ? Math.round(x * 10 ** places) / 10 ** places : 0);

function targetOf(options: ForecastOptions, offsetOf: (date: string) => number, findings: ForecastFinding[]): number | null {
  const date = options.targetDate;
  if (date === null) return null;
  let offset: number;
  try {
    offset = offsetOf(date);
  } catch (error) {
    findings.push({ kind: 'target-invalid', title: `The target "${date}" is not a calendar date`, advice: `No target is shown (${String(error)}). Write the date as YYYY-MM-DD.`, issueKeys: [] });
    return null;
  }
  if (date < options.asOf) {
    findings.push({
      kind: 'target-in-past',
      title: `The target ${date} is before the status date ${options.asOf}`,
      advice: 'Open work cannot finish in the past, so no chance is given for it; the percentiles stand. Choose a later target.',
      issueKeys: [],
    });
    return null;
  }
  return offset;
}

export function forecastPlan(input: CriticalPathInput, options: ForecastOptions): ForecastPlan {
  const findings: ForecastFinding[] = [];
  const run = scheduleRun(input);
  const { graph, network } = run;
  const { calendar } = input;
  const iterations = Math.min(ITERATION_RANGE.max, Math.max(ITERATION_RANGE.min, Math.floor(options.iterations) || ITERATION_RANGE.min));
  if (iterations !== options.iterations) {
    findings.push({ kind: 'iterations-capped', title: `${options.iterations} iterations asked for: ran ${iterations}`, advice: `Keel runs ${ITERATION_RANGE.min} to ${ITERATION_RANGE.max} iterations.`, issueKeys: [] });
  }
  const items = new Map(run.breakdown.activities.map((i) => [i.key, i]));
  const durationOf = (item: (typeof run.breakdown.activities)[number]) => itemDuration(item, input.duration, calendar);
  const ratios = estimateRatios(run.breakdown.activities, { hoursPerDay: calendar.hoursPerDay, durationOf, minIssues: options.calibrationMinIssues });
  findings.push(...ratios.findings);
  const sampler = durationUncertainty(
    {
      keys: graph.keys,
      inScopeCount: graph.inScopeCount,
      duration: network.duration,
      fixedStart: network.fixedStart,
      itemOf: (key) => items.get(key),
      wholeDuration: durationOf,
      underWay: (key) => input.remaining?.has(key) === true,
      ratios,
      spread: options.spread,
    },
    findings,
  );
  const open = (key: string): number | undefined => {
    const v = graph.indexOf.get(key);
    return v !== undefined && v < graph.inScopeCount && Number.isNaN(network.fixedStart[v] ?? NaN) ? v : undefined;
  };
  const strikes = riskStrikes(options.risks, options.riskMapping, open, findings);
  const target = targetOf(options, calendar.offsetOf, findings);
  return {
    network,
    keys: graph.keys,
    inScopeCount: graph.inScopeCount,
    projectFinish: run.projectFinish,
    calendar,
    iterations,
    seed: options.seed,
    spread: options.spread,
    maxRiskRuns: options.maxRiskRuns,
    sampler,
    strikes,
    calibration: { issueCount: ratios.issueCount, groups: ratios.groups.map((g) => ({ label: g.label, issues: g.ratios.length, meanRatio: round(g.mean) })) },
    target: target === null || options.targetDate === null ? null : { date: options.targetDate, offset: target },
    findings,
  };
}
