import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { scheduleFindings } from '../../../src/domain/schedule/schedule-findings';
import { item, link } from '../work-item-builder';
import { calendar } from './network-builder';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import type { WorkItem } from '../../../src/domain/work-item';

const rules = [{ linkType: 'Blocks', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 0 }];

function findings(items: WorkItem[], hiddenChildren?: Map<string, number>) {
  const schedule = criticalPath({ items, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 2, isWork: (i) => i.type !== 'Risk' });
  return scheduleFindings({ schedule, items, rules, durationSourceLabel: 'original estimate', hiddenLinks: null, durationSource: 'originalEstimate', ...(hiddenChildren ? { hiddenChildren } : {}) });
}

describe('scheduleFindings: summary tasks', () => {
  // Epic E (own estimate 5 days) > story S (its sub-tasks' total, 3 days) > T1 1 day, T2 2 days; risk R under E, no estimate.
  const items = [
    item('P-1', { summary: 'Checkout', type: 'Epic', originalEstimateSeconds: 5 * 8 * 3600 }),
    item('P-2', { summary: 'Card form', type: 'Story', parentKey: 'P-1', originalEstimateSeconds: 3 * 8 * 3600, estimateFromSubtasks: true }),
    item('P-3', { type: 'Sub-task', parentKey: 'P-2', originalEstimateSeconds: 8 * 3600 }),
    item('P-4', { type: 'Sub-task', parentKey: 'P-2', originalEstimateSeconds: 2 * 8 * 3600, links: [link('9', 'Blocks', 'inward', 'P-2')] }),
    item('P-5', { type: 'Risk', parentKey: 'P-1', originalEstimateSeconds: null }),
  ];

  it('names a parent whose own estimate the roll-up replaces once, and not one whose estimate is its sub-tasks\' total', () => {
    const parent = findings(items).find((f) => f.kind === 'parent-estimate-unused');
    expect(parent).toMatchObject({ issueKeys: ['P-1'], count: 1, details: ['P-1 Checkout: rolled up from 2 issue(s), 2 days'] });
  });

  it('lists no risk, decision or parent as missing an estimate', () => {
    expect(findings(items).some((f) => f.kind === 'missing-estimate')).toBe(false);
  });

  it('names a link between a parent and its own child, which it ignores', () => {
    expect(findings(items).find((f) => f.kind === 'summary-link')).toMatchObject({ issueKeys: ['P-2', 'P-4'], details: ['P-2 → P-4 (link 9)'] });
  });

  it('names a parent whose children are all hidden, with the assumption made', () => {
    // The viewer sees story P-6 (16 h: its sub-tasks' total) and epic P-7 (no estimate), none of their children.
    const seen = [
      item('P-6', { summary: 'Refunds', type: 'Story', originalEstimateSeconds: 2 * 8 * 3600, estimateFromSubtasks: true }),
      item('P-7', { summary: 'Payouts', type: 'Story', originalEstimateSeconds: null }),
      item('P-8'),
    ];
    const finding = findings(seen, new Map([['P-6', 3], ['P-7', 2]])).find((f) => f.kind === 'children-hidden');
    expect(finding).toMatchObject({
      severity: 'warning',
      issueKeys: ['P-6', 'P-7'],
      details: ['P-6 Refunds: 3 sub-task(s) hidden; scheduled as one activity of 2 days', 'P-7 Payouts: 2 sub-task(s) hidden; scheduled as taking no time'],
    });
    expect(finding?.advice).toContain('assumes each parent is one piece of work');
    expect(findings(seen).some((f) => f.kind === 'children-hidden')).toBe(false);
  });
});
