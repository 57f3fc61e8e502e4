import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { scenarioOutcome } from '../../../src/domain/scenario/scenario-outcome';
import type { ScenarioEdit } from '../../../src/domain/scenario/scenario-edit';
import { item, link } from '../work-item-builder';
import { context, run } from './scenario-plan-builder';

const DAY = 8 * 3600;

/**
 * A chain A(2d) -> B(3d) -> C(1d) with D(1d) beside it, all FS "Blocks" links (ids 1, 2). Live: A days 0-1
 * (Mon-Tue), B days 2-4 (Wed-Fri), C day 5 (Mon 2025-01-13); the finish is offset 6, the critical path A, B, C.
 */
function plan() {
  return {
    items: [
      item('P-1', { originalEstimateSeconds: 2 * DAY, links: [link('1', 'Blocks', 'outward', 'P-2')] }),
      item('P-2', { originalEstimateSeconds: 3 * DAY, links: [link('1', 'Blocks', 'inward', 'P-1'), link('2', 'Blocks', 'outward', 'P-3')] }),
      item('P-3', { originalEstimateSeconds: 1 * DAY, dueDate: '2025-01-13', links: [link('2', 'Blocks', 'inward', 'P-2')] }),
      item('P-4', { originalEstimateSeconds: 1 * DAY }),
    ],
    outside: [],
  };
}

const outcome = (edits: ScenarioEdit[]) => scenarioOutcome(plan(), edits, context, run);

describe('scenarioOutcome', () => {
  it('a longer duration on the critical path moves the finish and names the edit as the cause downstream', () => {
    const { diff, problems } = outcome([{ kind: 'duration', key: 'P-2', days: 5 }]);
    expect(problems).toEqual([]);
    expect(diff.finish).toEqual({ live: '2025-01-13', scenario: '2025-01-15', days: 2 });
    expect(diff.moved.map((m) => [m.key, m.startDays, m.finishDays])).toEqual([['P-3', 2, 2], ['P-2', 0, 2]]);
    expect(diff.moved[0]?.because).toEqual({ editIndex: 0, via: ['P-2', 'P-3'] });
    expect(diff.targets).toEqual([{ key: 'P-3', live: { target: '2025-01-13', finish: '2025-01-13', varianceDays: 0 }, scenario: { target: '2025-01-13', finish: '2025-01-15', varianceDays: 2 } }]);
  });

  it('a removed link releases its successor, and the live chain names the removal', () => {
    const { diff } = outcome([{ kind: 'removeDependency', linkId: '2', fromKey: 'P-2', toKey: 'P-3' }]);
    expect(diff.moved.map((m) => [m.key, m.startDays])).toEqual([['P-3', -5]]);
    expect(diff.moved[0]?.because).toEqual({ editIndex: 0, via: ['P-3'] });
    expect(diff.criticalOut).toEqual(['P-3']);
    expect(diff.finish.days).toBe(-1);
  });

  it('a lag on one link delays only that link', () => {
    const { diff, scenario } = outcome([{ kind: 'lag', linkId: '1', days: 2, fromKey: 'P-1', toKey: 'P-2' }]);
    expect(scenario.items['P-2']?.earlyStart).toBe(4);
    expect(diff.finish.days).toBe(2);
  });

  it('a new dependency puts the other work on the critical path', () => {
    const { diff } = outcome([{ kind: 'duration', key: 'P-4', days: 6 }, { kind: 'addDependency', fromKey: 'P-4', toKey: 'P-3', linkType: 'blocks' }]);
    expect(diff.criticalIn).toEqual(['P-4']);
    expect(diff.criticalOut).toEqual(['P-1', 'P-2']);
    expect(diff.moved.find((m) => m.key === 'P-3')?.because).toEqual({ editIndex: 1, via: ['P-3'] });
  });

  it('a dependency that closes a loop is shown as a new cycle, not refused', () => {
    const { diff, problems } = outcome([{ kind: 'addDependency', fromKey: 'P-3', toKey: 'P-1', linkType: 'Blocks' }]);
    expect(problems).toEqual([]);
    expect(diff.newCycles.map((c) => c.issueKeys)).toEqual([['P-1', 'P-2', 'P-3']]);
  });

  it('refuses a negative duration with a message and applies the other edits', () => {
    const { problems, edited, diff } = outcome([{ kind: 'duration', key: 'P-1', days: -2 }, { kind: 'duration', key: 'P-4', days: 9 }]);
    expect(problems).toEqual([{ editIndex: 0, kind: 'negativeDuration', message: 'The duration of P-1 cannot be negative (-2 working days): enter 0 or more.' }]);
    expect(edited.applied).toEqual([1]);
    expect(diff.criticalIn).toEqual(['P-4']);
  });

  it('reports an edit on an issue or a link no longer in the plan', () => {
    const { problems } = outcome([
      { kind: 'target', key: 'P-9', date: '2025-02-01' },
      { kind: 'removeDependency', linkId: '77', fromKey: 'P-1', toKey: 'P-4' },
      { kind: 'addDependency', fromKey: 'P-1', toKey: 'P-4', linkType: 'Relates' },
      { kind: 'target', key: 'P-1', date: '2025-02-30' },
    ]);
    expect(problems.map((p) => [p.editIndex, p.kind])).toEqual([[0, 'missingIssue'], [1, 'missingLink'], [2, 'notDependencyType'], [3, 'invalidDate']]);
    expect(problems[0]?.message).toBe('P-9 is no longer in the plan (deleted in Jira, moved out of the scope, or hidden from you): remove this edit.');
  });

  it('never changes the live plan', () => {
    const live = plan();
    const before = JSON.stringify(live);
    scenarioOutcome(live, [{ kind: 'duration', key: 'P-1', days: 7 }, { kind: 'removeDependency', linkId: '1', fromKey: 'P-1', toKey: 'P-2' }, { kind: 'assignee', key: 'P-2', accountId: 'x', name: 'X' }], context, run);
    expect(JSON.stringify(live)).toBe(before);
  });

  it("schedules only the edited plan when the live plan's critical path is given, with the same outcome", () => {
    const edits: ScenarioEdit[] = [{ kind: 'duration', key: 'P-1', days: 7 }];
    const scheduled: number[] = [];
    const counted = { ...run, schedule: (p: Parameters<typeof run.schedule>[0], lags: Parameters<typeof run.schedule>[1]) => (scheduled.push(p.items.length), run.schedule(p, lags)) };
    const live = run.schedule(plan(), new Map());
    const withLive = scenarioOutcome(plan(), edits, context, { ...counted, live });
    expect(scheduled, 'the edited plan only').toHaveLength(1);
    expect(withLive.diff).toEqual(outcome(edits).diff);
  });

  it('done work keeps its dates; work under way takes the duration as its work left', () => {
    const p = plan();
    p.items[0] = { ...p.items[0]!, statusCategory: 'done' };
    p.items[1] = { ...p.items[1]!, statusCategory: 'inProgress', remainingEstimateSeconds: DAY };
    const { problems, edited } = scenarioOutcome(p, [{ kind: 'duration', key: 'P-1', days: 1 }, { kind: 'duration', key: 'P-2', days: 4 }], context, run);
    expect(problems.map((x) => x.kind)).toEqual(['doneWork']);
    expect(edited.items[1]?.remainingEstimateSeconds).toBe(4 * DAY);
    expect(edited.items[1]?.originalEstimateSeconds).toBe(3 * DAY);
  });

  it('compares levelled finishes when a levelling is given', () => {
    const level = (_: unknown, p: { items: readonly { assigneeId: string | null }[] }) => ({ date: 'x', offset: p.items.filter((i) => i.assigneeId === 'a').length });
    const result = scenarioOutcome(plan(), [{ kind: 'assignee', key: 'P-4', accountId: 'a', name: 'Ann' }], context, { ...run, level });
    expect(result.levelledFinish).toEqual({ live: 'x', scenario: 'x', days: 1 });
  });
});

