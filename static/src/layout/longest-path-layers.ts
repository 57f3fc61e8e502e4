/**
 * Longest-path layering: each node's layer is one more than the highest layer of its predecessors, so every
 * edge points left to right. Kahn's topological sort, O(V + E). Nodes on a cycle the caller did not cut are
 * placed after the nodes that feed them, in input order (their edges inside the cycle then point leftwards).
 */
import type { LayoutEdge } from './layout-graph';

/**
 * Example: nodes a, b, c with edges a→b, a→c, b→c give layers { a: 0, b: 1, c: 2 }.
 * Edges naming unknown nodes are ignored.
 */
export function longestPathLayers(ids: readonly string[], edges: readonly LayoutEdge[]): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const successors: number[][] = ids.map(() => []);
  const indegree = new Array<number>(ids.length).fill(0);
  for (const edge of edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    successors[from]?.push(to);
    indegree[to] = (indegree[to] ?? 0) + 1;
  }
  const layer = new Array<number>(ids.length).fill(0);
  const done = new Array<boolean>(ids.length).fill(false);
  const queue: number[] = [];
  const release = (node: number) => {
    done[node] = true;
    for (const next of successors[node] ?? []) {
      // An edge back into a node already placed is a cyclic edge: it must not move that node again.
      if (done[next]) continue;
      layer[next] = Math.max(layer[next] ?? 0, (layer[node] ?? 0) + 1);
      indegree[next] = (indegree[next] ?? 0) - 1;
      if (indegree[next] === 0 && !done[next]) queue.push(next);
    }
  };
  indegree.forEach((d, i) => d === 0 && queue.push(i));
  let head = 0;
  let waiting = 0;
  for (;;) {
    while (head < queue.length) {
      const node = queue[head++];
      if (node !== undefined && !done[node]) release(node);
    }
    while (waiting < ids.length && done[waiting]) waiting += 1;
    if (waiting === ids.length) break;
    // A cycle blocks the queue: release the first node still waiting, as if its cyclic edges were cut.
    queue.push(waiting);
  }
  const result = new Map<string, number>();
  ids.forEach((id, i) => result.set(id, layer[i] ?? 0));
  return result;
}
