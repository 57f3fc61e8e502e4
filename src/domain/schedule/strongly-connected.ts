/**
 * Strongly connected components by Tarjan's algorithm (R. Tarjan, "Depth-first search and linear graph
 * algorithms", SIAM J. Computing 1(2), 1972), with an explicit stack instead of recursion so a
 * 100,000-node chain cannot overflow the call stack. O(V + E) time, O(V) extra memory.
 */

/** The adjacency a graph algorithm needs: node count via outStart.length - 1, CSR out-edges, edge heads. */
export interface OutAdjacency {
  outStart: Int32Array;
  outEdge: Int32Array;
  edgeTo: Int32Array;
}

export interface Components {
  /** Node -> component; components are numbered in reverse topological order (sinks first). */
  componentOf: Int32Array;
  componentCount: number;
  /** Components that contain a cycle (more than one node, or a self-loop), each sorted by node index. */
  cyclic: number[][];
}

/** `removed[e] === 1` leaves edge e out. Example: edges 0->1, 1->0, 1->2 give cyclic = [[0, 1]]. */
export function stronglyConnected(graph: OutAdjacency, removed?: Uint8Array): Components {
  const { outStart, outEdge, edgeTo } = graph;
  const n = outStart.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const selfLoop = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callPos = new Int32Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  const cyclic: number[][] = [];
  let sp = 0;
  let counter = 0;
  let componentCount = 0;
  let csp = 0;
  const enter = (v: number): void => {
    index[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    callNode[csp] = v;
    callPos[csp++] = outStart[v] ?? 0;
  };

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (csp > 0) {
      const v = callNode[csp - 1] ?? 0;
      const pos = callPos[csp - 1] ?? 0;
      if (pos < (outStart[v + 1] ?? 0)) {
        callPos[csp - 1] = pos + 1;
        const e = outEdge[pos] ?? 0;
        if (removed?.[e] === 1) continue;
        const w = edgeTo[e] ?? 0;
        if (w === v) selfLoop[v] = 1;
        if (index[w] === -1) enter(w);
        else if (onStack[w] === 1) low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        // Most components are single nodes without a loop: only cyclic ones get a member list.
        const first = sp - 1;
        while ((stack[--sp] ?? v) !== v);
        for (let s = sp; s <= first; s++) {
          const w = stack[s] ?? 0;
          onStack[w] = 0;
          componentOf[w] = componentCount;
        }
        if (first > sp || selfLoop[v] === 1) cyclic.push(Array.from(stack.subarray(sp, first + 1)).sort((a, b) => a - b));
        componentCount++;
      }
      if (csp > 0) {
        const parent = callNode[csp - 1] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      }
    }
  }
  return { componentOf, componentCount, cyclic };
}
