/**
 * The CPM backward pass (PMBOK Guide 7th ed., "critical path method"): in reverse topological order,
 * LF(i) = min(project finish, FS: LS(j)-L, SS: LS(j)-L+d(i), FF: LF(j)-L, SF: LF(j)-L+d(i)) over successors
 * j, LS = LF - d. Free slack(i) = min(project finish - EF(i), the gap in each successor's constraint:
 * FS: ES(j)-EF(i)-L, SS: ES(j)-ES(i)-L, FF: EF(j)-EF(i)-L, SF: EF(j)-ES(i)-L). O(V + E).
 * A done successor (network.done) is left out of both: finished work cannot be delayed, so it neither limits
 * when its predecessors may finish nor gives them negative slack (PMI Practice Standard for Scheduling, float).
 * Where its actual dates break the constraint (a negative gap) the link is out-of-sequence progress, listed
 * with the days by which the successor's actual dates came too early.
 */
import type { ForwardPass } from './forward-pass';
import { FF, FS, SS, type ScheduleNetwork } from './schedule-network';

export interface BackwardPass {
  lateStart: Float64Array;
  lateFinish: Float64Array;
  freeSlack: Float64Array;
  /** Links into done successors whose actual dates break the constraint, with the days too early (> 0). */
  outOfSequence: { edge: number; days: number }[];
}

const EPSILON = 1e-9;

/** `into`: arrays of the nodes' length to write into instead of new ones; its outOfSequence is emptied. */
export function backwardPass(network: ScheduleNetwork, early: ForwardPass, projectFinish: number, into?: BackwardPass): BackwardPass {
  const { graph, removed, duration, order, done } = network;
  const { edgeTo, edgeKind, edgeLag, outStart, outEdge } = graph;
  // Locals, not the imported bindings: a module bundler may turn each read of those into a getter call.
  const [fs, ss, ff] = [FS, SS, FF];
  const { earlyStart, earlyFinish } = early;
  const n = order.length;
  const lateStart = into?.lateStart ?? new Float64Array(n);
  const lateFinish = into?.lateFinish ?? new Float64Array(n);
  const freeSlack = into?.freeSlack ?? new Float64Array(n);
  const outOfSequence: BackwardPass['outOfSequence'] = into?.outOfSequence ?? [];
  outOfSequence.length = 0;
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    const d = duration[i] ?? 0;
    const es = earlyStart[i] ?? 0;
    const ef = earlyFinish[i] ?? 0;
    let lf = projectFinish;
    let free = projectFinish - ef;
    for (let p = outStart[i] ?? 0; p < (outStart[i + 1] ?? 0); p++) {
      const e = outEdge[p] ?? 0;
      if (removed[e] === 1) continue;
      const j = edgeTo[e] ?? 0;
      const kind = edgeKind[e] ?? fs;
      const lag = edgeLag[e] ?? 0;
      const onStart = kind === fs || kind === ss;
      const fromFinish = kind === fs || kind === ff;
      const late = (onStart ? (lateStart[j] ?? 0) : (lateFinish[j] ?? 0)) - lag + (fromFinish ? 0 : d);
      const gap = (onStart ? (earlyStart[j] ?? 0) : (earlyFinish[j] ?? 0)) - (fromFinish ? ef : es) - lag;
      if (done?.[j] === 1) {
        if (gap < -EPSILON) outOfSequence.push({ edge: e, days: -gap });
        continue;
      }
      if (late < lf) lf = late;
      if (gap < free) free = gap;
    }
    lateFinish[i] = lf;
    lateStart[i] = lf - d;
    freeSlack[i] = free;
  }
  return { lateStart, lateFinish, freeSlack, outOfSequence };
}
