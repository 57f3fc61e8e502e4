/**
 * What the forward and backward passes of the critical path method read: the dependency graph's edges
 * (DependencyGraph satisfies it), the edges cut to break cycles, and per-node durations and fixed dates.
 */
import type { DependencyGraph } from './dependency-graph';

export type EdgeArrays = Pick<
  DependencyGraph,
  'edgeFrom' | 'edgeTo' | 'edgeKind' | 'edgeLag' | 'outStart' | 'outEdge' | 'inStart' | 'inEdge'
>;

export interface ScheduleNetwork {
  graph: EdgeArrays;
  /** removed[e] === 1: edge e is left out (a cut that breaks a cycle). */
  removed: Uint8Array;
  /** Working days per node; for a fixed node, fixedFinish - fixedStart. */
  duration: Float64Array;
  /** Offsets of actual dates, NaN when the node is not fixed. finish is exclusive: the day after the last. */
  fixedStart: Float64Array;
  fixedFinish: Float64Array;
  /**
   * done[v] === 1: the node is finished work at its actual dates. It cannot be delayed any more, so it bounds
   * no predecessor's late dates or free slack (a fixed node not done, another team's committed date, does).
   */
  done?: Uint8Array;
  /** Offsets before which a node may not start (open work and the status date); 0 when absent. */
  earliestStart?: Float64Array;
  /** A topological order of the nodes without the removed edges. */
  order: Int32Array;
}

/** Edge kinds as stored in DependencyGraph.edgeKind (the order of KINDS). */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
