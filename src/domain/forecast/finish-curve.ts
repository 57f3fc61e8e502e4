/**
 * The finish curve of a simulation: for each distinct last working day, the share of iterations finishing on or
 * before it (the empirical CDF, stepwise). A stored forecast keeps it so a date typed in later is answered
 * without running again: the chance of finishing by a date is the last step on or before it, 0 before the first.
 * Example: days [3, 3, 5, 9] give steps (3, 0.5), (5, 0.75), (9, 1); by day 4: 0.5; by day 2: 0. O(N).
 */

export interface CurveStep<D> {
  day: D;
  cumulative: number;
}

/** Steps of sorted last working days (offsets). */
export function finishCurve(sortedDays: ArrayLike<number>): CurveStep<number>[] {
  const n = sortedDays.length;
  const steps: CurveStep<number>[] = [];
  for (let k = 0; k < n; k++) {
    const day = sortedDays[k] ?? 0;
    if (k + 1 < n && sortedDays[k + 1] === day) continue;
    steps.push({ day, cumulative: (k + 1) / n });
  }
  return steps;
}

/** The share finishing on or before `day` (days compare as numbers or ISO dates); 0 before the first step. */
export function chanceBy<D extends number | string>(steps: readonly CurveStep<D>[], day: D): number {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((steps[mid]?.day ?? day) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (steps[lo - 1]?.cumulative ?? 0);
}
