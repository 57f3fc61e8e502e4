/**
 * The dependency edges of a computed schedule, for drawing: each with its ends, kind and lag, and whether its
 * constraint holds with equality in the early schedule ("tight": it drives its successor). O(E).
 */
import type { DependencyKind } from '../dependency-rule';
import { KINDS, type DependencyGraph } from './dependency-graph';
import type { ForwardPass } from './forward-pass';

/** A dependency as scheduled. `tight`: its constraint holds with equality, so it drives its successor's dates. */
export interface ScheduledEdge {
  linkId: string;
  from: string;
  to: string;
  kind: DependencyKind;
  lagDays: number;
  tight: boolean;
}

const EPSILON = 1e-9;
export function scheduledEdges(graph: DependencyGraph, removed: Uint8Array, early: ForwardPass): ScheduledEdge[] {
  const edges: ScheduledEdge[] = new Array<ScheduledEdge>(graph.edgeCount);
  for (let e = 0; e < graph.edgeCount; e++) {
    const i = graph.edgeFrom[e] ?? 0;
    const j = graph.edgeTo[e] ?? 0;
    const kind = KINDS[graph.edgeKind[e] ?? 0] ?? 'FS';
    const lag = graph.edgeLag[e] ?? 0;
    const from = kind === 'FS' || kind === 'FF' ? (early.earlyFinish[i] ?? 0) : (early.earlyStart[i] ?? 0);
    const to = kind === 'FS' || kind === 'SS' ? (early.earlyStart[j] ?? 0) : (early.earlyFinish[j] ?? 0);
    edges[e] = {
      linkId: graph.edgeLinkId[e] ?? '',
      from: graph.keys[i] ?? '',
      to: graph.keys[j] ?? '',
      kind,
      lagDays: lag,
      tight: removed[e] !== 1 && Math.abs(to - (from + lag)) <= EPSILON,
    };
  }
  return edges;
}
