/**
 * Worked cases for the "What to chase" list (issue #16 item 4). Each case is a small network drawn by hand; the
 * rules it checks are the ones chase-list.ts states: late or blocked critical and near-critical work, predecessors
 * due this week that have not started, and work started before a finish-to-start predecessor finished (the
 * out-of-sequence test of PMI's Practice Standard for Scheduling, 3rd ed., section 6.7, "out-of-sequence progress").
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { chaseList, type ChaseEdge, type ChaseNode } from '../../../src/domain/chase/chase-list';
import { chaseWeekEnd } from '../../../src/domain/chase/chase-week';

const AS_OF = '2026-12-04';

function node(key: string, over: Partial<ChaseNode> = {}): ChaseNode {
  return {
    key,
    summary: `Summary of ${key}`,
    status: 'To Do',
    statusCategory: 'todo',
    assignee: null,
    external: false,
    critical: false,
    nearCritical: false,
    late: false,
    blocked: false,
    dueDate: null,
    dueVarianceDays: null,
    earlyStart: '2026-12-07',
    ...over,
  };
}

const fs = (from: string, to: string, over: Partial<ChaseEdge> = {}): ChaseEdge => ({ from, to, kind: 'FS', linkType: 'Blocks', ignored: false, ...over });

describe('chaseWeekEnd', () => {
  it.each([
    ['2026-12-04', '2026-12-10'], // Friday -> Thursday
    ['2026-12-28', '2027-01-03'], // across a year end
    ['2027-02-25', '2027-03-03'], // across February
  ])('a week from %s ends on %s', (asOf, end) => {
    expect(chaseWeekEnd(asOf)).toBe(end);
  });
});

describe('chaseList', () => {
  it('is empty for an empty schedule', () => {
    expect(chaseList({ nodes: [], edges: [], asOf: AS_OF })).toEqual({ asOf: AS_OF, weekEnd: '2026-12-10', entries: [] });
  });

  it('lists late critical and near-critical work with its slip, but not late work with slack to spare', () => {
    const nodes = [
      node('PAY-1', { critical: true, late: true, statusCategory: 'inProgress', status: 'In Progress', dueDate: '2026-12-01', dueVarianceDays: 5 }),
      node('PAY-2', { nearCritical: true, late: true, dueDate: '2026-12-08', dueVarianceDays: 2 }),
      node('PAY-3', { late: true, dueDate: '2026-12-02', dueVarianceDays: 3 }),
      node('PAY-4', { critical: true, late: true, statusCategory: 'done', status: 'Done', dueDate: '2026-11-01', dueVarianceDays: 4 }),
    ];
    const { entries } = chaseList({ nodes, edges: [], asOf: AS_OF });
    expect(entries.map((e) => [e.key, e.slipDays, e.reasons.map((r) => r.kind)])).toEqual([
      ['PAY-1', 5, ['late']],
      ['PAY-2', 2, ['late']],
    ]);
    expect(entries[0]?.reasons[0]?.text).toBe('Critical, finishes 5 working days after its due date 2026-12-01');
    expect(entries[1]?.reasons[0]?.text).toBe('Near-critical, finishes 2 working days after its due date 2026-12-08');
  });

  it('gives a late issue of an analysis stored before variances no slip rather than a guess', () => {
    const { entries } = chaseList({ nodes: [node('PAY-1', { critical: true, late: true, dueDate: '2026-12-01', dueVarianceDays: undefined })], edges: [], asOf: AS_OF });
    expect(entries[0]?.slipDays).toBeNull();
    expect(entries[0]?.reasons[0]?.text).toBe('Critical, late against its due date 2026-12-01');
  });

  it('lists flagged critical work, and critical work held by a late or blocked blocker through a "blocks" link', () => {
    const nodes = [
      node('PAY-5', { critical: true, blocked: true, status: 'Blocked' }),
      node('PAY-6', { late: true, dueDate: '2026-12-01', dueVarianceDays: 3 }),
      node('PAY-7', { critical: true }),
      node('PAY-8'),
      node('PAY-9', { critical: true }),
      node('PAY-10', { blocked: true }),
      node('PAY-11', { nearCritical: true }),
    ];
    const edges = [
      fs('PAY-6', 'PAY-7'), // late blocker: PAY-7 is blocked
      fs('PAY-8', 'PAY-9'), // on-time blocker: waiting in order, not blocked
      fs('PAY-10', 'PAY-11', { linkType: 'Gantt End to Start' }), // not a blocking link type
    ];
    const { entries } = chaseList({ nodes, edges, asOf: AS_OF });
    expect(entries.map((e) => [e.key, e.reasons.map((r) => r.text)])).toEqual([
      ['PAY-5', ['Critical, in status Blocked']],
      ['PAY-7', ['Critical, blocked by PAY-6, which is late']],
      ['PAY-6', ['Not started, due 2026-12-01 (overdue); PAY-7 waits on it']], // the late blocker is chased too
    ]);
  });

  it('names every stuck blocker of an issue, each with why', () => {
    const nodes = [node('PAY-60', { late: true, dueDate: '2026-12-01', dueVarianceDays: 2 }), node('PAY-61', { blocked: true }), node('PAY-62', { critical: true })];
    const { entries } = chaseList({ nodes, edges: [fs('PAY-61', 'PAY-62'), fs('PAY-60', 'PAY-62', { linkType: 'Blocker' })], asOf: AS_OF });
    expect(entries.find((e) => e.key === 'PAY-62')?.reasons.map((r) => r.text)).toEqual(['Critical, blocked by PAY-60 (late), PAY-61 (blocked)']);
  });

  it('lists predecessors due this week (or already overdue) that have not started, nearest due first', () => {
    const nodes = [
      node('PAY-20', { dueDate: '2026-12-09' }),
      node('PAY-21', { dueDate: '2026-12-03' }),
      node('PAY-22', { dueDate: '2026-12-11' }), // after the week
      node('PAY-23', { dueDate: '2026-12-08', statusCategory: 'inProgress', status: 'In Progress' }), // started
      node('PAY-24', { dueDate: '2026-12-08' }), // no successor: not a predecessor
      node('OPS-1', { dueDate: '2026-12-10', external: true }), // another team's: chased too
      node('PAY-30'),
    ];
    const edges = ['PAY-20', 'PAY-21', 'PAY-22', 'PAY-23', 'OPS-1'].map((k) => fs(k, 'PAY-30'));
    const { entries } = chaseList({ nodes, edges, asOf: AS_OF });
    expect(entries.map((e) => [e.key, e.reasons.map((r) => r.text)])).toEqual([
      ['PAY-21', ['Not started, due 2026-12-03 (overdue); PAY-30 waits on it']],
      ['PAY-20', ['Not started, due 2026-12-09 (this week); PAY-30 waits on it']],
      ['OPS-1', ['Not started, due 2026-12-10 (this week); PAY-30 waits on it']],
    ]);
  });

  it('lists work started (or done) before a finish-to-start predecessor finished, and not an SS successor', () => {
    const nodes = [
      node('PAY-40', { statusCategory: 'inProgress', status: 'In Progress' }),
      node('PAY-41', { statusCategory: 'inProgress', status: 'In Progress' }),
      node('PAY-42', { statusCategory: 'done', status: 'Done' }),
      node('PAY-43', { statusCategory: 'inProgress', status: 'In Progress' }),
      node('PAY-44', { statusCategory: 'done', status: 'Done' }),
      node('PAY-45', { statusCategory: 'inProgress', status: 'In Progress' }),
    ];
    const edges = [fs('PAY-40', 'PAY-41'), fs('PAY-40', 'PAY-42'), fs('PAY-40', 'PAY-43', { kind: 'SS' }), fs('PAY-44', 'PAY-45'), fs('PAY-40', 'PAY-45', { ignored: true })];
    const { entries } = chaseList({ nodes, edges, asOf: AS_OF });
    expect(entries.map((e) => [e.key, e.reasons.map((r) => r.text)])).toEqual([
      ['PAY-41', ['Started before its predecessor PAY-40 finished (finish-to-start)']],
      ['PAY-42', ['Done before its predecessor PAY-40 finished (finish-to-start)']],
    ]);
  });

  it('gathers an issue’s reasons in one entry and orders entries late, blocked, out of sequence, then due this week', () => {
    const nodes = [
      node('PAY-50', { dueDate: '2026-12-07' }),
      node('PAY-51', { critical: true, late: true, blocked: true, dueDate: '2026-12-02', dueVarianceDays: 6, statusCategory: 'inProgress', status: 'In Progress' }),
      node('PAY-52', { critical: true, blocked: true }),
      node('PAY-53', { critical: true, late: true, dueDate: '2026-12-03', dueVarianceDays: 9 }),
    ];
    const edges = [fs('PAY-50', 'PAY-51'), fs('PAY-53', 'PAY-52', { linkType: 'Gantt End to Start' })];
    const { entries } = chaseList({ nodes, edges, asOf: AS_OF });
    expect(entries.map((e) => [e.key, e.reasons.map((r) => r.kind)])).toEqual([
      ['PAY-53', ['late', 'predecessor-due']], // overdue, not started, and PAY-52 waits on it
      ['PAY-51', ['late', 'blocked', 'out-of-sequence']],
      ['PAY-52', ['blocked']],
      ['PAY-50', ['predecessor-due']],
    ]);
    expect(entries[1]?.reasons[1]?.text).toBe('Critical, flagged');
  });
});
