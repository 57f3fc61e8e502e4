/**
 * Repeated dependency edges: an edge with the same tail, head, kind and lag as an earlier one. One scan of
 * each node's out-edges with a per-head marker and a chain per (tail, head), so no hashing. O(V + E).
 */
import { adjacency } from './compressed-adjacency';

/** Each repeated edge with the earlier edge it repeats, in edge order; CSR order keeps the earliest. */
export function repeatedEdges(n: number, from: Int32Array, to: Int32Array, kind: Uint8Array, lag: Float64Array, m: number): [edge: number, sameAs: number][] {
  const out = adjacency(n, from, m);
  const seenFrom = new Int32Array(n).fill(-1);
  const firstTo = new Int32Array(n);
  const nextSame = new Int32Array(m).fill(-1);
  const repeated: [number, number][] = [];
  for (let u = 0; u < n; u++) {
    for (let p = out.start[u] ?? 0; p < (out.start[u + 1] ?? 0); p++) {
      const e = out.edge[p] ?? 0;
      const v = to[e] ?? 0;
      if (seenFrom[v] !== u) {
        seenFrom[v] = u;
        firstTo[v] = e;
        continue;
      }
      let same = firstTo[v] ?? -1;
      let last = same;
      while (same !== -1 && (kind[same] !== kind[e] || lag[same] !== lag[e])) {
        last = same;
        same = nextSame[same] ?? -1;
      }
      if (same !== -1) repeated.push([e, same]);
      else nextSame[last] = e;
    }
  }
  return repeated.sort((a, b) => a[0] - b[0]);
}
