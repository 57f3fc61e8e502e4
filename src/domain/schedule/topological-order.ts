/**
 * A topological order of the nodes by Kahn's algorithm (A. B. Kahn, "Topological sorting of large
 * networks", CACM 5(11), 1962), iterative, skipping removed edges. O(V + E). Example: edges 2->0, 0->1
 * give [2, 0, 1]. Returns null when a cycle remains.
 */
import type { OutAdjacency } from './strongly-connected';

export function topologicalOrder(graph: OutAdjacency, removed?: Uint8Array): Int32Array | null {
  const { outStart, outEdge, edgeTo } = graph;
  const n = outStart.length - 1;
  const indegree = new Int32Array(n);
  for (let e = 0; e < edgeTo.length; e++) {
    const w = edgeTo[e] ?? 0;
    if (removed?.[e] !== 1) indegree[w] = (indegree[w] ?? 0) + 1;
  }
  const order = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  for (let head = 0; head < tail; head++) {
    const v = order[head] ?? 0;
    for (let p = outStart[v] ?? 0; p < (outStart[v + 1] ?? 0); p++) {
      const e = outEdge[p] ?? 0;
      if (removed?.[e] === 1) continue;
      const w = edgeTo[e] ?? 0;
      const left = (indegree[w] ?? 0) - 1;
      indegree[w] = left;
      if (left === 0) order[tail++] = w;
    }
  }
  return tail === n ? order : null;
}
