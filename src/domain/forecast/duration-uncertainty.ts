/**
 * Each node's duration distribution for the forecast (DESIGN.md section 1, "Forecast"), first that applies:
 * finished work, outside work and committed dates are fixed; a usable three-point estimate is a triangular
 * distribution; else the estimate times a ratio resampled from the scope's done issues (estimate-ratios.ts);
 * else a triangle from the default spread (optimistic and pessimistic as multiples of the estimate, the estimate
 * most likely). Work under way scales its distribution to the share of the work left. O(V), typed arrays.
 */
import type { WorkItem } from '../work-item';
import type { EstimateRatios } from './estimate-ratios';
import type { ForecastFinding } from './forecast-finding';
import { threePoint } from './three-point';
import { triangularQuantile } from './triangular';

export const BASES = ['fixed', 'threePoint', 'calibrated', 'defaultSpread'] as const;
export type DurationBasis = (typeof BASES)[number];

/** Optimistic and pessimistic durations as multiples of the estimate; 1 and 1 is no spread. */
export interface DefaultSpread {
  optimistic: number;
  pessimistic: number;
}

export interface DurationSampler {
  /** Triangular distribution per node (pool -1). */
  low: Float64Array;
  mode: Float64Array;
  high: Float64Array;
  /** Resampled nodes: the duration the ratio multiplies, and the pool's index (-1: triangular). */
  base: Float64Array;
  pool: Int32Array;
  pools: readonly Float64Array[];
  /** Index into BASES. */
  basis: Uint8Array;
}

export interface UncertaintyInput {
  keys: readonly string[];
  inScopeCount: number;
  /** The schedule's durations (remaining work for work under way) and fixed starts (NaN when not fixed). */
  duration: Float64Array;
  fixedStart: Float64Array;
  itemOf: (key: string) => WorkItem | undefined;
  /** The whole estimate in working days, to scale a three-point estimate of work under way to the work left. */
  wholeDuration: (item: WorkItem) => number | null;
  underWay: (key: string) => boolean;
  ratios: EstimateRatios;
  spread: DefaultSpread;
}

export function durationUncertainty(input: UncertaintyInput, findings: ForecastFinding[]): DurationSampler {
  const n = input.keys.length;
  const s: DurationSampler = {
    low: new Float64Array(n),
    mode: new Float64Array(n),
    high: new Float64Array(n),
    base: new Float64Array(n),
    pool: new Int32Array(n).fill(-1),
    pools: input.ratios.groups.map((g) => g.ratios),
    basis: new Uint8Array(n),
  };
  const set = (v: number, low: number, mode: number, high: number, basis: DurationBasis): void => {
    s.low[v] = low;
    s.mode[v] = mode;
    s.high[v] = high;
    s.basis[v] = BASES.indexOf(basis);
  };
  for (let v = 0; v < n; v++) {
    const d = input.duration[v] ?? 0;
    const key = input.keys[v] ?? '';
    const item = v < input.inScopeCount && Number.isNaN(input.fixedStart[v] ?? NaN) ? input.itemOf(key) : undefined;
    if (!item) {
      set(v, d, d, d, 'fixed');
      continue;
    }
    const triangle = threePoint(key, item.threePoint, findings);
    if (triangle) {
      const whole = input.underWay(key) ? input.wholeDuration(item) : null;
      const share = whole !== null && whole > 0 ? Math.min(1, d / whole) : 1;
      set(v, triangle.low * share, triangle.mode * share, triangle.high * share, 'threePoint');
      continue;
    }
    const group = input.ratios.groupOf(item);
    if (group >= 0) {
      set(v, d, d, d, 'calibrated');
      s.base[v] = d;
      s.pool[v] = group;
      continue;
    }
    set(v, d * input.spread.optimistic, d, d * input.spread.pessimistic, 'defaultSpread');
  }
  return s;
}

/** Node v's duration at cumulative probability u. */
export function sampledDuration(s: DurationSampler, v: number, u: number): number {
  const pool = s.pool[v] ?? -1;
  if (pool < 0) return triangularQuantile(s.low[v] ?? 0, s.mode[v] ?? 0, s.high[v] ?? 0, u);
  const ratios = s.pools[pool];
  if (!ratios || ratios.length === 0) return s.base[v] ?? 0;
  return (s.base[v] ?? 0) * (ratios[Math.min(ratios.length - 1, Math.floor(u * ratios.length))] ?? 1);
}
