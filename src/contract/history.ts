/**
 * Result types of `history/get`, `history/track` and `history/untrack`: daily snapshots taken by the scheduled
 * trigger for every tracked project (DESIGN.md section 1, earned value "History" and the risk register's trend).
 */
import type { HeatMap } from '../domain/risk/heat-map';
import type { RiskScale } from '../domain/risk/risk-record';
import type { EvmFigures } from './earned-value';

/** The EVM figures of one day, as `evm/get` computed them against the current plan (baseline `current`). */
export interface EvmSnapshot {
  asOf: string;
  currency: string;
  figures: EvmFigures;
  earnedSchedule: { es: number; at: number; spit: number | null; forecastFinish: string | null };
  findingCount: number;
}

/** The risk register's exposure on one day: open risks only, scores as the register computes them. */
export interface RiskSnapshot {
  asOf: string;
  scale: RiskScale;
  openRisks: number;
  /** Sum of the open risks' inherent and residual scores (1-25 each, or money on the percent-and-money scale). */
  exposure: { inherent: number; residual: number };
  heatMap: { inherent: HeatMap; residual: HeatMap };
  derivedRisks: number;
}

/** One project's snapshot of one day (UTC); a part that could not be computed is null, with the reason. */
export interface HistorySnapshot {
  date: string;
  /** When the snapshot was last written (a second run the same day overwrites it). */
  takenAt: string;
  evm: EvmSnapshot | null;
  evmProblem: string | null;
  risks: RiskSnapshot | null;
  risksProblem: string | null;
}

export interface HistoryTracking {
  projectKey: string;
  /** Whether the daily trigger snapshots the project. */
  tracked: boolean;
}

export interface HistoryResult extends HistoryTracking {
  /** Oldest first. */
  snapshots: HistorySnapshot[];
  /** More snapshots matched than one answer carries: ask again with a later `from`. */
  truncated: boolean;
}
