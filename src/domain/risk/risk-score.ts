/**
 * Risk scores (DESIGN.md section 1, "Risk register"): score = probability x impact on 1-5 scales (1-25);
 * exposure = probability (percent) / 100 x impact (money); FMEA RPN = severity x occurrence x detection,
 * each 1-10 (IEC 60812). A rating outside its scale, or missing, gives null: no score beats a wrong one.
 */
import type { RiskScale } from './risk-record';

const isRating = (value: number | null, max: number): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= max;

/**
 * Probability x impact on 1-5 scales.
 * @example riskScore(3, 4) // 12
 * @example riskScore(6, 4) // null: 6 is off the scale
 */
export function riskScore(probability: number | null, impact: number | null): number | null {
  return isRating(probability, 5) && isRating(impact, 5) ? probability * impact : null;
}

/**
 * Expected loss: percent / 100 x money, to the cent.
 * @example riskExposure(25, 40000) // 10000
 * @example riskExposure(120, 40000) // null: a probability above 100%
 */
export function riskExposure(percent: number | null, money: number | null): number | null {
  if (percent === null || money === null || percent < 0 || percent > 100 || money < 0) return null;
  return Math.round(percent * money) / 100;
}

/**
 * FMEA risk priority number.
 * @example riskPriorityNumber(8, 3, 5) // 120
 * @example riskPriorityNumber(8, 0, 5) // null: ratings start at 1
 */
export function riskPriorityNumber(severity: number | null, occurrence: number | null, detection: number | null): number | null {
  return isRating(severity, 10) && isRating(occurrence, 10) && isRating(detection, 10) ? severity * occurrence * detection : null;
}

/** The score on the site's scale: `riskScore` for 1-5 ratings, `riskExposure` for percent and money. */
export function scoreOnScale(scale: RiskScale, probability: number | null, impact: number | null): number | null {
  return scale === 'oneToFive' ? riskScore(probability, impact) : riskExposure(probability, impact);
}

/** Sentences for ratings off their scale, e.g. "Probability 7 is not a whole number from 1 to 5." */
export function ratingProblems(scale: RiskScale, ratings: { name: string; value: number | null; kind: 'probability' | 'impact' | 'fmea' }[]): string[] {
  return ratings.flatMap(({ name, value, kind }) => {
    if (value === null) return [];
    // Shown before the type guards below narrow `value` away.
    const shown = String(value);
    if (kind === 'fmea') return isRating(value, 10) ? [] : [`${name} ${shown} is not a whole number from 1 to 10.`];
    if (scale === 'oneToFive') return isRating(value, 5) ? [] : [`${name} ${shown} is not a whole number from 1 to 5.`];
    if (kind === 'probability') return value >= 0 && value <= 100 ? [] : [`${name} ${value} is not a percent (0-100).`];
    return value >= 0 ? [] : [`${name} ${value} is a negative amount.`];
  });
}
