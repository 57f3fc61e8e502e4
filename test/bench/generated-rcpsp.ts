/**
 * Generated resource-constrained projects of the PSPLIB kind for the levelling bench: n jobs in layers, each
 * with 1 to 3 finish-to-start successors among the next jobs, durations 1-10, demands 0-10 on four resources
 * of capacity 10-20 (J30-like strength); and a Jira-like project: n issues for `people` people (one assignee
 * each, capacity 1), 1-8 days, about one link per issue. Seeded, so every run draws the same projects.
 */
import type { LevellingProblem } from '../../src/domain/levelling/levelling-problem';
import { seededRandom } from '../../src/domain/levelling/seeded-random';
import { adjacency } from '../../src/domain/schedule/compressed-adjacency';
import { topologicalOrder } from '../../src/domain/schedule/topological-order';

function network(n: number, from: number[], to: number[], duration: number[]): LevellingProblem['network'] {
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const out = adjacency(n, edgeFrom, from.length);
  const into = adjacency(n, edgeTo, to.length);
  const graph = { edgeFrom, edgeTo, edgeKind: new Uint8Array(from.length), edgeLag: new Float64Array(from.length), outStart: out.start, outEdge: out.edge, inStart: into.start, inEdge: into.edge };
  const removed = new Uint8Array(from.length);
  const order = topologicalOrder(graph, removed) ?? new Int32Array(0);
  return { graph, removed, duration: Float64Array.from(duration), fixedStart: new Float64Array(n).fill(NaN), fixedFinish: new Float64Array(n).fill(NaN), order };
}

export function generatedRcpsp(n: number, seed: number): LevellingProblem {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const from: number[] = [];
  const to: number[] = [];
  const window = Math.max(4, Math.round(n / 8));
  for (let j = 0; j < n - 1; j++) {
    const count = int(1, 3);
    for (let k = 0; k < count; k++) {
      const s = Math.min(n - 1, j + int(1, window));
      if (!to.some((t, e) => t === s && from[e] === j)) {
        from.push(j);
        to.push(s);
      }
    }
  }
  const capacities = [int(10, 20), int(10, 20), int(10, 20), int(10, 20)];
  const demands = Array.from({ length: n }, () => {
    const r = int(0, 3);
    return [{ resource: r, units: int(1, Math.min(10, capacities[r] ?? 10)) }, ...(random() < 0.3 ? [{ resource: (r + 1) % 4, units: int(1, 10) }] : [])];
  });
  return {
    network: network(n, from, to, Array.from({ length: n }, () => int(1, 10))),
    resources: capacities.map((capacity, r) => ({ id: `R${r + 1}`, capacity })),
    demands,
    names: Array.from({ length: n }, (_, j) => String(j + 1)),
  };
}

export function jiraLikeProject(issues: number, people: number, seed: number): LevellingProblem {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const from: number[] = [];
  const to: number[] = [];
  for (let j = 1; j < issues; j++) {
    if (random() < 0.8) {
      from.push(Math.max(0, j - int(1, 40)));
      to.push(j);
    }
  }
  return {
    network: network(issues, from, to, Array.from({ length: issues }, () => int(1, 8))),
    resources: Array.from({ length: people }, (_, p) => ({ id: `person-${p + 1}`, capacity: 1 })),
    demands: Array.from({ length: issues }, () => [{ resource: int(0, people - 1), units: 1 }]),
    names: Array.from({ length: issues }, (_, j) => `PAY-${j + 1}`),
  };
}
