import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleResult, ScheduleSummaryResult } from '../../../src/contract';
import { heldSummaryOf, withHeldSummary } from '../../../static/src/dependencies/held-summary';

const summary: ScheduleSummaryResult = { groups: [], links: [], criticalChain: ['BIG-1'], omittedGroups: 0, picker: [{ key: 'BIG-1', summary: 'Epic', issueCount: 40 }] };
const head: ScheduleResult = {
  project: { key: 'BIG', name: 'Big' },
  scopeJql: 'project = BIG',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2027-03-01',
  durationDays: 75,
  nearCriticalDays: 2,
  nodes: [],
  edges: [],
  cycles: [],
  findings: [],
  large: { issueCount: 2000, linkCount: 3000, criticalCount: 40, cycleCount: 0, fullBytes: 2_000_000 },
};

describe('the epics summary a polling tab holds', () => {
  it('is the one an answer carries, with its version; none when the answer carries none', () => {
    expect(heldSummaryOf({ ...head, summary, summaryVersion: '0123456789abcdef' })).toEqual({ version: '0123456789abcdef', summary });
    expect(heldSummaryOf(head)).toBeNull();
    expect(heldSummaryOf({ ...head, summaryVersion: '0123456789abcdef' }), 'a version alone is not a summary').toBeNull();
    expect(heldSummaryOf(null)).toBeNull();
  });

  it('is put back into an answer that says the caller holds its version, so the tab renders it as before', () => {
    const held = { version: '0123456789abcdef', summary };
    expect(withHeldSummary({ ...head, summaryVersion: '0123456789abcdef' }, held)).toEqual({ ...head, summary, summaryVersion: '0123456789abcdef' });
  });

  it('is not put into an answer of another version, one carrying its own summary, or one carrying none', () => {
    const held = { version: '0123456789abcdef', summary };
    const other = { ...head, summaryVersion: 'fedcba9876543210' };
    expect(withHeldSummary(other, held)).toBe(other);
    const own = { ...head, summary: { ...summary, criticalChain: [] }, summaryVersion: 'fedcba9876543210' };
    expect(withHeldSummary(own, held)).toBe(own);
    expect(withHeldSummary(head, held)).toBe(head);
    expect(withHeldSummary(other, null)).toBe(other);
  });
});
