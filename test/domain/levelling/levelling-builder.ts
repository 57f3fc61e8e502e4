import type { DependencyKind } from '../../../src/domain/dependency-rule';
import type { Demand, LevellingProblem, LevellingResource } from '../../../src/domain/levelling/levelling-problem';
import { adjacency } from '../../../src/domain/schedule/compressed-adjacency';
import { KINDS } from '../../../src/domain/schedule/dependency-graph';
import { topologicalOrder } from '../../../src/domain/schedule/topological-order';

export interface Link {
  from: number;
  to: number;
  kind?: DependencyKind;
  lag?: number;
}

export interface Task {
  days: number;
  /** Units of each resource, by index. */
  needs?: Readonly<Record<number, number | undefined>>;
  fixedAt?: number;
  notBefore?: number;
  pinned?: boolean;
}

/** A levelling problem from tasks (activity v = index v), links and resources, named A, B, C... */
export function problem(tasks: readonly Task[], links: readonly Link[], resources: readonly LevellingResource[]): LevellingProblem {
  const n = tasks.length;
  const edgeFrom = Int32Array.from(links, (l) => l.from);
  const edgeTo = Int32Array.from(links, (l) => l.to);
  const out = adjacency(n, edgeFrom, links.length);
  const into = adjacency(n, edgeTo, links.length);
  const graph = {
    edgeFrom,
    edgeTo,
    edgeKind: Uint8Array.from(links, (l) => KINDS.indexOf(l.kind ?? 'FS')),
    edgeLag: Float64Array.from(links, (l) => l.lag ?? 0),
    outStart: out.start,
    outEdge: out.edge,
    inStart: into.start,
    inEdge: into.edge,
  };
  const removed = new Uint8Array(links.length);
  const order = topologicalOrder(graph, removed);
  if (!order) throw new Error('test network has a cycle');
  return {
    network: {
      graph,
      removed,
      duration: Float64Array.from(tasks, (t) => t.days),
      fixedStart: Float64Array.from(tasks, (t) => t.fixedAt ?? NaN),
      fixedFinish: Float64Array.from(tasks, (t) => (t.fixedAt === undefined ? NaN : t.fixedAt + t.days)),
      earliestStart: Float64Array.from(tasks, (t) => t.notBefore ?? 0),
      order,
    },
    resources,
    demands: tasks.map((t): Demand[] => Object.entries(t.needs ?? {}).flatMap(([r, units]) => (units === undefined ? [] : [{ resource: Number(r), units }]))),
    pinned: Uint8Array.from(tasks, (t) => (t.pinned === true ? 1 : 0)),
    names: tasks.map((_, v) => String.fromCharCode(65 + (v % 26)) + (v >= 26 ? String(Math.floor(v / 26)) : '')),
  };
}

/** The start-to-start distance of a link (S(to) >= S(from) + distance), from DESIGN.md's four inequalities. */
export function distance(link: Link, days: (v: number) => number): number {
  const kind = link.kind ?? 'FS';
  return (kind === 'FS' || kind === 'FF' ? days(link.from) : 0) + (link.lag ?? 0) - (kind === 'FF' || kind === 'SF' ? days(link.to) : 0);
}
