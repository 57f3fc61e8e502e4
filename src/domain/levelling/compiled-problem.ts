/**
 * A levelling problem flattened for the schedule generation schemes: each link becomes a minimum start-to-start
 * distance S(j) >= S(i) + delta, delta = (FS, FF: d(i)) + lag - (FF, SF: d(j)) (the four kinds of the CPM
 * forward pass, forward-pass.ts, written on starts), in CSR arrays both ways; demands that no period could ever
 * meet (units above the capacity after the profile) are left out and returned, so no search runs forever. O(V + E).
 */
import { FF, FS, SF } from '../schedule/schedule-network';
import type { LevellingProblem } from './levelling-problem';

export interface CompiledProblem {
  n: number;
  duration: Int32Array;
  /** Links into v: node and distance, slice predStart[v] .. predStart[v+1]. */
  predStart: Int32Array;
  predNode: Int32Array;
  predDelta: Int32Array;
  /** Links out of v, the same distances. */
  succStart: Int32Array;
  succNode: Int32Array;
  succDelta: Int32Array;
  /** The earliest start allowed (the status date for open work); 0 when none. */
  floor: Int32Array;
  /** fixed[v] === 1: done or held work at fixedStart[v]; no link moves it. */
  fixed: Uint8Array;
  fixedStart: Int32Array;
  pinned: Uint8Array;
  demStart: Int32Array;
  demResource: Int32Array;
  demUnits: Int32Array;
  capacity: Int32Array;
  profiles: (Int32Array | undefined)[];
  order: Int32Array;
}

export interface ImpossibleDemand {
  activity: number;
  resource: number;
  units: number;
  capacity: number;
}

/** Periods are whole: durations round up, lags and dates to the nearest period. */
const whole = (x: number): number => Math.max(0, Math.ceil(x - 1e-9));

function csr(n: number, ends: Int32Array, others: Int32Array, values: Int32Array) {
  const start = new Int32Array(n + 1);
  for (const v of ends) start[v + 1] = (start[v + 1] ?? 0) + 1;
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const fill = start.slice(0, n);
  const node = new Int32Array(ends.length);
  const value = new Int32Array(ends.length);
  for (let e = 0; e < ends.length; e++) {
    const end = ends[e] ?? 0;
    const at = fill[end] ?? 0;
    fill[end] = at + 1;
    node[at] = others[e] ?? 0;
    value[at] = values[e] ?? 0;
  }
  return { start, node, value };
}

export function compiledProblem(problem: LevellingProblem): { compiled: CompiledProblem; impossible: ImpossibleDemand[] } {
  const { network } = problem;
  const { graph, removed } = network;
  const n = network.order.length;
  const duration = Int32Array.from(network.duration, whole);
  const from: number[] = [];
  const to: number[] = [];
  const delta: number[] = [];
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    if (removed[e] === 1) continue;
    const i = graph.edgeFrom[e] ?? 0;
    const j = graph.edgeTo[e] ?? 0;
    const kind = graph.edgeKind[e] ?? FS;
    const lag = Math.round(graph.edgeLag[e] ?? 0);
    from.push(i);
    to.push(j);
    delta.push((kind === FS || kind === FF ? (duration[i] ?? 0) : 0) + lag - (kind === FF || kind === SF ? (duration[j] ?? 0) : 0));
  }
  const [fromA, toA, deltaA] = [Int32Array.from(from), Int32Array.from(to), Int32Array.from(delta)];
  const preds = csr(n, toA, fromA, deltaA);
  const succs = csr(n, fromA, toA, deltaA);

  const fixed = new Uint8Array(n);
  const fixedStart = new Int32Array(n);
  const floor = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const start = network.fixedStart[v] ?? NaN;
    if (!Number.isNaN(start)) {
      fixed[v] = 1;
      fixedStart[v] = Math.round(start);
    }
    floor[v] = Math.round(Math.max(0, network.earliestStart?.[v] ?? 0));
  }

  const capacity = Int32Array.from(problem.resources, (r) => Math.max(0, Math.floor(r.capacity)));
  const impossible: ImpossibleDemand[] = [];
  const demStart = new Int32Array(n + 1);
  const demResource: number[] = [];
  const demUnits: number[] = [];
  for (let v = 0; v < n; v++) {
    for (const { resource, units } of problem.demands[v] ?? []) {
      const cap = capacity[resource] ?? 0;
      const need = Math.ceil(units);
      if (!(need > 0) || (duration[v] ?? 0) === 0) continue;
      if (need > cap && fixed[v] !== 1 && problem.pinned?.[v] !== 1) {
        impossible.push({ activity: v, resource, units: need, capacity: cap });
        continue;
      }
      demResource.push(resource);
      demUnits.push(need);
    }
    demStart[v + 1] = demResource.length;
  }
  return {
    compiled: {
      n,
      duration,
      predStart: preds.start,
      predNode: preds.node,
      predDelta: preds.value,
      succStart: succs.start,
      succNode: succs.node,
      succDelta: succs.value,
      floor,
      fixed,
      fixedStart,
      pinned: problem.pinned ?? new Uint8Array(n),
      demStart,
      demResource: Int32Array.from(demResource),
      demUnits: Int32Array.from(demUnits),
      capacity,
      profiles: problem.resources.map((r) => r.profile),
      order: network.order,
    },
    impossible,
  };
}
