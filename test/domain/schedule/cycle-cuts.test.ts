import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyRule } from '../../../src/domain/dependency-rule';
import { cycleCuts } from '../../../src/domain/schedule/cycle-cuts';
import { compareLinkAge } from '../../../src/domain/schedule/greedy-cycle-cover';
import { dependencyGraph } from '../../../src/domain/schedule/dependency-graph';
import { stronglyConnected } from '../../../src/domain/schedule/strongly-connected';
import { topologicalOrder } from '../../../src/domain/schedule/topological-order';
import { item, link } from '../work-item-builder';
import { schedule } from './network-builder';

const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };

/** Items from "id:from>to" links, each link carried by its predecessor. */
function graphOf(keys: string[], links: string[]) {
  const items = new Map(keys.map((key) => [key, item(key)]));
  for (const spec of links) {
    const [id = '', ends = ''] = spec.split(':');
    const [from = '', to = ''] = ends.split('>');
    items.get(from)?.links.push(link(id, 'Blocks', 'outward', to));
  }
  return dependencyGraph([...items.values()], [blocks]);
}

describe('cycleCuts', () => {
  it('finds nothing to cut in a DAG', () => {
    const graph = graphOf(['A', 'B', 'C', 'D'], ['1:A>B', '2:A>C', '3:B>D', '4:C>D']);
    expect(cycleCuts(graph).cycles).toEqual([]);
  });

  it('reports a self-link as a cycle of one issue', () => {
    const graph = graphOf(['A'], ['7:A>A']);
    const cut = { linkId: '7', fromKey: 'A', toKey: 'A', kind: 'FS', cyclesBroken: 1 };
    expect(cycleCuts(graph).cycles).toEqual([{ issueKeys: ['A'], suggestedCut: cut, ignoredLinks: [cut] }]);
  });

  it('cuts the newest link of a 2-cycle and of a 3-cycle', () => {
    const two = cycleCuts(graphOf(['A', 'B'], ['10:A>B', '11:B>A']));
    expect(two.cycles.map((c) => [c.issueKeys, c.suggestedCut.linkId])).toEqual([[['A', 'B'], '11']]);
    const three = cycleCuts(graphOf(['P-1', 'P-2', 'P-10'], ['9:P-1>P-2', '100:P-2>P-10', '20:P-10>P-1']));
    expect(three.cycles.map((c) => [c.issueKeys, c.suggestedCut.linkId])).toEqual([[['P-1', 'P-2', 'P-10'], '100']]);
  });

  it('prefers the link on the most cycles over the newest', () => {
    // Cycles A-B-A (links 1, 2) and A-B-C-A (links 1, 3, 4): only link 1 breaks both.
    const { cycles, removed } = cycleCuts(graphOf(['A', 'B', 'C'], ['1:A>B', '2:B>A', '3:B>C', '4:C>A']));
    expect(cycles).toEqual([
      {
        issueKeys: ['A', 'B', 'C'],
        suggestedCut: { linkId: '1', fromKey: 'A', toKey: 'B', kind: 'FS', cyclesBroken: 2 },
        ignoredLinks: [{ linkId: '1', fromKey: 'A', toKey: 'B', kind: 'FS', cyclesBroken: 2 }],
      },
    ]);
    expect(Array.from(removed)).toEqual([1, 0, 0, 0]);
  });

  it('cuts until acyclic when one link is not enough, and keeps separate cycles apart', () => {
    // Two cycles sharing no link (A-B-A, C-D-C) and a complete graph on E, F, G.
    const graph = graphOf(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      ['1:A>B', '2:B>A', '3:C>D', '4:D>C', '5:E>F', '6:F>E', '7:F>G', '8:G>F', '9:E>G', '10:G>E', '11:B>C'],
    );
    const { cycles, removed } = cycleCuts(graph);
    expect(cycles.map((c) => c.issueKeys)).toEqual([['A', 'B'], ['C', 'D'], ['E', 'F', 'G']]);
    expect(cycles.map((c) => c.suggestedCut.linkId)).toEqual(['2', '4', '10']);
    expect(cycles[2]?.ignoredLinks.length).toBeGreaterThanOrEqual(2);
    expect(topologicalOrder(graph, removed)).not.toBeNull();
  });

  it('breaks a 100,000-issue ring at its newest link', () => {
    const n = 100_000;
    const keys = Array.from({ length: n }, (_, i) => `R-${i}`);
    const graph = graphOf(keys, keys.map((k, i) => `${i + 1}:${k}>R-${(i + 1) % n}`));
    const { cycles } = cycleCuts(graph);
    expect(cycles.map((c) => [c.issueKeys.length, c.suggestedCut.linkId, c.ignoredLinks.length])).toEqual([[n, String(n), 1]]);
  });

  it('orders link ids numerically when it can', () => {
    expect(['9', '100', '10', 'x', 'a'].sort(compareLinkAge)).toEqual(['9', '10', '100', 'a', 'x']);
  });
});

