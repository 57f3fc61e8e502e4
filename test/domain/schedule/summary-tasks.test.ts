import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { CriticalPath } from '../../../src/domain/schedule/critical-path';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import type { WorkItem } from '../../../src/domain/work-item';
import { calendar, network, table, type Activity } from './network-builder';

const NOT_WORK = new Set(['Risk', 'Decision']);

/** The network of `activities`, with each key's parent and type from `tree` ("E" or ["E", "Risk"]). */
function plan(activities: readonly Activity[], tree: Record<string, string | null | [string | null, string]> = {}): CriticalPath {
  const { items, rules } = network(activities);
  const shaped = items.map((i): WorkItem => {
    const at = tree[i.key];
    const [parentKey, type] = Array.isArray(at) ? at : [at ?? null, 'Task'];
    return { ...i, parentKey, type };
  });
  return criticalPath({
    items: shaped,
    rules,
    calendar,
    duration: { source: 'originalEstimate', daysPerPoint: 1 },
    nearCriticalDays: 2,
    isWork: (i) => !NOT_WORK.has(i.type),
  });
}

describe('criticalPath: only work is scheduled', () => {
  it('leaves risks and decisions out, with their links, and never lists them as missing a duration', () => {
    // A 3 -> B 2; risk R (no estimate) "blocks" B; decision D (no estimate) after A. By hand, without R and D:
    // A 0-3, B 3-5. With R as work it would be a 0-day activity, and missing its duration.
    const result = plan(
      [{ key: 'A', days: 3 }, { key: 'B', days: 2, after: ['A', 'R'] }, { key: 'R', days: null }, { key: 'D', days: null, after: ['A'] }],
      { R: [null, 'Risk'], D: [null, 'Decision'] },
    );
    expect(table(result)).toEqual({ A: [0, 3, 0, 3, 0, 0], B: [3, 5, 3, 5, 0, 0] });
    expect(result.notWork.sort()).toEqual(['D', 'R']);
    expect(result.missingDuration).toEqual([]);
    expect(result.externalKeys).toEqual([]);
    expect(result.edges).toEqual([]);
  });

  it('schedules a parent whose only children are not work from its own estimate', () => {
    const result = plan([{ key: 'E', days: 4 }, { key: 'R', days: null }], { R: ['E', 'Risk'] });
    expect(table(result)).toEqual({ E: [0, 4, 0, 4, 0, 0] });
    expect(result.summaries).toEqual({});
  });
});

