import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { stronglyConnected } from '../../../src/domain/schedule/strongly-connected';
import { topologicalOrder } from '../../../src/domain/schedule/topological-order';

/** CSR adjacency from an edge list over nodes 0..n-1. */
function graphOf(n: number, edges: readonly (readonly [number, number])[]) {
  const order = edges.map((_, e) => e).sort((a, b) => (edges[a]?.[0] ?? 0) - (edges[b]?.[0] ?? 0));
  const outStart = new Int32Array(n + 1);
  for (const [u] of edges) outStart[u + 1] = (outStart[u + 1] ?? 0) + 1;
  for (let v = 0; v < n; v++) outStart[v + 1] = (outStart[v + 1] ?? 0) + (outStart[v] ?? 0);
  return { outStart, outEdge: Int32Array.from(order), edgeTo: Int32Array.from(edges, ([, w]) => w) };
}

function chain(n: number): [number, number][] {
  return Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
}

describe('stronglyConnected (iterative Tarjan)', () => {
  it.each<[string, number, [number, number][], number[][]]>([
    ['empty', 0, [], []],
    ['single node', 1, [], []],
    ['self-loop', 1, [[0, 0]], [[0]]],
    ['diamond', 4, [[0, 1], [0, 2], [1, 3], [2, 3]], []],
    ['2-cycle', 2, [[0, 1], [1, 0]], [[0, 1]]],
    ['3-cycle with a tail', 4, [[3, 0], [0, 1], [1, 2], [2, 0]], [[0, 1, 2]]],
    ['two cycles joined by one edge', 5, [[0, 1], [1, 0], [1, 2], [2, 3], [3, 4], [4, 2]], [[2, 3, 4], [0, 1]]],
    ['disconnected', 5, [[0, 1], [2, 3], [3, 2]], [[2, 3]]],
  ])('%s', (_name, n, edges, cyclic) => {
    expect(stronglyConnected(graphOf(n, edges)).cyclic).toEqual(cyclic);
  });

  it('numbers components sinks first', () => {
    const { componentOf, componentCount } = stronglyConnected(graphOf(3, [[0, 1], [1, 2]]));
    expect([Array.from(componentOf), componentCount]).toEqual([[2, 1, 0], 3]);
  });

  it('leaves out removed edges', () => {
    const removed = Uint8Array.from([0, 1]);
    expect(stronglyConnected(graphOf(2, [[0, 1], [1, 0]]), removed).cyclic).toEqual([]);
  });

  it('walks a 100,000-node chain and a 100,000-node ring without recursion', () => {
    const n = 100_000;
    expect(stronglyConnected(graphOf(n, chain(n))).componentCount).toBe(n);
    const ring = stronglyConnected(graphOf(n, [...chain(n), [n - 1, 0]]));
    expect([ring.componentCount, ring.cyclic[0]?.length]).toEqual([1, n]);
  });
});

describe('topologicalOrder (Kahn)', () => {
  it('orders a DAG and refuses a cycle', () => {
    expect(Array.from(topologicalOrder(graphOf(3, [[2, 0], [0, 1]])) ?? [])).toEqual([2, 0, 1]);
    expect(topologicalOrder(graphOf(2, [[0, 1], [1, 0]]))).toBeNull();
    expect(Array.from(topologicalOrder(graphOf(2, [[0, 1], [1, 0]]), Uint8Array.from([0, 1])) ?? [])).toEqual([0, 1]);
  });
});
