import { describe, expect, it } from 'vitest';
import { scheduleFindings } from '../../../src/domain/schedule/schedule-findings';
import { item } from '../work-item-builder';
import { schedule } from './network-builder';

describe('scheduleFindings: work under way whose remaining work is assumed', () => {
  const result = schedule(
    [
      { key: 'P-1', days: 3 },
      { key: 'P-2', days: 2 },
    ],
    { remaining: new Map([['P-1', 3], ['P-2', 2]]) },
  );
  const items = [item('P-1', { summary: 'Card vault' }), item('P-2'), item('P-3', { parentKey: 'P-2' })];
  const findings = (remainingAssumed?: string[]) =>
    scheduleFindings({ schedule: result, items, rules: [], durationSourceLabel: 'original estimate', hiddenLinks: null, ...(remainingAssumed ? { remainingAssumed } : {}) });

  it('names each item with the days assumed left and says what it does to the dates', () => {
    const finding = findings(['P-2', 'P-1']).find((f) => f.kind === 'remaining-assumed');
    // P-2 is a parent: its work is its children's, so it is left out.
    expect(finding).toMatchObject({ severity: 'info', issueKeys: ['P-1'], details: ['P-1 Card vault: 3 days assumed left'], count: 1 });
    expect(finding?.advice).toContain('assumes the remaining work is the whole estimate');
    expect(finding?.advice).toContain('remaining estimate in Jira');
  });

  it('is absent when every item under way says what is left', () => {
    expect(findings([]).some((f) => f.kind === 'remaining-assumed')).toBe(false);
    expect(findings().some((f) => f.kind === 'remaining-assumed')).toBe(false);
  });
});
