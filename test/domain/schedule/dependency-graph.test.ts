import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DependencyRule } from '../../../src/domain/dependency-rule';
import { dependencyGraph, KINDS, type DependencyGraph } from '../../../src/domain/schedule/dependency-graph';
import { item, link } from '../work-item-builder';

const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };
const depends: DependencyRule = { linkType: 'Depends', predecessor: 'inward', kind: 'FS', lagDays: 0 };
const startToStart: DependencyRule = { linkType: 'Gantt Start to Start', predecessor: 'outward', kind: 'SS', lagDays: 2 };
const rules = [blocks, depends, startToStart];

function edges(graph: DependencyGraph): string[] {
  return Array.from(graph.edgeFrom, (u, e) => {
    const kind = KINDS[graph.edgeKind[e] ?? 0] ?? '';
    return `${graph.keys[u]}->${graph.keys[graph.edgeTo[e] ?? 0]} ${kind}${graph.edgeLag[e]} #${graph.edgeLinkId[e]}`;
  });
}

function outOf(graph: DependencyGraph, key: string): string[] {
  const v = graph.indexOf.get(key) ?? -1;
  return Array.from(graph.outEdge.subarray(graph.outStart[v], graph.outStart[v + 1]), (e) => graph.keys[graph.edgeTo[e] ?? 0] ?? '');
}

function inOf(graph: DependencyGraph, key: string): string[] {
  const v = graph.indexOf.get(key) ?? -1;
  return Array.from(graph.inEdge.subarray(graph.inStart[v], graph.inStart[v + 1]), (e) => graph.keys[graph.edgeFrom[e] ?? 0] ?? '');
}

describe('dependencyGraph', () => {
  it('is empty for no items', () => {
    const graph = dependencyGraph([], rules);
    expect([graph.keys, graph.edgeCount, Array.from(graph.outStart)]).toEqual([[], 0, [0]]);
  });

  it('orients each link by its rule and counts a link carried by both ends once', () => {
    const graph = dependencyGraph(
      [
        // PAY-1 blocks PAY-2 (carried by both); PAY-3 depends on PAY-2 (inward side is the predecessor)
        item('PAY-1', { links: [link('10', 'Blocks', 'outward', 'PAY-2')] }),
        item('PAY-2', { links: [link('10', 'blocks', 'inward', 'PAY-1'), link('11', 'Depends', 'inward', 'PAY-3')] }),
        item('PAY-3', { links: [link('11', 'Depends', 'outward', 'PAY-2'), link('12', 'Gantt Start to Start', 'outward', 'PAY-1')] }),
      ],
      rules,
    );
    expect(edges(graph)).toEqual(['PAY-1->PAY-2 FS0 #10', 'PAY-2->PAY-3 FS0 #11', 'PAY-3->PAY-1 SS2 #12']);
    expect([outOf(graph, 'PAY-2'), inOf(graph, 'PAY-2'), inOf(graph, 'PAY-1')]).toEqual([['PAY-3'], ['PAY-1'], ['PAY-3']]);
  });

  it('keeps links to issues outside the scope as external nodes, and ignores unmapped link types', () => {
    const graph = dependencyGraph(
      [
        item('PAY-1', { links: [link('20', 'Blocks', 'inward', 'PLAT-7'), link('21', 'Relates', 'outward', 'PAY-2')] }),
        item('PAY-2', { links: [link('22', 'Blocks', 'outward', 'CORE-3'), link('21', 'Relates', 'inward', 'PAY-1')] }),
      ],
      rules,
    );
    expect(graph.keys).toEqual(['PAY-1', 'PAY-2', 'PLAT-7', 'CORE-3']);
    expect(graph.inScopeCount).toBe(2);
    expect(edges(graph)).toEqual(['PLAT-7->PAY-1 FS0 #20', 'PAY-2->CORE-3 FS0 #22']);
  });

  it('reports self-links and duplicates as data and adds no edge for them', () => {
    const graph = dependencyGraph(
      [
        item('P-1', {
          links: [
            link('30', 'Blocks', 'outward', 'P-1'),
            link('31', 'Blocks', 'outward', 'P-2'),
            link('32', 'Depends', 'inward', 'P-2'), // P-2 depends on P-1: the same FS dependency as 31
            link('33', 'Blocks', 'outward', 'P-2'), // the same as 31
            link('34', 'Gantt Start to Start', 'outward', 'P-2'), // same pair, another kind: kept
          ],
        }),
        item('P-2'),
      ],
      rules,
    );
    expect(graph.selfLinks).toEqual([{ linkId: '30', key: 'P-1', kind: 'FS' }]);
    expect(graph.duplicateLinks).toEqual([
      { linkId: '32', sameAs: '31', fromKey: 'P-1', toKey: 'P-2' },
      { linkId: '33', sameAs: '31', fromKey: 'P-1', toKey: 'P-2' },
    ]);
    expect(edges(graph)).toEqual(['P-1->P-2 FS0 #31', 'P-1->P-2 SS2 #34']);
  });

  it('keeps two links of the same kind between the same pair when their lags differ', () => {
    const lagged: DependencyRule = { linkType: 'Blocks later', predecessor: 'outward', kind: 'FS', lagDays: 3 };
    const graph = dependencyGraph(
      [item('P-1', { links: [link('1', 'Blocks', 'outward', 'P-2'), link('2', 'Blocks later', 'outward', 'P-2')] }), item('P-2')],
      [...rules, lagged],
    );
    expect(edges(graph)).toEqual(['P-1->P-2 FS0 #1', 'P-1->P-2 FS3 #2']);
  });

  it('builds 100,000 nodes and 300,000 edges in compact arrays', () => {
    const n = 100_000;
    const items = Array.from({ length: n }, (_, i) =>
      item(`P-${i}`, { links: [1, 2, 3].filter((s) => i + s < n).map((s) => link(`${i * 3 + s}`, 'Blocks', 'outward', `P-${i + s}`)) }),
    );
    const graph = dependencyGraph(items, rules);
    expect(graph.edgeCount).toBe(3 * n - 6);
    expect(graph.outStart[n]).toBe(graph.edgeCount);
    expect(outOf(graph, 'P-10')).toEqual(['P-11', 'P-12', 'P-13']);
  });
});
