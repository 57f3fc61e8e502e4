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
  /** Above the background threshold: the stored forecast it came from (get-stored-forecast.ts). */
  stored: z.optional(
    z.object({
      computedAt: z.string(),
      /** A newer analysis (and forecast after it) is on its way. */
      refreshing: z.boolean(),
      /** Issues of the stored forecast cut from this answer because the viewer may not browse them. */
      hiddenIssues: z.number(),
    }),
  ),
});
export type ForecastResult = z.infer<typeof forecastResult>;

/** A forecast the consumer stored: the answer over every issue, with the finish curve a later target is read from. */
export const storedForecast = z.object({
  ...forecastResult.shape,
  /** Each distinct last working day and the share finishing by it (domain/forecast/finish-curve.ts). */
  curve: z.array(z.object({ day: date, cumulative: share })),
});
export type StoredForecast = z.infer<typeof storedForecast>;

/**
 * A large project's forecast that is not there yet: `analysis` while the consumer reads and schedules the scope
 * (`partsRead` invocations of reading done so far), `queued` once the analysis is stored and its forecast waits
 * on the queue, `simulating` since `since` (`iterations` over `issueCount` issues), or `unavailable` with the reason.
 */
export const forecastProgress = z.object({
  state: z.enum(['computing', 'unavailable']),
  stage: z.enum(['analysis', 'queued', 'simulating']),
  issueCount: z.number(),
  since: z.string(),
  partsRead: z.number(),
  iterations: z.number(),
  reason: z.nullable(z.string()),
});
export type ForecastProgress = z.infer<typeof forecastProgress>;

export const forecastPending = z.object({ project: projectRef, scopeJql: z.string(), asOf: date, pending: forecastProgress });
export type ForecastPending = z.infer<typeof forecastPending>;

/** `forecast/get`: the forecast, or (a large project) how far its background computation has got. */
export const forecastAnswer = z.union([forecastResult, forecastPending]);
export type ForecastAnswer = z.infer<typeof forecastAnswer>;

/** One issue's criticality, as the schedule table, the map and the issue panel show it. */
export const issueCriticality = z.object({ key: z.string(), criticality: share, cruciality: z.number().check(z.gte(-1), z.lte(1)) });
export type IssueCriticality = z.infer<typeof issueCriticality>;

/**
 * `forecast/criticality`: the criticality of the issues asked for (else of every open issue of a project at most
 * the background threshold, or the most critical `FORECAST_ISSUE_LIMIT` of a larger one) and each measured
 * risk's days at P80, for the Dependencies tab, the issue panel and the risk register. Null figures while a
 * large project's forecast is computed (`pending`).
 */
export const forecastCriticality = z.object({
  iterations: z.number(),
  samplingError: share,
  computedAt: z.nullable(z.string()),
  issues: z.array(issueCriticality),
  risks: z.array(z.object({ key: z.string(), daysAddedAtP80: z.nullable(z.number()), struckShare: share })),
  pending: z.nullable(forecastProgress),
});
export type ForecastCriticality = z.infer<typeof forecastCriticality>;

/** `forecast/issue`: the issue panel's issue, its criticality index and cruciality; null when it is not open work. */
export const issueForecast = z.object({
  issueKey: z.string(),
  iterations: z.number(),
  samplingError: share,
  criticality: z.nullable(issueCriticality),
  computedAt: z.nullable(z.string()),
  pending: z.nullable(forecastProgress),
});
export type IssueForecast = z.infer<typeof issueForecast>;

/** The "Keel forecast" macro: the headline and the cumulative curve of a project's forecast (no issue lists). */
export const macroForecastResult = z.object({
  /** Its `issues` and `risks` are empty: the macro shows neither. */
  forecast: z.nullable(forecastResult),
  pending: z.nullable(forecastProgress),
});
export type MacroForecastResult = z.infer<typeof macroForecastResult>;

/** At most this many issues in an answer (about 100 bytes each): the answer stays far below 1 MB. */
export const FORECAST_ISSUE_LIMIT = 2000;
