/**
 * The project's milestones in a scenario next to the live plan (issue #17, "finish, milestones, critical path"):
 * each milestone's early finish in both schedules, the working days it moved, and its target as edited.
 * Milestones are the live plan's (the targets settings name them: project-targets.ts). O(milestones).
 * Example: PAY-7 finishes 2026-12-04 live and 2026-12-09 in the scenario: moved 3 working days later.
 */
import type { CriticalPath } from '../schedule/critical-path';

export interface MilestoneChange {
  key: string;
  live: string;
  scenario: string;
  /** Working days later (positive) or earlier in the scenario. */
  days: number;
  /** Its due date in the scenario (edits included), or null. */
  target: string | null;
}

export function milestoneChanges(keys: readonly string[], schedules: { live: CriticalPath; scenario: CriticalPath }, dueIn: (key: string) => string | null): MilestoneChange[] {
  return keys.flatMap((key) => {
    const before = schedules.live.items[key];
    const after = schedules.scenario.items[key];
    if (!before || !after) return [];
    return [{ key, live: before.dates.earlyFinish, scenario: after.dates.earlyFinish, days: Math.round((after.earlyFinish - before.earlyFinish) * 100) / 100, target: dueIn(key) }];
  });
}
