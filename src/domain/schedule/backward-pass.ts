/**
 * The CPM backward pass (PMBOK Guide 7th ed., "critical path method"): in reverse topological order,
 * LF(i) = min(project finish, FS: LS(j)-L, SS: LS(j)-L+d(i), FF: LF(j)-L, SF: LF(j)-L+d(i)) over successors
 * j, LS = LF - d. Free slack(i) = min(project finish - EF(i), the gap in each successor's constraint:
 * FS: ES(j)-EF(i)-L, SS: ES(j)-ES(i)-L, FF: EF(j)-EF(i)-L, SF: EF(j)-ES(i)-L). O(V + E).
 */
import type { ForwardPass } from './forward-pass';
import { FF, FS, SS, type ScheduleNetwork } from './schedule-network';

export interface BackwardPass {
  lateStart: Float64Array;
  lateFinish: Float64Array;
  freeSlack: Float64Array;
}

export function backwardPass(network: ScheduleNetwork, early: ForwardPass, projectFinish: number): BackwardPass {
  const { graph, removed, duration, order } = network;
  const { edgeTo, edgeKind, edgeLag, outStart, outEdge } = graph;
  const { earlyStart, earlyFinish } = early;
  const n = order.length;
  const lateStart = new Float64Array(n);
  const lateFinish = new Float64Array(n);
  const freeSlack = new Float64Array(n);
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
      const kind = edgeKind[e] ?? FS;
      const lag = edgeLag[e] ?? 0;
      const onStart = kind === FS || kind === SS;
      const fromFinish = kind === FS || kind === FF;
      const late = (onStart ? (lateStart[j] ?? 0) : (lateFinish[j] ?? 0)) - lag + (fromFinish ? 0 : d);
      const gap = (onStart ? (earlyStart[j] ?? 0) : (earlyFinish[j] ?? 0)) - (fromFinish ? ef : es) - lag;
      if (late < lf) lf = late;
      if (gap < free) free = gap;
    }
    lateFinish[i] = lf;
    lateStart[i] = lf - d;
    freeSlack[i] = free;
  }
  return { lateStart, lateFinish, freeSlack };
}
