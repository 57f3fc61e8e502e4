/**
 * The band of a probability x impact score on the 5x5 grid, as PMI-style heat maps colour it:
 * 1-4 low, 5-9 medium, 10-16 high, 20-25 extreme.
 * @example scoreBand(3, 4) // 'high' (12)
 */
export type ScoreBand = 'low' | 'medium' | 'high' | 'extreme';

export const BAND_LABEL: Record<ScoreBand, string> = { low: 'Low (1-4)', medium: 'Medium (5-9)', high: 'High (10-16)', extreme: 'Extreme (20-25)' };

export function scoreBand(probability: number, impact: number): ScoreBand {
  const score = probability * impact;
  return score >= 20 ? 'extreme' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}
