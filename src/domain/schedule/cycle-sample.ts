/**
 * A bounded sample of the simple cycles of one strongly connected component, for choosing which link to cut.
 * Enumerates simple cycles by depth-first search from each member s through members ranked after s (the
 * start-ordering of Tiernan, "An efficient search algorithm to find the elementary circuits of a graph",
 * CACM 13(12), 1970), stopping after `budget` edge steps or `maxCycles` cycles; if that finds none, one
 * shortest cycle by breadth-first search. O(budget + component size) per call.
 */
import type { OutAdjacency } from './strongly-connected';

export interface CycleSampler {
  /** Cycles as lists of edge indices; never empty for a component that has a cycle. */
  sample(members: readonly number[], removed: Uint8Array, budget: number, maxCycles: number): number[][];
}

/** Scratch arrays are allocated once per graph, so sampling a small component costs only its size. */
export function cycleSampler(graph: OutAdjacency & { edgeFrom: Int32Array }): CycleSampler {
  const { outStart, outEdge, edgeTo, edgeFrom } = graph;
  const n = outStart.length - 1;
  const rank = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const pathNode = new Int32Array(n + 1);
  const pathPos = new Int32Array(n + 1);
  const pathEdge = new Int32Array(n + 1);

  const shortestCycle = (start: number, removed: Uint8Array): number[] => {
    const parentEdge = new Map<number, number>();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] ?? 0;
      for (let p = outStart[v] ?? 0; p < (outStart[v + 1] ?? 0); p++) {
        const e = outEdge[p] ?? 0;
        const w = edgeTo[e] ?? 0;
        if (removed[e] === 1 || rank[w] === -1) continue;
        if (w === start) {
          const cycle = [e];
          for (let u = v; u !== start; ) {
            const back = parentEdge.get(u) ?? 0;
            cycle.push(back);
            u = edgeFrom[back] ?? start;
          }
          return cycle.reverse();
        }
        if (!parentEdge.has(w)) {
          parentEdge.set(w, e);
          queue.push(w);
        }
      }
    }
    return [];
  };

  return {
    sample(members, removed, budget, maxCycles) {
      members.forEach((v, i) => (rank[v] = i));
      const cycles: number[][] = [];
      let steps = 0;
      for (let s = 0; s < members.length && steps < budget && cycles.length < maxCycles; s++) {
        const start = members[s] ?? 0;
        let depth = 1;
        pathNode[0] = start;
        pathPos[0] = outStart[start] ?? 0;
        onPath[start] = 1;
        while (depth > 0 && steps < budget && cycles.length < maxCycles) {
          const v = pathNode[depth - 1] ?? 0;
          const pos = pathPos[depth - 1] ?? 0;
          if (pos >= (outStart[v + 1] ?? 0)) {
            onPath[v] = 0;
            depth--;
            continue;
          }
          pathPos[depth - 1] = pos + 1;
          steps++;
          const e = outEdge[pos] ?? 0;
          if (removed[e] === 1) continue;
          const w = edgeTo[e] ?? 0;
          if (w === start) cycles.push([...pathEdge.subarray(1, depth), e]);
          else if ((rank[w] ?? -1) > s && onPath[w] === 0) {
            onPath[w] = 1;
            pathNode[depth] = w;
            pathPos[depth] = outStart[w] ?? 0;
            pathEdge[depth++] = e;
          }
        }
        for (let d = 0; d < depth; d++) onPath[pathNode[d] ?? 0] = 0;
      }
      if (cycles.length === 0 && members.length > 0) {
        const cycle = shortestCycle(members[0] ?? 0, removed);
        if (cycle.length > 0) cycles.push(cycle);
      }
      for (const v of members) rank[v] = -1;
      return cycles;
    },
  };
}