describe('criticalPath: summary tasks (Microsoft Project roll-up)', () => {
  // P 4 -FS-> epic E (own estimate 10 days, ignored) with children S1 2 -FS-> S2 3; E -FS-> T 1.
  // A link into E binds S1 and S2: both start at 4 or later; S1 4-6, S2 6-9. A link out of E waits for its
  // roll-up finish, the latest child finish: T 9-10. E rolls up to [4, 9): 5 days, critical. Finish 10.
  const result = plan(
    [{ key: 'P', days: 4 }, { key: 'E', days: 10, after: ['P'] }, { key: 'S1', days: 2 }, { key: 'S2', days: 3, after: ['S1'] }, { key: 'T', days: 1, after: ['E'] }],
    { S1: 'E', S2: 'E' },
  );

  it('never makes the parent an activity: its children carry the work', () => {
    expect(Object.keys(result.items).sort()).toEqual(['P', 'S1', 'S2', 'T']);
    expect(result.missingDuration).toEqual([]);
    expect(table(result)).toEqual({ P: [0, 4, 0, 4, 0, 0], S1: [4, 6, 4, 6, 0, 0], S2: [6, 9, 6, 9, 0, 0], T: [9, 10, 9, 10, 0, 0] });
    expect(result.projectFinish).toBe(10);
    expect(result.criticalKeys).toEqual(['P', 'S1', 'S2', 'T']);
  });

  it('rolls its dates up from its children: earliest start, latest finish, working days between', () => {
    // Days 4 and 8 from Monday 2025-01-06 are Friday 10 and Thursday 16 January; late dates are the same.
    expect(result.summaries['E']).toMatchObject({
      activityKeys: ['S1', 'S2'],
      earlyStart: 4,
      earlyFinish: 9,
      lateStart: 4,
      lateFinish: 9,
      durationDays: 5,
      totalSlack: 0,
      critical: true,
      dates: { earlyStart: '2025-01-10', earlyFinish: '2025-01-16', lateStart: '2025-01-10', lateFinish: '2025-01-16' },
    });
  });

  it('rolls nested summaries up, and binds a link into a story to its sub-tasks', () => {
    // Epic E > story S > sub-tasks T1 1, T2 2; story S3 1 under E; X 2 -FS-> S. T1 2-3, T2 2-4, S3 0-1.
    // S rolls up to [2, 4) (2 days); E to [0, 4) (4 days); slack: S3 3, so E's least slack is T2's 0.
    const nested = plan(
      [{ key: 'X', days: 2 }, { key: 'S', days: null, after: ['X'] }, { key: 'T1', days: 1 }, { key: 'T2', days: 2 }, { key: 'S3', days: 1 }, { key: 'E', days: null }],
      { S: 'E', T1: 'S', T2: 'S', S3: 'E' },
    );
    expect(table(nested)).toEqual({ X: [0, 2, 0, 2, 0, 0], T1: [2, 3, 3, 4, 1, 1], T2: [2, 4, 2, 4, 0, 0], S3: [0, 1, 3, 4, 3, 3] });
    expect(nested.summaries['S']).toMatchObject({ activityKeys: ['T1', 'T2'], earlyStart: 2, earlyFinish: 4, durationDays: 2, totalSlack: 0 });
    expect(nested.summaries['E']).toMatchObject({ activityKeys: ['T1', 'T2', 'S3'], earlyStart: 0, earlyFinish: 4, durationDays: 4, totalSlack: 0 });
  });

  it('starts an SS link out of a summary from its earliest-starting child, and an FF link from its latest finish', () => {
    // Epic E > A 2 (starts day 0) and B 1 (after Q 3: days 3-4). E -SS+1-> X 1: X starts at E's start + 1 = 1
    // (from every child it would be B's 3 + 1 = 4). E -FF-> Y 1: Y finishes with E's finish, 4: Y 3-4.
    const ss = plan(
      [
        { key: 'Q', days: 3 },
        { key: 'A', days: 2 },
        { key: 'B', days: 1, after: ['Q'] },
        { key: 'E', days: null },
        { key: 'X', days: 1, after: [['E', 'SS', 1]] },
        { key: 'Y', days: 1, after: [['E', 'FF', 0]] },
      ],
      { A: 'E', B: 'E' },
    );
    expect(ss.items['X']).toMatchObject({ earlyStart: 1, earlyFinish: 2, drivingPredecessor: { key: 'A', kind: 'SS', lagDays: 1 } });
    expect(ss.items['Y']).toMatchObject({ earlyStart: 3, earlyFinish: 4, drivingPredecessor: { key: 'B', kind: 'FF' } });
    expect(ss.summaries['E']).toMatchObject({ earlyStart: 0, earlyFinish: 4, durationDays: 4 });
  });

  it('refuses a link between a summary and its own child, as Microsoft Project does, and says so', () => {
    const within = plan([{ key: 'E', days: null }, { key: 'A', days: 2, after: ['E'] }, { key: 'B', days: 3 }], { A: 'E', B: 'E' });
    expect(table(within)).toEqual({ A: [0, 2, 1, 3, 1, 1], B: [0, 3, 0, 3, 0, 0] });
    expect(within.summaryLinks).toEqual([{ linkId: '1', fromKey: 'E', toKey: 'A' }]);
    expect(within.duplicateLinks).toEqual([]);
  });

  it('reads a link between two parents, which only they carry, as binding their children', () => {
    // Epic E1 > A 2; epic E2 > B 1; E1 -FS-> E2, carried by E1 and E2 alone (as Jira lists a link on its two ends).
    const { items, rules } = network([{ key: 'E1', days: null }, { key: 'E2', days: null, after: ['E1'] }, { key: 'A', days: 2 }, { key: 'B', days: 1 }]);
    const parents: Record<string, string> = { A: 'E1', B: 'E2' };
    const result = criticalPath({
      items: items.map((i) => ({ ...i, parentKey: parents[i.key] ?? null })),
      rules,
      calendar,
      duration: { source: 'originalEstimate', daysPerPoint: 1 },
      nearCriticalDays: 2,
    });
    expect(table(result)).toEqual({ A: [0, 2, 0, 2, 0, 0], B: [2, 3, 2, 3, 0, 0] });
    expect(result.edges.length + result.summaryLinks.length).toBe(0);
  });

  it('names a cycle\'s cut by the link\'s own ends when the link joins two parents', () => {
    // Epic E1 > A 1, epic E2 > B 1; B -FS-> A (link 1) and E1 -FS-> E2 (link 2, the newer: the one cut), a cycle A -> B -> A.
    const cyclic = plan(
      [{ key: 'A', days: 1, after: ['B'] }, { key: 'B', days: 1 }, { key: 'E1', days: null }, { key: 'E2', days: null, after: ['E1'] }],
      { A: 'E1', B: 'E2' },
    );
    expect(cyclic.cycles).toHaveLength(1);
    expect(cyclic.cycles[0]?.suggestedCut).toMatchObject({ linkId: '2', fromKey: 'E1', toKey: 'E2' });
    expect(table(cyclic)).toEqual({ A: [1, 2, 1, 2, 0, 0], B: [0, 1, 0, 1, 0, 0] });
  });

  it('does not report a link into a summary as a duplicate of a direct link to its child', () => {
    const both = plan([{ key: 'P', days: 1 }, { key: 'E', days: null, after: ['P'] }, { key: 'A', days: 2, after: ['P'] }], { A: 'E' });
    expect(both.duplicateLinks).toEqual([]);
    expect(table(both)).toEqual({ P: [0, 1, 0, 1, 0, 0], A: [1, 3, 1, 3, 0, 0] });
  });
});