describe('criticalPath with cycles', () => {
  it('schedules without the suggested cut and says so', () => {
    // A(2) -> B(3) -> C(1) -> A: link 3 (C -> A) is the newest and is cut, leaving A -> B -> C.
    const result = schedule([
      { key: 'A', days: 2, after: [] },
      { key: 'B', days: 3, after: ['A'] },
      { key: 'C', days: 1, after: ['B'] },
      { key: 'D', days: 1, after: ['C'] },
      { key: 'A2', days: 1 },
    ].map((a) => (a.key === 'A' ? { ...a, after: ['C'] } : a)));
    // link ids: A after C = 1, B after A = 2, C after B = 3, D after C = 4
    expect(result.cycles.map((c) => [c.issueKeys, c.suggestedCut.linkId])).toEqual([[['A', 'B', 'C'], '3']]);
    expect(result.ignoredLinkIds).toEqual(['3']);
    expect([result.items.C?.earlyStart, result.items.A?.earlyStart, result.items.B?.earlyStart]).toEqual([0, 1, 3]);
    expect(result.projectFinish).toBe(6);
  });
});

describe('cycleCuts on graphs with more cycles than the sample', () => {
  it('cuts a complete 30-node digraph to a DAG, the fallback cuts marked with cyclesBroken 0', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `K-${i}`);
    let id = 0;
    const links = keys.flatMap((a) => keys.filter((b) => b !== a).map((b) => `${++id}:${a}>${b}`));
    const graph = graphOf(keys, links);
    const { cycles, removed } = cycleCuts(graph);
    expect(topologicalOrder(graph, removed)).not.toBeNull();
    expect(cycles).toHaveLength(1);
    const cut = cycles[0]?.ignoredLinks ?? [];
    expect(cut.filter((c) => c.cyclesBroken === 0).length).toBeGreaterThan(0);
    // a tournament needs at least 435 cuts (30 * 29 / 2) to become acyclic; the schedule keeps the rest
    expect(cut.length).toBe(435);
    expect(removed.reduce((sum, r) => sum + r, 0)).toBe(cut.length);
  });

  it('always leaves an acyclic graph and reports every cyclic component (random digraphs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n })),
        ),
        ([n, pairs]) => {
          const keys = Array.from({ length: n }, (_, i) => `G-${i}`);
          const graph = graphOf(keys, pairs.map(([a, b], i) => `${i + 1}:G-${a}>G-${b}`));
          const { cycles, removed } = cycleCuts(graph);
          expect(topologicalOrder(graph, removed)).not.toBeNull();
          const sccs = stronglyConnected(graph).cyclic.length + graph.selfLinks.length;
          expect(cycles).toHaveLength(sccs);
          const cutIds = new Set(cycles.flatMap((c) => c.ignoredLinks.filter((l) => l.fromKey !== l.toKey).map((l) => l.linkId)));
          expect(cutIds).toEqual(new Set(graph.edgeLinkId.filter((_, e) => removed[e] === 1)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
