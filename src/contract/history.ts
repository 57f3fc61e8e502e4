/**
 * Result types of `history/get`, `history/track` and `history/untrack`: daily snapshots taken by the scheduled
 * trigger for every tracked project (DESIGN.md section 1, earned value "History" and the risk register's trend).
 * The snapshot store reads what it stored with these same schemas.
 */
import * as z from 'zod/mini';
import { evmFigures } from './earned-value';
import { heatMap, riskScale } from './risks';

/** The EVM figures of one day, as `evm/get` computed them against the current plan (baseline `current`). */
export const evmSnapshot = z.object({
  asOf: z.string(),
  currency: z.string(),
  figures: evmFigures,
  earnedSchedule: z.object({ es: z.number(), at: z.number(), spit: z.nullable(z.number()), forecastFinish: z.nullable(z.string()) }),
  findingCount: z.number(),
});
export type EvmSnapshot = z.infer<typeof evmSnapshot>;

/** The risk register's exposure on one day: open risks only, scores as the register computes them. */
export const riskSnapshot = z.object({
  asOf: z.string(),
  scale: riskScale,
  openRisks: z.number(),
  /** Sum of the open risks' inherent and residual scores (1-25 each, or money on the percent-and-money scale). */
  exposure: z.object({ inherent: z.number(), residual: z.number() }),
  heatMap: z.object({ inherent: heatMap, residual: heatMap }),
  derivedRisks: z.number(),
});
export type RiskSnapshot = z.infer<typeof riskSnapshot>;

/** One project's snapshot of one day (UTC); a part that could not be computed is null, with the reason. */
export const historySnapshot = z.object({
  date: z.string(),
  /** When the snapshot was last written (a second run the same day overwrites it). */
  takenAt: z.string(),
  evm: z.nullable(evmSnapshot),
  evmProblem: z.nullable(z.string()),
  risks: z.nullable(riskSnapshot),
  risksProblem: z.nullable(z.string()),
});
export type HistorySnapshot = z.infer<typeof historySnapshot>;

export const historyTracking = z.object({
  projectKey: z.string(),
  /** Whether the daily trigger snapshots the project. */
  tracked: z.boolean(),
});
export type HistoryTracking = z.infer<typeof historyTracking>;

export const historyResult = z.object({
  ...historyTracking.shape,
  /** Oldest first. */
  snapshots: z.array(historySnapshot),
  /** More snapshots matched than one answer carries: ask again with a later `from`. */
  truncated: z.boolean(),
});
export type HistoryResult = z.infer<typeof historyResult>;
