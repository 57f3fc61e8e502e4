/**
 * The Risks tab's trend, from the daily snapshots of `history/get`: total open-risk exposure per day and the
 * count of one heat-map cell per day. Days whose risk part failed are left out (the reason is in
 * `risksProblem`), so a line never drops to zero for a day Keel could not read. O(snapshots).
 */
import type { HistorySnapshot, RiskSnapshot } from '@contract';
import type { HeatCell } from './risk-filter';

export interface ExposurePoint {
  date: string;
  inherent: number;
  /** Null when no open risk had residual ratings that day: a sum of nothing is not an exposure of 0. */
  residual: number | null;
}

export interface CountPoint {
  date: string;
  count: number;
}

type DayOfRisks = { date: string; risks: RiskSnapshot };

const withRisks = (snapshots: readonly HistorySnapshot[]): DayOfRisks[] =>
  snapshots.flatMap((s) => (s.risks ? [{ date: s.date, risks: s.risks }] : []));

/** On the 1-5 scale the residual heat map places every open risk with residual ratings; none placed means none rated. */
const residualRated = (risks: RiskSnapshot): boolean =>
  risks.scale !== 'oneToFive' || risks.openRisks === 0 || risks.exposure.residual > 0 || risks.heatMap.residual.unplaced < risks.openRisks;

/**
 * Exposure per day, oldest first.
 * @example exposureSeries([{ date: '2026-11-15', risks: { exposure: { inherent: 40, residual: 22 }, ... } }, ...])
 *   // [{ date: '2026-11-15', inherent: 40, residual: 22 }, ...]; residual null on a day without residual ratings
 */
export function exposureSeries(snapshots: readonly HistorySnapshot[]): ExposurePoint[] {
  return withRisks(snapshots).map(({ date, risks }) => ({
    date,
    inherent: risks.exposure.inherent,
    residual: residualRated(risks) ? risks.exposure.residual : null,
  }));
}

/** Open risks in one cell per day, e.g. inherent probability 4, impact 5: `[{ date: '2026-11-15', count: 2 }, ...]`. */
export function cellSeries(snapshots: readonly HistorySnapshot[], cell: HeatCell): CountPoint[] {
  return withRisks(snapshots).map(({ date, risks }) => ({
    date,
    count: risks.heatMap[cell.which].cells[cell.probability - 1]?.[cell.impact - 1] ?? 0,
  }));
}

/**
 * The cells of the high and extreme bands (score 10 or more) that held a risk on any day, highest score first:
 * the small multiples shown when no cell is selected.
 */
export function busyHighCells(snapshots: readonly HistorySnapshot[], which: HeatCell['which']): HeatCell[] {
  const days = withRisks(snapshots);
  const cells: HeatCell[] = [];
  for (let probability = 5; probability >= 1; probability -= 1) {
    for (let impact = 5; impact >= 1; impact -= 1) {
      if (probability * impact < 10) continue;
      const busy = days.some(({ risks }) => (risks.heatMap[which].cells[probability - 1]?.[impact - 1] ?? 0) > 0);
      if (busy) cells.push({ which, probability, impact });
    }
  }
  return cells.sort((a, b) => b.probability * b.impact - a.probability * a.impact || b.probability - a.probability);
}

/** Whole days between two ISO dates, for spacing points by date rather than by index (a missed day leaves a gap). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