describe('jiraChanges', () => {
  it('lists exactly what differs from the live plan: an edit undone by a later one writes nothing', async () => {
    const { jiraChanges } = await import('../../../src/domain/scenario/jira-changes');
    const edits: ScenarioEdit[] = [
      { kind: 'duration', key: 'P-1', days: 4 },
      { kind: 'target', key: 'P-3', date: '2025-01-20' },
      { kind: 'target', key: 'P-3', date: '2025-01-13' },
      { kind: 'addDependency', fromKey: 'P-4', toKey: 'P-3', linkType: 'Blocks' },
      { kind: 'addDependency', fromKey: 'P-1', toKey: 'P-4', linkType: 'Blocks' },
      { kind: 'removeDependency', linkId: 'scenario-5', fromKey: 'P-1', toKey: 'P-4' },
      { kind: 'removeDependency', linkId: '2', fromKey: 'P-2', toKey: 'P-3' },
      { kind: 'lag', linkId: '1', days: 1, fromKey: 'P-1', toKey: 'P-2' },
      { kind: 'assignee', key: 'P-2', accountId: 'acc-1', name: 'Ann' },
    ];
    const { edited } = outcome(edits);
    expect(jiraChanges(plan(), edited, edits, context.duration)).toEqual({
      changes: [
        { kind: 'originalEstimate', key: 'P-1', fromSeconds: 2 * DAY, toSeconds: 4 * DAY },
        { kind: 'assignee', key: 'P-2', from: null, to: { accountId: 'acc-1', name: 'Ann' } },
        { kind: 'addLink', scenarioLinkId: 'scenario-4', linkType: 'Blocks', outwardKey: 'P-4', inwardKey: 'P-3' },
        { kind: 'removeLink', linkId: '2', linkType: 'Blocks', outwardKey: 'P-2', inwardKey: 'P-3' },
      ],
      keelOnly: [{ editIndex: 7, reason: 'Jira has no lag per link: the lag stays in this scenario (set a lag per link type in the settings).' }],
    });
  });
});
