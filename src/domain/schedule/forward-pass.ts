/**
 * The CPM forward pass (PMBOK Guide 7th ed., "critical path method"; precedence diagramming method for the
 * four kinds): in topological order, ES(j) = max(0, FS: EF(i)+L, SS: ES(i)+L, FF: EF(i)+L-d(j),
 * SF: ES(i)+L-d(j)) over predecessors i, EF = ES + d. A fixed (done) node keeps its actual dates; a node
 * with an earliest start (open work, the status date) starts no earlier, and then no predecessor drives it
 * unless it pushes later still. O(V + E).
 */
import { FF, FS, SS, type ScheduleNetwork } from './schedule-network';

export interface ForwardPass {
  earlyStart: Float64Array;
  earlyFinish: Float64Array;
  /** The in-edge whose constraint sets ES, or -1 (starts at the project start, or fixed). Ties: first edge. */
  drivingEdge: Int32Array;
}

/** `into`: arrays of the nodes' length to write into instead of new ones (the forecast runs thousands of passes). */
export function forwardPass(network: ScheduleNetwork, into?: ForwardPass): ForwardPass {
  const { graph, removed, duration, fixedStart, fixedFinish, order, earliestStart: floor } = network;
  const { edgeFrom, edgeKind, edgeLag, inStart, inEdge } = graph;
  // Locals, not the imported bindings: a module bundler may turn each read of those into a getter call.
  const [fs, ss, ff] = [FS, SS, FF];
  const n = order.length;
  const earlyStart = into?.earlyStart ?? new Float64Array(n);
  const earlyFinish = into?.earlyFinish ?? new Float64Array(n);
  const drivingEdge = into?.drivingEdge ?? new Int32Array(n);
  drivingEdge.fill(-1);
  for (const v of order) {
    const d = duration[v] ?? 0;
    const fixed = fixedStart[v] ?? NaN;
    if (!Number.isNaN(fixed)) {
      earlyStart[v] = fixed;
      earlyFinish[v] = fixedFinish[v] ?? fixed;
      continue;
    }
    let es = floor?.[v] ?? 0;
    let driver = -1;
    for (let p = inStart[v] ?? 0; p < (inStart[v + 1] ?? 0); p++) {
      const e = inEdge[p] ?? 0;
      if (removed[e] === 1) continue;
      const i = edgeFrom[e] ?? 0;
      const kind = edgeKind[e] ?? fs;
      const lag = edgeLag[e] ?? 0;
      const from = kind === fs || kind === ff ? (earlyFinish[i] ?? 0) : (earlyStart[i] ?? 0);
      const bound = from + lag - (kind === fs || kind === ss ? 0 : d);
      if (bound > es) {
        es = bound;
        driver = e;
      }
    }
    earlyStart[v] = es;
    earlyFinish[v] = es + d;
    drivingEdge[v] = driver;
  }
  return { earlyStart, earlyFinish, drivingEdge };
}

