/**
 * An activity list that puts every predecessor first and otherwise follows a priority (Kahn's algorithm with a
 * binary heap: A. B. Kahn, CACM 5(11), 1962): among the activities whose predecessors are all listed, the
 * smallest key goes next, ties to the smaller index. This is how a priority rule becomes a list for the serial
 * scheme, and how a schedule's start times become a list again. O((V + E) log V).
 * Example: edges 0 -> 2, keys [5, 1, 0] give [1, 0, 2] (2 waits for 0 although its key is smallest).
 * `precedenceOrderer` keeps its work arrays for the search's many calls (no allocation but the list returned).
 */

export interface Successors {
  n: number;
  succStart: Int32Array;
  succNode: Int32Array;
}

export type PrecedenceOrderer = (key: ArrayLike<number>) => Int32Array;

export function precedenceOrderer(graph: Successors): PrecedenceOrderer {
  const { n, succStart, succNode } = graph;
  const inbound = new Int32Array(n);
  for (const w of succNode) inbound[w] = (inbound[w] ?? 0) + 1;
  const indegree = new Int32Array(n);
  const heap = new Int32Array(n);
  const heapKey = new Float64Array(n);
  return (key) => {
    indegree.set(inbound);
    let size = 0;
    const list = new Int32Array(n);
    let tail = 0;
    for (let v = 0; v < n; v++) if (indegree[v] === 0) size = heapPush(heap, heapKey, size, v, key[v] ?? 0);
    while (size > 0) {
      const v = heap[0] ?? 0;
      size = heapPop(heap, heapKey, size);
      list[tail++] = v;
      for (let p = succStart[v] ?? 0; p < (succStart[v + 1] ?? 0); p++) {
        const w = succNode[p] ?? 0;
        const left = (indegree[w] ?? 0) - 1;
        indegree[w] = left;
        if (left === 0) size = heapPush(heap, heapKey, size, w, key[w] ?? 0);
      }
    }
    return list;
  };
}

function heapPush(heap: Int32Array, heapKey: Float64Array, size: number, v: number, k: number): number {
  let at = size;
  while (at > 0) {
    const parent = (at - 1) >> 1;
    const pk = heapKey[parent] ?? 0;
    if (pk < k || (pk === k && (heap[parent] ?? 0) < v)) break;
    heap[at] = heap[parent] ?? 0;
    heapKey[at] = pk;
    at = parent;
  }
  heap[at] = v;
  heapKey[at] = k;
  return size + 1;
}

function heapPop(heap: Int32Array, heapKey: Float64Array, size: number): number {
  const last = --size;
  const v = heap[last] ?? 0;
  const k = heapKey[last] ?? 0;
  let at = 0;
  for (;;) {
    let child = 2 * at + 1;
    if (child >= size) break;
    const ck = heapKey[child] ?? 0;
    const rk = heapKey[child + 1] ?? 0;
    if (child + 1 < size && (rk < ck || (rk === ck && (heap[child + 1] ?? 0) < (heap[child] ?? 0)))) child++;
    const bk = heapKey[child] ?? 0;
    const b = heap[child] ?? 0;
    if (k < bk || (k === bk && v < b)) break;
    heap[at] = b;
    heapKey[at] = bk;
    at = child;
  }
  heap[at] = v;
  heapKey[at] = k;
  return size;
}

export function precedenceList(graph: Successors, key: ArrayLike<number>): Int32Array {
  return precedenceOrderer(graph)(key);
}
