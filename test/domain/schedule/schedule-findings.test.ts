import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { scheduleFindings } from '../../../src/domain/schedule/schedule-findings';
import { item, link } from '../work-item-builder';
import { schedule } from './network-builder';

describe('scheduleFindings: work under way whose remaining work is assumed', () => {
  const items = [item('P-1', { summary: 'Card vault', originalEstimateSeconds: 3 * 8 * 3600 }), item('P-2'), item('P-3', { parentKey: 'P-2' })];
  const result = schedule([], { items, remaining: new Map([['P-1', 3], ['P-2', 2]]) });
  const findings = (remainingAssumed?: string[]) =>
    scheduleFindings({ schedule: result, items, rules: [], durationSourceLabel: 'original estimate', hiddenLinks: null, ...(remainingAssumed ? { remainingAssumed } : {}) });

  it('names each item with the days assumed left and says what it does to the dates', () => {
    const finding = findings(['P-2', 'P-1']).find((f) => f.kind === 'remaining-assumed');
    // P-2 is a parent, a summary task: its work is its children's, so it is left out.
    expect(finding).toMatchObject({ severity: 'info', issueKeys: ['P-1'], details: ['P-1 Card vault: 3 days assumed left'], count: 1 });
    expect(finding?.advice).toContain('assumes the remaining work is the whole estimate');
    expect(finding?.advice).toContain('remaining estimate in Jira');
  });

  it('is absent when every item under way says what is left', () => {
    expect(findings([]).some((f) => f.kind === 'remaining-assumed')).toBe(false);
    expect(findings().some((f) => f.kind === 'remaining-assumed')).toBe(false);
  });
});

describe('scheduleFindings: out-of-sequence progress', () => {
  // A(3) -FS-> B, B done on days 1-2 (before A can finish on day 3); C(2) -SS+1-> D, D done from day 0.
  const result = schedule(
    [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A'] }, { key: 'C', days: 2 }, { key: 'D', days: 1, after: [['C', 'SS', 1]] }],
    { actuals: new Map([['B', { start: 1, finish: 3 }], ['D', { start: 0, finish: 1 }]]) },
  );
  const items = [item('A', { summary: 'Schema' }), item('B', { summary: 'Migration' }), item('C', { summary: '' }), item('D', { summary: '' })];
  const findings = () => scheduleFindings({ schedule: result, items, rules: [], durationSourceLabel: 'original estimate', hiddenLinks: null });

  it('names both issues of each link, the kind and the days, instead of a negative slack', () => {
    const finding = findings().find((f) => f.kind === 'out-of-sequence');
    expect(finding).toMatchObject({ severity: 'warning', issueKeys: ['A', 'B', 'C', 'D'], count: 2 });
    expect(finding?.details).toEqual([
      'B Migration (done) started 2 working days before its predecessor A Schema finishes (finish-to-start)',
      'D (done) started 1 working day before its predecessor C starts, plus 1 day lag (start-to-start)',
    ]);
    expect(finding?.advice).toContain('not counted against');
    expect(result.items.A?.totalSlack).toBeGreaterThanOrEqual(0);
  });

  it('is absent when done work followed its predecessors', () => {
    const inOrder = schedule([{ key: 'A', days: 1 }, { key: 'B', days: 1, after: ['A'] }], { actuals: new Map([['B', { start: 1, finish: 2 }]]) });
    expect(scheduleFindings({ schedule: inOrder, items, rules: [], durationSourceLabel: 'x', hiddenLinks: null }).some((f) => f.kind === 'out-of-sequence')).toBe(false);
  });
});

describe('scheduleFindings: link types not read as dependencies', () => {
  // Three "Relates" links (one carried by both ends), one "Clones", one mapped "Blocks" that is not reported.
  const items = [
    item('P-1', { links: [link('1', 'Relates', 'outward', 'P-2'), link('2', 'Relates', 'outward', 'P-3'), link('4', 'Blocks', 'outward', 'P-2')] }),
    item('P-2', { links: [link('1', 'Relates', 'inward', 'P-1'), link('3', 'Clones', 'inward', 'P-3'), link('4', 'Blocks', 'inward', 'P-1')] }),
    item('P-3', { links: [link('5', 'Relates', 'outward', 'P-1')] }),
  ];
  const rules = [{ linkType: 'Blocks', predecessor: 'outward' as const, kind: 'FS' as const, lagDays: 0 }];
  const result = schedule([{ key: 'P-1', days: 1 }, { key: 'P-2', days: 1, after: ['P-1'] }, { key: 'P-3', days: 1 }]);

  it('counts each unmapped link once, per type in the order first met', () => {
    const finding = scheduleFindings({ schedule: result, items, rules, durationSourceLabel: 'original estimate', hiddenLinks: null }).find((f) => f.kind === 'unmapped-link-type');
    expect(finding).toMatchObject({ severity: 'info', issueKeys: [], details: ['Relates: 3 link(s)', 'Clones: 1 link(s)'], count: 4 });
    expect(finding?.advice).toContain('(Relates, Clones)');
  });

  it('is absent when every link type is mapped', () => {
    const mapped = [...rules, { ...rules[0]!, linkType: 'Relates' }, { ...rules[0]!, linkType: 'Clones' }];
    expect(scheduleFindings({ schedule: result, items, rules: mapped, durationSourceLabel: 'original estimate', hiddenLinks: null }).some((f) => f.kind === 'unmapped-link-type')).toBe(false);
  });
});
