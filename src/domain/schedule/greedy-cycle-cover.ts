/**
 * Greedy cover of a sample of cycles (the greedy set-cover heuristic, V. Chvatal, "A greedy heuristic for the
 * set-covering problem", Math. of OR 4(3), 1979): cut the edge on the most open cycles, ties to the newest
 * link (highest numeric id), close the cycles it breaks, repeat until none is open. O(picks x edges sampled).
 */
import type { DependencyKind } from '../dependency-rule';
import { KINDS, type DependencyGraph } from './dependency-graph';

export interface CutLink {
  linkId: string;
  fromKey: string;
  toKey: string;
  kind: DependencyKind;
  /** How many of the sampled cycles still open when it was chosen run through this link; 0 when cut by the one-pass fallback. */
  cyclesBroken: number;
}

/** Older links first: numeric ids compare as numbers (Jira's ids grow), others as strings. */
export function compareLinkAge(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cutLink(graph: DependencyGraph, e: number, cyclesBroken: number): CutLink {
  return {
    linkId: graph.edgeLinkId[e] ?? '',
    fromKey: graph.keys[graph.edgeFrom[e] ?? 0] ?? '',
    toKey: graph.keys[graph.edgeTo[e] ?? 0] ?? '',
    kind: KINDS[graph.edgeKind[e] ?? 0] ?? 'FS',
    cyclesBroken,
  };
}

export function greedyCover(graph: DependencyGraph, cycles: number[][], removed: Uint8Array): CutLink[] {
  const onCycles = new Map<number, number[]>();
  cycles.forEach((cycle, c) => {
    for (const e of cycle) {
      const list = onCycles.get(e);
      if (list) list.push(c);
      else onCycles.set(e, [c]);
    }
  });
  const open = new Uint8Array(cycles.length).fill(1);
  const count = new Map([...onCycles].map(([e, cs]) => [e, cs.length]));
  const cuts: CutLink[] = [];
  for (;;) {
    let best = -1;
    let bestCount = 0;
    for (const [e, c] of count) {
      const newer = best !== -1 && c === bestCount && compareLinkAge(graph.edgeLinkId[e] ?? '', graph.edgeLinkId[best] ?? '') > 0;
      if (c > bestCount || newer) [best, bestCount] = [e, c];
    }
    if (best === -1) return cuts;
    removed[best] = 1;
    cuts.push(cutLink(graph, best, bestCount));
    for (const c of onCycles.get(best) ?? []) {
      if (open[c] === 0) continue;
      open[c] = 0;
      for (const e of cycles[c] ?? []) count.set(e, (count.get(e) ?? 1) - 1);
    }
    for (const [e, c] of count) if (c === 0) count.delete(e);
  }
}
