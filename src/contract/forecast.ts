/** Result type of `forecast/get` and `keel analyze`'s `forecast` section (DESIGN.md section 1, "Forecast"; issue #15). */
import * as z from 'zod/mini';
import { BASES } from '../domain/forecast/duration-uncertainty';
import type { ForecastFindingKind } from '../domain/forecast/forecast-finding';
import { projectRef } from './report-scope';

const FORECAST_FINDING_KINDS = [
  'three-point-order',
  'three-point-mode',
  'three-point-incomplete',
  'calibration-too-few',
  'calibration-outliers',
  'risk-probability-range',
  'risk-probability-missing',
  'risk-impact-unit',
  'risk-no-open-work',
  'target-in-past',
  'target-invalid',
  'iterations-capped',
] as const satisfies readonly ForecastFindingKind[];

const share = z.number().check(z.gte(0), z.lte(1));
const date = z.string();
const durationBasis = z.enum(BASES);

export const forecastIssue = z.object({
  key: z.string(),
  summary: z.string(),
  /** Share of iterations in which the issue was critical. */
  criticality: share,
  /** Correlation of its duration with the finish. */
  cruciality: z.number().check(z.gte(-1), z.lte(1)),
  basis: durationBasis,
});
export type ForecastIssue = z.infer<typeof forecastIssue>;

export const forecastRiskEffect = z.object({
  key: z.string(),
  summary: z.string(),
  category: z.nullable(z.string()),
  probability: share,
  impactDays: z.number(),
  issueKeys: z.array(z.string()),
  struckShare: share,
  /** Working days P80 moves with the risk against the same draws without it; null when not measured. */
  daysAddedAtP80: z.nullable(z.number()),
});
export type ForecastRiskEffect = z.infer<typeof forecastRiskEffect>;

export const forecastFinding = z.object({
  kind: z.enum(FORECAST_FINDING_KINDS),
  title: z.string(),
  advice: z.string(),
  issueKeys: z.array(z.string()),
});
export type ForecastFindingView = z.infer<typeof forecastFinding>;

export const forecastResult = z.object({
  project: projectRef,
  scopeJql: z.string(),
  asOf: date,
  projectStart: date,
  iterations: z.number(),
  seed: z.number(),
  percentiles: z.object({ p10: date, p50: date, p80: date, p90: date }),
  p80Range: z.object({ from: date, to: date }),
  meanDate: date,
  meanDays: z.number(),
  cpmFinishDate: date,
  cpmLikelihood: share,
  /** The target asked for (payload, else the settings), with the chance of finishing by it; null when none or unusable. */
  target: z.nullable(z.object({ date, probability: share, source: z.enum(['asked', 'settings']) })),
  /** Half the width of the 95% confidence interval of a share shown, at its largest. */
  samplingError: share,
  histogram: z.array(z.object({ from: date, to: date, count: z.number(), cumulative: share })),
  /** Open activities, most critical first; at most `issueLimit`. */
  issues: z.array(forecastIssue),
  issueCount: z.number(),
  risks: z.array(forecastRiskEffect),
  basis: z.object({
    counts: z.object({ fixed: z.number(), threePoint: z.number(), calibrated: z.number(), defaultSpread: z.number() }),
    calibration: z.object({ issueCount: z.number(), groups: z.array(z.object({ label: z.string(), issues: z.number(), meanRatio: z.number() })) }),
    spread: z.object({ optimistic: z.number(), pessimistic: z.number() }),
    risksSimulated: z.number(),
    threePointMapped: z.boolean(),
  }),
  findings: z.array(forecastFinding),
});
export type ForecastResult = z.infer<typeof forecastResult>;

/** At most this many issues in an answer (about 100 bytes each): the answer stays far below 1 MB. */
export const FORECAST_ISSUE_LIMIT = 2000;
