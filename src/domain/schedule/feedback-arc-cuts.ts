/**
 * Cuts the remaining cycles in one pass with the Eades-Lin-Smyth greedy order (P. Eades, X. Lin, W. F. Smyth,
 * "A fast and effective heuristic for the feedback arc set problem", IPL 47(6), 1993): peel sinks to the
 * back, sources to the front, else the node with the largest outdegree - indegree to the front; cut the
 * edges inside a component that point backwards in that order, or in the input order when that cuts fewer.
 * O((V + E) log V) with a lazy heap.
 */
import { AppError } from '../../app-error';
import type { DependencyGraph } from './dependency-graph';

type Adjacency = Pick<DependencyGraph, 'outStart' | 'outEdge' | 'inStart' | 'inEdge' | 'edgeFrom' | 'edgeTo'>;

/** A max-heap of (score, node), ties to the lower node; stale entries are skipped by the caller. */
function heap() {
  const score: number[] = [];
  const node: number[] = [];
  const above = (a: number, b: number): boolean =>
    (score[a] ?? 0) > (score[b] ?? 0) || (score[a] === score[b] && (node[a] ?? 0) < (node[b] ?? 0));
  const swap = (a: number, b: number): void => {
    [score[a], score[b], node[a], node[b]] = [score[b] ?? 0, score[a] ?? 0, node[b] ?? 0, node[a] ?? 0];
  };
  return {
    push(s: number, v: number): void {
      let i = score.push(s) - 1;
      node.push(v);
      while (i > 0 && above(i, (i - 1) >> 1)) swap(i, (i = (i - 1) >> 1));
    },
    pop(): [number, number] | undefined {
      if (score.length === 0) return undefined;
      const top: [number, number] = [score[0] ?? 0, node[0] ?? 0];
      swap(0, score.length - 1);
      score.pop();
      node.pop();
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const best = l + 1 < score.length && above(l + 1, l) ? l + 1 : l;
        if (l >= score.length || !above(best, i)) break;
        swap(i, best);
        i = best;
      }
      return top;
    },
  };
}

/** Cuts (sets removed[e] = 1 and returns) the backward edges among edges with both ends in one component. */
export function feedbackArcCuts(graph: Adjacency, componentOf: Int32Array, inCycle: Uint8Array, removed: Uint8Array): number[] {
  const { outStart, outEdge, inStart, inEdge, edgeFrom, edgeTo } = graph;
  const n = outStart.length - 1;
  const liveEdge = Uint8Array.from(edgeFrom, (u, e) =>
    removed[e] !== 1 && inCycle[u] === 1 && componentOf[u] === componentOf[edgeTo[e] ?? 0] ? 1 : 0,
  );
  const live = (e: number): boolean => liveEdge[e] === 1;
  const outDeg = new Int32Array(n);
  const inDeg = new Int32Array(n);
  const alive = Uint8Array.from(inCycle);
  const sinks: number[] = [];
  const sources: number[] = [];
  const byScore = heap();
  let left = 0;
  for (let e = 0; e < edgeFrom.length; e++) {
    if (!live(e)) continue;
    const u = edgeFrom[e] ?? 0;
    const w = edgeTo[e] ?? 0;
    outDeg[u] = (outDeg[u] ?? 0) + 1;
    inDeg[w] = (inDeg[w] ?? 0) + 1;
  }
  const file = (v: number): void => {
    if (outDeg[v] === 0) sinks.push(v);
    else if (inDeg[v] === 0) sources.push(v);
    else byScore.push((outDeg[v] ?? 0) - (inDeg[v] ?? 0), v);
  };
  for (let v = 0; v < n; v++) {
    if (alive[v] !== 1) continue;
    left++;
    file(v);
  }

  const front: number[] = [];
  const back: number[] = [];
  while (left > 0) {
    let v = sinks.pop();
    const toBack = v !== undefined;
    v ??= sources.pop();
    while (v === undefined) {
      const top = byScore.pop();
      if (!top) throw new AppError('INTERNAL', 'feedbackArcCuts lost track of a node.');
      const [score, candidate] = top;
      if (alive[candidate] === 1 && score === (outDeg[candidate] ?? 0) - (inDeg[candidate] ?? 0)) v = candidate;
    }
    if (alive[v] !== 1) continue;
    (toBack ? back : front).push(v);
    alive[v] = 0;
    left--;
    for (let p = outStart[v] ?? 0; p < (outStart[v + 1] ?? 0); p++) {
      const e = outEdge[p] ?? 0;
      const w = edgeTo[e] ?? 0;
      if (!live(e) || alive[w] !== 1) continue;
      inDeg[w] = (inDeg[w] ?? 0) - 1;
      file(w);
    }
    for (let p = inStart[v] ?? 0; p < (inStart[v + 1] ?? 0); p++) {
      const e = inEdge[p] ?? 0;
      const u = edgeFrom[e] ?? 0;
      if (!live(e) || alive[u] !== 1) continue;
      outDeg[u] = (outDeg[u] ?? 0) - 1;
      file(u);
    }
  }
  const greedy = new Int32Array(n);
  front.forEach((v, i) => (greedy[v] = i));
  back.forEach((v, i) => (greedy[v] = front.length + back.length - 1 - i));
  const backwards = (rank: ArrayLike<number>): number[] => {
    const cuts: number[] = [];
    for (let e = 0; e < edgeFrom.length; e++) {
      if (live(e) && (rank[edgeFrom[e] ?? 0] ?? 0) >= (rank[edgeTo[e] ?? 0] ?? 0)) cuts.push(e);
    }
    return cuts;
  };
  // The items' own order (Jira's key or rank order) often beats the greedy one: most links point forward.
  const byGreedy = backwards(greedy);
  const byInput = backwards(Int32Array.from({ length: n }, (_, v) => v));
  const cuts = byInput.length < byGreedy.length ? byInput : byGreedy;
  for (const e of cuts) removed[e] = 1;
  return cuts;
}
