import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { ScheduleResult } from '../../../src/contract';
import { jsonBytes } from '../../../src/use-cases/schedule-views/answer-budget';
import { scheduleHead } from '../../../src/use-cases/schedule-views/shaped-schedule';
import { summaryOfSchedule, withSummaryBesideHead } from '../../../src/use-cases/schedule-views/summary-beside-head';
import { edge, node } from './schedule-node-builder';

const nodes = [node('A-1', { type: 'Epic', summary: 'Alpha' }), node('A-2', { parentKey: 'A-1', critical: true }), node('B-2', { critical: true })];
const schedule: ScheduleResult = {
  project: { key: 'A', name: 'Alpha' },
  scopeJql: 'project = A',
  asOf: '2026-11-16',
  projectStart: '2026-11-16',
  projectFinish: '2026-11-17',
  durationDays: 1,
  nearCriticalDays: 2,
  nodes,
  edges: [edge('A-2', 'B-2', { critical: true })],
  cycles: [],
  findings: [],
  background: { state: 'ready', issueCount: 3, computedAt: '2026-11-16T06:00:00Z', refreshing: false, hiddenIssues: 0 },
};
const head = scheduleHead(schedule, 10_000_000);
const summary = summaryOfSchedule(schedule);

/** The answer's bytes with the summary and its version beside the head: what the budget is held to. */
const carriedBytes = (version: string) => jsonBytes({ ...head, summary, summaryVersion: version });
const version = withSummaryBesideHead(head, () => summary).summaryVersion ?? '';

describe('withSummaryBesideHead', () => {
  it('carries the summary and its version beside a head when the answer then weighs the budget at most, to the byte', () => {
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const carried = withSummaryBesideHead(head, () => summary, { budget: carriedBytes(version) });
    expect(carried).toEqual({ ...head, summary, summaryVersion: version });
    expect(jsonBytes(carried)).toBe(carriedBytes(version));
    expect(summary).toMatchObject({ criticalChain: ['A-1', '(none)'], background: schedule.background });
  });

  it('carries nothing one byte over the budget: the tab then asks schedule/summary', () => {
    expect(withSummaryBesideHead(head, () => summary, { budget: carriedBytes(version) - 1 })).toBe(head);
  });

  it('sends a caller holding that version of the summary the version alone, and one holding another the summary', () => {
    expect(withSummaryBesideHead(head, () => summary, { held: version })).toEqual({ ...head, summaryVersion: version });
    expect(withSummaryBesideHead(head, () => summary, { held: '0123456789abcdef' })).toEqual({ ...head, summary, summaryVersion: version });
    // Another summary (the refresh finished: newer dates, no longer refreshing) has another version: sent again.
    const refreshed = { ...summary, background: { ...schedule.background, refreshing: true } } as typeof summary;
    expect(withSummaryBesideHead(head, () => refreshed, { held: version }).summary).toEqual(refreshed);
    // Over the budget the summary is not carried, held or not: no version either.
    expect(withSummaryBesideHead(head, () => summary, { held: version, budget: carriedBytes(version) - 1 })).toBe(head);
  });

  it('never builds a summary beside a whole schedule, nor carries one when there is none', () => {
    const whole = withSummaryBesideHead(schedule, () => {
      throw new Error('asked for a summary beside a whole schedule');
    });
    expect(whole).toBe(schedule);
    expect(withSummaryBesideHead(head, () => null)).toBe(head);
  });
});
