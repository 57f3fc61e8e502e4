/**
 * The 5x5 heat map: how many open risks sit in each probability x impact cell, inherent and residual.
 * `cells[p - 1][i - 1]` counts risks rated probability p and impact i; a risk without two ratings on 1-5
 * (or closed) is not placed. O(risks).
 */
import type { ScoredRisk } from './risk-record';

export interface HeatMap {
  /** Rows: probability 1..5; columns: impact 1..5. */
  cells: number[][];
  /** Open risks that could not be placed (a rating missing or off the 1-5 scale). */
  unplaced: number;
}

const onScale = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 1 && v <= 5;

export function heatMap(risks: readonly ScoredRisk[], which: 'inherent' | 'residual'): HeatMap {
  const cells = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let unplaced = 0;
  for (const risk of risks) {
    if (risk.statusCategory === 'done') continue;
    const p = which === 'inherent' ? risk.probability : risk.residualProbability;
    const i = which === 'inherent' ? risk.impact : risk.residualImpact;
    const row = onScale(p) ? cells[p - 1] : undefined;
    if (row && onScale(i)) row[i - 1] = (row[i - 1] ?? 0) + 1;
    else unplaced += 1;
  }
  return { cells, unplaced };
}
