/**
 * Early and late starts ignoring resources, on the distances of compiled-problem.ts: the CPM forward and
 * backward passes (forward-pass.ts, backward-pass.ts) in whole periods. ES(j) = max(floor, S(i) + delta) over
 * links; LS(i) = min(finish - d(i), LS(j) - delta) over links to work that is not fixed; fixed work stays put.
 * The finish is the critical-path lower bound of any levelled schedule. O(V + E).
 */
import type { CompiledProblem } from './compiled-problem';

export interface UnconstrainedTimes {
  earlyStart: Int32Array;
  lateStart: Int32Array;
  finish: number;
}

export function unconstrainedTimes(p: CompiledProblem): UnconstrainedTimes {
  const { n, order, duration, fixed, fixedStart, floor, predStart, predNode, predDelta, succStart, succNode, succDelta } = p;
  const earlyStart = new Int32Array(n);
  let finish = 0;
  for (const v of order) {
    let es = fixed[v] === 1 ? (fixedStart[v] ?? 0) : (floor[v] ?? 0);
    if (fixed[v] !== 1) {
      for (let q = predStart[v] ?? 0; q < (predStart[v + 1] ?? 0); q++) {
        es = Math.max(es, (earlyStart[predNode[q] ?? 0] ?? 0) + (predDelta[q] ?? 0));
      }
    }
    earlyStart[v] = es;
    finish = Math.max(finish, es + (duration[v] ?? 0));
  }
  const lateStart = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k] ?? 0;
    if (fixed[v] === 1) {
      lateStart[v] = fixedStart[v] ?? 0;
      continue;
    }
    let ls = finish - (duration[v] ?? 0);
    for (let q = succStart[v] ?? 0; q < (succStart[v + 1] ?? 0); q++) {
      const w = succNode[q] ?? 0;
      if (fixed[w] !== 1) ls = Math.min(ls, (lateStart[w] ?? 0) - (succDelta[q] ?? 0));
    }
    lateStart[v] = ls;
  }
  return { earlyStart, lateStart, finish };
}

/**
 * The resource lower bound (Stinson et al., 1978, "LB1" in Kolisch and Hartmann): no schedule is shorter than
 * a resource's total work over its capacity. Exact only without profiles and fixed work, so it is used to stop
 * a search early, never to judge a schedule. Example: 10 periods x 2 units on a capacity of 4 -> 5.
 */
export function resourceLowerBound(p: CompiledProblem): number {
  const work = new Float64Array(p.capacity.length);
  for (let v = 0; v < p.n; v++) {
    for (let q = p.demStart[v] ?? 0; q < (p.demStart[v + 1] ?? 0); q++) {
      const r = p.demResource[q] ?? 0;
      work[r] = (work[r] ?? 0) + (p.duration[v] ?? 0) * (p.demUnits[q] ?? 0);
    }
  }
  let bound = 0;
  work.forEach((w, r) => {
    const cap = p.capacity[r] ?? 0;
    if (cap > 0 && p.profiles[r] === undefined) bound = Math.max(bound, Math.ceil(w / cap));
  });
  return bound;
}
