import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { DependencyRule } from '../../src/domain/dependency-rule';
import { overviewForViewer, overviewParts } from '../../src/domain/overview-parts';
import { projectOverview } from '../../src/domain/project-overview';
import { item, link } from './work-item-builder';

const blocks: DependencyRule = { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 };
const base = { rules: [blocks], durationSource: 'originalEstimate' as const, truncatedAt: null };

// P-1 blocks P-2 (inside); P-1 blocks X-1 (a project the viewer may browse); P-2 relates to Y-1 (one they may not).
const items = [
  item('P-1', { links: [link('10', 'Blocks', 'outward', 'P-2'), link('11', 'Blocks', 'outward', 'X-1')] }),
  item('P-2', { type: 'Story', links: [link('10', 'Blocks', 'inward', 'P-1'), link('12', 'Relates', 'outward', 'Y-1')] }),
];

describe('overviewParts and overviewForViewer', () => {
  it('keeps the links that leave the scope one by one, with the other end\'s project, and counts the rest', () => {
    const parts = overviewParts({ ...base, items });
    expect(parts.issuesByProject).toEqual({ P: 2 });
    expect(parts.inside.linksByType).toEqual([{ name: 'Blocks', mappedAs: expect.any(String), count: 1 }]);
    expect(parts.outside.map((l) => [l.id, l.scopeKey, l.otherProjectKey])).toEqual([['11', 'P-1', 'X'], ['12', 'P-2', 'Y']]);
  });

  it('gives a viewer who may browse every project what the Overview of the whole scope says', () => {
    const whole = projectOverview({ ...base, items, hiddenLinks: null });
    const viewer = overviewForViewer(overviewParts({ ...base, items }), base.rules, () => true);
    expect(viewer.linksByType).toEqual(whole.linksByType);
    expect(viewer.findings.find((f) => f.kind === 'link-outside-scope')).toEqual(whole.findings.find((f) => f.kind === 'link-outside-scope'));
  });

  it('counts links into a project the viewer may not browse per scope issue, never naming the other end', () => {
    const viewer = overviewForViewer(overviewParts({ ...base, items }), base.rules, (p) => p !== 'Y');
    expect(viewer.linksByType.map((t) => [t.name, t.count])).toEqual([['Blocks', 2]]);
    const hidden = viewer.findings.find((f) => f.kind === 'link-not-visible');
    expect(hidden).toMatchObject({ issueKeys: ['P-2'], count: 1 });
    expect(JSON.stringify(viewer)).not.toContain('Y-1');
  });
});
