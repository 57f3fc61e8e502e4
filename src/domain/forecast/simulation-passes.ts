/**
 * The CPM passes as one Monte Carlo iteration needs them (monte-carlo.ts): early and late dates only. The same
 * formulas, in the same order, as forward-pass.ts and backward-pass.ts, so each date is the same number to the bit:
 * forward, in topological order, ES(j) = max(earliest start, FS: EF(i)+L, SS: ES(i)+L, FF: EF(i)+L-d(j),
 * SF: ES(i)+L-d(j)), and a fixed node keeps its actual dates; backward, in reverse, LF(i) = min(project finish,
 * FS: LS(j)-L, SS: LS(j)-L+d(i), FF: LF(j)-L, SF: LF(j)-L+d(i)) over successors j not done, LS = LF - d.
 * What no iteration changes is laid out once (`simulationNetwork`): each node's links in and out in their own
 * arrays, without the cut links and the links into done work, so an iteration reads them in a row. O(V + E).
 */
import { FF, FS, SS, type ScheduleNetwork } from '../schedule/schedule-network';

/** One direction's links, by node: node v's are [start[v], start[v + 1]). */
interface LinkRows {
  start: Int32Array;
  /** The node at the other end. */
  other: Int32Array;
  lag: Float64Array;
  /** 1 when the link's constraint is on the other end's finish (forward: FS, FF) or start (backward: FS, SS). */
  onOther: Uint8Array;
  /** 1 when this node's duration takes part (forward: FF, SF, subtracted; backward: SS, SF, added). */
  withDuration: Uint8Array;
}

export interface SimulationNetwork {
  order: Int32Array;
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  earliestStart: Float64Array;
  into: LinkRows;
  out: LinkRows;
}

function rows(n: number, network: ScheduleNetwork, forward: boolean): LinkRows {
  const { graph, removed, done } = network;
  const [fs, ss, ff] = [FS, SS, FF];
  const start = new Int32Array(n + 1);
  const kept: number[] = [];
  for (let v = 0; v < n; v++) {
    start[v] = kept.length;
    const [from, to] = forward ? [graph.inStart[v] ?? 0, graph.inStart[v + 1] ?? 0] : [graph.outStart[v] ?? 0, graph.outStart[v + 1] ?? 0];
    for (let p = from; p < to; p++) {
      const e = (forward ? graph.inEdge[p] : graph.outEdge[p]) ?? 0;
      if (removed[e] === 1 || (!forward && done?.[graph.edgeTo[e] ?? 0] === 1)) continue;
      kept.push(e);
    }
  }
  start[n] = kept.length;
  const other = new Int32Array(kept.length);
  const lag = new Float64Array(kept.length);
  const onOther = new Uint8Array(kept.length);
  const withDuration = new Uint8Array(kept.length);
  kept.forEach((e, p) => {
    const kind = graph.edgeKind[e] ?? fs;
    other[p] = (forward ? graph.edgeFrom[e] : graph.edgeTo[e]) ?? 0;
    lag[p] = graph.edgeLag[e] ?? 0;
    onOther[p] = (forward ? kind === fs || kind === ff : kind === fs || kind === ss) ? 1 : 0;
    withDuration[p] = (forward ? kind === fs || kind === ss : kind === fs || kind === ff) ? 0 : 1;
  });
  return { start, other, lag, onOther, withDuration };
}

export function simulationNetwork(network: ScheduleNetwork): SimulationNetwork {
  const n = network.order.length;
  return {
    order: network.order,
    fixedStart: network.fixedStart,
    fixedFinish: network.fixedFinish,
    earliestStart: network.earliestStart ?? new Float64Array(n),
    into: rows(n, network, true),
    out: rows(n, network, false),
  };
}

/** Writes ES and EF of every node for the durations `duration`. */
export function earlyDates(net: SimulationNetwork, duration: Float64Array, earlyStart: Float64Array, earlyFinish: Float64Array): void {
  const { order, fixedStart, fixedFinish, earliestStart } = net;
  const { start, other, lag, onOther, withDuration } = net.into;
  for (let k = 0; k < order.length; k++) {
    const v = order[k] ?? 0;
    const d = duration[v] ?? 0;
    const fixed = fixedStart[v] ?? NaN;
    if (!Number.isNaN(fixed)) {
      earlyStart[v] = fixed;
      earlyFinish[v] = fixedFinish[v] ?? fixed;
      continue;
    }
    let es = earliestStart[v] ?? 0;
    const end = start[v + 1] ?? 0;
    for (let p = start[v] ?? 0; p < end; p++) {
      const i = other[p] ?? 0;
      const from = onOther[p] === 1 ? (earlyFinish[i] ?? 0) : (earlyStart[i] ?? 0);
      const bound = from + (lag[p] ?? 0) - (withDuration[p] === 1 ? d : 0);
      if (bound > es) es = bound;
    }
    earlyStart[v] = es;
    earlyFinish[v] = es + d;
  }
}

/** Writes LS and LF of every node for the durations `duration` and the project finish. */
export function lateDates(net: SimulationNetwork, duration: Float64Array, projectFinish: number, lateStart: Float64Array, lateFinish: Float64Array): void {
  const { order } = net;
  const { start, other, lag, onOther, withDuration } = net.out;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] ?? 0;
    const d = duration[i] ?? 0;
    let lf = projectFinish;
    const end = start[i + 1] ?? 0;
    for (let p = start[i] ?? 0; p < end; p++) {
      const j = other[p] ?? 0;
      const late = (onOther[p] === 1 ? (lateStart[j] ?? 0) : (lateFinish[j] ?? 0)) - (lag[p] ?? 0) + (withDuration[p] === 1 ? d : 0);
      if (late < lf) lf = late;
    }
    lateFinish[i] = lf;
    lateStart[i] = lf - d;
  }
}
