/**
 * An activity list that puts every predecessor first and otherwise follows a priority (Kahn's algorithm with a
 * binary heap: A. B. Kahn, CACM 5(11), 1962): among the activities whose predecessors are all listed, the
 * smallest key goes next, ties to the smaller index. This is how a priority rule becomes a list for the serial
 * scheme, and how a schedule's start times become a list again. O((V + E) log V).
 * Example: edges 0 -> 2, keys [5, 1, 0] give [1, 0, 2] (2 waits for 0 although its key is smallest).
 */

export interface Successors {
  n: number;
  succStart: Int32Array;
  succNode: Int32Array;
}

export function precedenceList(graph: Successors, key: ArrayLike<number>): Int32Array {
  const { n, succStart, succNode } = graph;
  const indegree = new Int32Array(n);
  for (const w of succNode) indegree[w] = (indegree[w] ?? 0) + 1;
  const heap = new Int32Array(n);
  let size = 0;
  const less = (a: number, b: number): boolean => {
    const ka = key[a] ?? 0;
    const kb = key[b] ?? 0;
    return ka < kb || (ka === kb && a < b);
  };
  const push = (v: number): void => {
    let at = size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = heap[parent] ?? 0;
      if (!less(v, p)) break;
      heap[at] = p;
      at = parent;
    }
    heap[at] = v;
  };
  const pop = (): number => {
    const top = heap[0] ?? 0;
    const last = heap[--size] ?? 0;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = heap[child + 1] ?? 0;
      if (child + 1 < size && less(right, heap[child] ?? 0)) child++;
      const c = heap[child] ?? 0;
      if (!less(c, last)) break;
      heap[at] = c;
      at = child;
    }
    heap[at] = last;
    return top;
  };
  for (let v = 0; v < n; v++) if (indegree[v] === 0) push(v);
  const list = new Int32Array(n);
  let tail = 0;
  while (size > 0) {
    const v = pop();
    list[tail++] = v;
    for (let p = succStart[v] ?? 0; p < (succStart[v + 1] ?? 0); p++) {
      const w = succNode[p] ?? 0;
      const left = (indegree[w] ?? 0) - 1;
      indegree[w] = left;
      if (left === 0) push(w);
    }
  }
  return list;
}
