import type { LevelledIssueView, ScheduleResult } from '@contract';

/**
 * The schedule with each open activity at its levelled dates (issue #14): start, finish and the drawing offsets,
 * for the table and the Gantt. Done work, work under way (levelling leaves both where they are) and issues the
 * levelling does not name keep their CPM dates; slack and the critical flags stay the critical path's.
 */
export function withLevelledDates(schedule: ScheduleResult, levelled: readonly LevelledIssueView[]): ScheduleResult {
  const byKey = new Map(levelled.map((issue) => [issue.key, issue]));
  return {
    ...schedule,
    nodes: schedule.nodes.map((node) => {
      const issue = byKey.get(node.key);
      if (!issue || node.fixed || node.underWay) return node;
      return {
        ...node,
        earlyStart: issue.levelledStart,
        earlyFinish: issue.levelledFinish,
        offsets: { ...node.offsets, earlyStart: issue.startOffset, earlyFinish: issue.finishOffset },
      };
    }),
  };
}
