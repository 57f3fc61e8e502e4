/**
 * The finish date distribution of a simulation: percentiles by nearest rank (Hyndman and Fan, "Sample
 * quantiles in statistical packages", The American Statistician 50(4), 1996, definition 1), the mean, the share
 * of iterations finishing by a day, and the sampling error of such a share at 95% confidence,
 * 1.96 sqrt(p (1 - p) / N) (normal approximation to the binomial), largest at p = 0.5.
 * Example: 2,000 iterations: at most ±2.2 percentage points; 4,300 (the default): ±1.5; 10,000: ±1.0. O(N log N) to sort.
 */

/** The last working day (offset) of a finish offset, which is exclusive: 10 -> 9, 9.5 -> 9, 0 -> 0. */
export function lastDayOf(finish: number): number {
  return Math.max(0, Math.ceil(finish - 1e-9) - 1);
}

export interface FinishDistribution {
  /** Last working days (offsets), sorted. */
  days: Float64Array;
  mean: number;
  /** The last working day by which a share p of the iterations finish (nearest rank). */
  percentile: (p: number) => number;
  /** The share of iterations whose last working day is on or before `day`. */
  probabilityBy: (day: number) => number;
}

export function finishDistribution(finish: Float64Array): FinishDistribution {
  const days = Float64Array.from(finish, lastDayOf).sort();
  const n = days.length;
  let sum = 0;
  for (const f of finish) sum += f;
  const percentile = (p: number): number => days[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))] ?? 0;
  const probabilityBy = (day: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((days[mid] ?? 0) <= day) lo = mid + 1;
      else hi = mid;
    }
    return n === 0 ? 0 : lo / n;
  };
  return { days, mean: n === 0 ? 0 : sum / n, percentile, probabilityBy };
}

/** Half the width of the 95% confidence interval of a share p estimated from n iterations (p = 0.5: the largest). */
export function samplingError(n: number, p = 0.5): number {
  return n > 0 ? 1.96 * Math.sqrt((p * (1 - p)) / n) : 1;
}

export interface HistogramBin {
  /** First and last working day (offsets) of the bin, both included. */
  from: number;
  to: number;
  count: number;
  /** Share of iterations finishing by the bin's last day. */
  cumulative: number;
}

/** Bins of whole working days, widened so there are at most `maxBins`. */
export function histogram(distribution: FinishDistribution, maxBins = 60): HistogramBin[] {
  const { days } = distribution;
  const n = days.length;
  if (n === 0) return [];
  const first = days[0] ?? 0;
  const last = days[n - 1] ?? 0;
  const width = Math.max(1, Math.ceil((last - first + 1) / maxBins));
  const bins: HistogramBin[] = [];
  let k = 0;
  for (let from = first; from <= last; from += width) {
    const to = from + width - 1;
    let count = 0;
    while (k < n && (days[k] ?? 0) <= to) {
      count++;
      k++;
    }
    bins.push({ from, to, count, cumulative: k / n });
  }
  return bins;
}
