import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { DependencyRule } from '../../src/domain/dependency-rule';
import { projectOverview } from '../../src/domain/project-overview';
import { item, link } from './work-item-builder';

const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };
const depends: DependencyRule = { linkType: 'Depends', predecessor: 'inward', kind: 'FS', lagDays: 0 };
const base = { rules: [blocks, depends], durationSource: 'originalEstimate' as const, hiddenLinks: null, truncatedAt: null };

describe('projectOverview', () => {
  it('answers an empty scope with zero counts and no findings', () => {
    const result = projectOverview({ ...base, items: [] });
    expect(result).toEqual({ issueCount: 0, byType: [], linksByType: [], findings: [], hiddenLinksChecked: false });
  });

  it('counts issues by type, status category and status, busiest type first', () => {
    const result = projectOverview({
      ...base,
      items: [
        item('P-1', { type: 'Story', status: 'Done', statusCategory: 'done' }),
        item('P-2', { type: 'Story', status: 'In Review', statusCategory: 'inProgress' }),
        item('P-3', { type: 'Story', status: 'In Progress', statusCategory: 'inProgress' }),
        item('P-4', { type: 'Bug' }),
      ],
    });
    expect(result.byType).toEqual([
      {
        type: 'Story',
        total: 3,
        byStatusCategory: { todo: 0, inProgress: 2, done: 1 },
        byStatus: [
          { name: 'Done', count: 1 },
          { name: 'In Progress', count: 1 },
          { name: 'In Review', count: 1 },
        ],
      },
      { type: 'Bug', total: 1, byStatusCategory: { todo: 1, inProgress: 0, done: 0 }, byStatus: [{ name: 'To Do', count: 1 }] },
    ]);
  });

  it('counts a link between two issues in scope once, and says how each type is read', () => {
    const result = projectOverview({
      ...base,
      items: [
        item('P-1', { links: [link('10', 'Blocks', 'outward', 'P-2'), link('11', 'Relates', 'outward', 'P-2')] }),
        item('P-2', { links: [link('10', 'Blocks', 'inward', 'P-1'), link('11', 'Relates', 'inward', 'P-1')] }),
      ],
    });
    expect(result.linksByType).toEqual([
      { name: 'Blocks', count: 1, mappedAs: 'FS (outward side first)' },
      { name: 'Relates', count: 1, mappedAs: null },
    ]);
    expect(result.findings).toEqual([]);
  });

  it('lists open leaf issues without an estimate, but not parents or done work', () => {
    const result = projectOverview({
      ...base,
      items: [
        item('P-1', { type: 'Epic', originalEstimateSeconds: null }),
        item('P-2', { parentKey: 'P-1', originalEstimateSeconds: null }),
        item('P-10', { parentKey: 'P-1', originalEstimateSeconds: null }),
        item('P-3', { originalEstimateSeconds: null, statusCategory: 'done', status: 'Done' }),
        item('P-4'),
      ],
    });
    const finding = result.findings.find((f) => f.kind === 'missing-estimate');
    expect(finding?.issueKeys).toEqual(['P-2', 'P-10']);
    expect(finding?.count).toBe(2);
    expect(finding?.advice).toContain('original estimate');
  });

  it('uses the configured duration source when looking for missing estimates', () => {
    const items = [item('P-1', { storyPoints: 3, originalEstimateSeconds: null }), item('P-2', { storyPoints: null })];
    const finding = projectOverview({ ...base, durationSource: 'storyPoints', items }).findings.find((f) => f.kind === 'missing-estimate');
    expect(finding?.issueKeys).toEqual(['P-2']);
  });

  it('reports links leaving the scope with both ends named', () => {
    const result = projectOverview({ ...base, items: [item('PAY-1', { links: [link('7', 'Blocks', 'inward', 'PLAT-3')] })] });
    const finding = result.findings.find((f) => f.kind === 'link-outside-scope');
    expect(finding).toMatchObject({ issueKeys: ['PAY-1'], details: ['PLAT-3 → PAY-1 (Blocks)'], count: 1 });
    expect(finding?.advice).toContain('PLAT-3');
  });

  it('reports duplicate dependencies even across link types that mean the same thing', () => {
    // "P-1 blocks P-2" and "P-2 depends on P-1" both make P-1 the predecessor of P-2.
    const result = projectOverview({
      ...base,
      items: [
        item('P-1', { links: [link('1', 'Blocks', 'outward', 'P-2'), link('2', 'Depends', 'inward', 'P-2'), link('3', 'Blocks', 'outward', 'P-2')] }),
        item('P-2', { links: [link('1', 'Blocks', 'inward', 'P-1'), link('2', 'Depends', 'outward', 'P-1'), link('3', 'Blocks', 'inward', 'P-1')] }),
      ],
    });
    const finding = result.findings.find((f) => f.kind === 'duplicate-link');
    expect(finding?.count).toBe(2);
    expect(finding?.issueKeys).toEqual(['P-1', 'P-2']);
    expect(finding?.details).toHaveLength(1);
  });

  it('does not call opposite dependencies duplicates: that is a cycle, not a repeat', () => {
    const result = projectOverview({
      ...base,
      items: [
        item('P-1', { links: [link('1', 'Blocks', 'outward', 'P-2'), link('2', 'Blocks', 'inward', 'P-2')] }),
        item('P-2', { links: [link('1', 'Blocks', 'inward', 'P-1'), link('2', 'Blocks', 'outward', 'P-1')] }),
      ],
    });
    expect(result.findings.map((f) => f.kind)).not.toContain('duplicate-link');
  });

  it('reports self-links', () => {
    const result = projectOverview({ ...base, items: [item('P-1', { links: [link('9', 'Blocks', 'outward', 'P-1')] })] });
    expect(result.findings.find((f) => f.kind === 'self-link')?.issueKeys).toEqual(['P-1']);
  });

  it('reports hidden links by count only, never naming the hidden issue', () => {
    const result = projectOverview({ ...base, items: [item('P-1'), item('P-2')], hiddenLinks: new Map([['P-2', 2], ['P-1', 0]]) });
    const finding = result.findings.find((f) => f.kind === 'link-not-visible');
    expect(finding).toMatchObject({ issueKeys: ['P-2'], count: 2, details: ['P-2: 2 link(s) you cannot see'] });
    expect(result.hiddenLinksChecked).toBe(true);
  });

  it('says when the scope was cut short', () => {
    const result = projectOverview({ ...base, items: [item('P-1')], truncatedAt: 1 });
    expect(result.findings[0]?.kind).toBe('scope-truncated');
  });
});
