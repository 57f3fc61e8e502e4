/**
 * Dependency cycles and the links to cut so the plan can be scheduled (DESIGN.md section 1, "Cycles").
 * Tarjan's SCCs; in each cyclic component, a bounded sample of its simple cycles (cycle-sample.ts) and a
 * greedy cover of the sample (greedy-cycle-cover.ts: most cycles first, ties to the newest link). Cycles
 * that remain (a component with more cycles than the sample) are cut in one pass by the Eades-Lin-Smyth
 * order (feedback-arc-cuts.ts); cuts that a topological order shows to be unneeded are put back.
 * O(V + E + sampling budget) plus O((V + E) log V) for the fallback.
 */
import { compareIssueKeys } from '../issue-key-order';
import { cycleSampler } from './cycle-sample';
import { feedbackArcCuts } from './feedback-arc-cuts';
import type { DependencyGraph } from './dependency-graph';
import { cutLink, greedyCover, type CutLink } from './greedy-cycle-cover';
import { stronglyConnected } from './strongly-connected';
import { topologicalOrder } from './topological-order';

export interface DependencyCycle {
  /** The issues of one strongly connected component (one issue for a self-link), in key order; cycles are listed by their first key. */
  issueKeys: string[];
  /** The link whose removal breaks the most cycles found: the one to delete or re-point in Jira. */
  suggestedCut: CutLink;
  /** Every link the schedule ignores to break this component's cycles, suggestedCut first. */
  ignoredLinks: CutLink[];
}

export interface CycleCuts {
  cycles: DependencyCycle[];
  /** removed[e] === 1: edge e is cut and the schedule runs without it. */
  removed: Uint8Array;
}

const MAX_SAMPLED_CYCLES = 200;
const SAMPLE_ROUNDS = 1;

/** compareIssueKeys' order, parsing each key and comparing each project once: a cycle can hold most of a project. */
function sortedKeys(keys: string[]): string[] {
  const parsed = keys.map((key) => {
    const dash = key.lastIndexOf('-');
    const digits = key.slice(dash + 1);
    const number = dash > 0 && /^\d+$/.test(digits) ? Number(digits) : NaN;
    return { key, project: Number.isNaN(number) ? key : key.slice(0, dash), number, rank: 0 };
  });
  const projects = [...new Set(parsed.filter((p) => !Number.isNaN(p.number)).map((p) => p.project))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(projects.map((p, i) => [p, i]));
  for (const p of parsed) p.rank = rank.get(p.project) ?? -1;
  parsed.sort((a, b) =>
    a.rank >= 0 && b.rank >= 0 ? a.rank - b.rank || a.number - b.number : compareIssueKeys(a.key, b.key),
  );
  return parsed.map((p) => p.key);
}

export function cycleCuts(graph: DependencyGraph): CycleCuts {
  const removed = new Uint8Array(graph.edgeCount);
  const sampler = cycleSampler(graph);
  const cycles: DependencyCycle[] = graph.selfLinks.map((self) => {
    const cut = { linkId: self.linkId, fromKey: self.key, toKey: self.key, kind: self.kind, cyclesBroken: 1 };
    return { issueKeys: [self.key], suggestedCut: cut, ignoredLinks: [cut] };
  });
  // A later round splits an earlier component; its cuts belong to that first report.
  const reportOf = new Int32Array(graph.keys.length).fill(-1);
  for (let round = 0; round < SAMPLE_ROUNDS; round++) {
    const { cyclic } = stronglyConnected(graph, removed);
    if (cyclic.length === 0) break;
    for (const members of cyclic) {
      let edges = 0;
      for (const v of members) edges += (graph.outStart[v + 1] ?? 0) - (graph.outStart[v] ?? 0);
      const sample = sampler.sample(members, removed, members.length + edges + 10_000, MAX_SAMPLED_CYCLES);
      const cuts = greedyCover(graph, sample, removed);
      const first = members[0] ?? 0;
      let report = reportOf[first] ?? -1;
      const [suggestedCut] = cuts;
      if (report === -1 && suggestedCut) {
        report = cycles.length;
        const issueKeys = sortedKeys(members.map((v) => graph.keys[v] ?? ''));
        cycles.push({ issueKeys, suggestedCut, ignoredLinks: [] });
        for (const v of members) reportOf[v] = report;
      }
      cycles[report]?.ignoredLinks.push(...cuts);
    }
  }
  const left = stronglyConnected(graph, removed);
  if (left.cyclic.length > 0) {
    const inCycle = new Uint8Array(graph.keys.length);
    for (const members of left.cyclic) for (const v of members) inCycle[v] = 1;
    const fallback = feedbackArcCuts(graph, left.componentOf, inCycle, removed);
    // A cut edge that runs forward in a topological order of what is left can come back without a cycle.
    const rank = new Int32Array(graph.keys.length);
    (topologicalOrder(graph, removed) ?? []).forEach((v, i) => (rank[v] = i));
    for (const e of fallback) {
      if ((rank[graph.edgeFrom[e] ?? 0] ?? 0) < (rank[graph.edgeTo[e] ?? 0] ?? 0)) removed[e] = 0;
      else cycles[reportOf[graph.edgeFrom[e] ?? 0] ?? -1]?.ignoredLinks.push(cutLink(graph, e, 0));
    }
  }
  cycles.sort((a, b) => compareIssueKeys(a.issueKeys[0] ?? '', b.issueKeys[0] ?? ''));
  return { cycles, removed };
}
