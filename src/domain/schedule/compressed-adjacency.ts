/**
 * Compressed sparse row adjacency (CSR, as in Saad, "Iterative Methods for Sparse Linear Systems", 2003,
 * section 3.4): the edges at each node as one slice of one Int32Array, by counting sort. O(V + E).
 * Example: 3 nodes, edge ends [2, 0, 2] give start [0, 1, 1, 3] and edge [1, 0, 2].
 */

/** Edges grouped by `ends[e]` (their tail for out-edges, head for in-edges), in edge order within a node. */
export function adjacency(nodes: number, ends: Int32Array, edges: number): { start: Int32Array; edge: Int32Array } {
  const start = new Int32Array(nodes + 1);
  for (let e = 0; e < edges; e++) {
    const slot = (ends[e] ?? 0) + 1;
    start[slot] = (start[slot] ?? 0) + 1;
  }
  for (let v = 0; v < nodes; v++) start[v + 1] = (start[v + 1] ?? 0) + (start[v] ?? 0);
  const fill = start.slice(0, nodes);
  const edge = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    const v = ends[e] ?? 0;
    const at = fill[v] ?? 0;
    edge[at] = e;
    fill[v] = at + 1;
  }
  return { start, edge };
}
