/**
 * A summary task's dates rolled up from its scheduled activities, as Microsoft Project rolls up a summary task:
 * start = the earliest activity start, finish = the latest activity finish, duration = the working days between;
 * late dates the same way from the late dates. Total slack = the least of its activities' (Keel's choice: a summary
 * is critical when any of its work is). O(activities per summary).
 * Example: T1 early days [0, 3), T2 [3, 5), slack 0 and 2 -> the summary runs [0, 5), 5 days, slack 0, critical.
 */
import type { ScheduledItem } from './critical-path';

export interface SummaryTask {
  key: string;
  /** The activities it stands for (its leaf descendants that are work), in input order. */
  activityKeys: string[];
  /** Offsets as for ScheduledItem: finish offsets exclusive; the start is an activity's actual start when earlier. */
  earlyStart: number;
  earlyFinish: number;
  lateStart: number;
  lateFinish: number;
  /** Working days from its start to its finish. */
  durationDays: number;
  totalSlack: number;
  critical: boolean;
  nearCritical: boolean;
  /** First and last working days (ISO dates). */
  dates: { earlyStart: string; earlyFinish: string; lateStart: string; lateFinish: string };
}

export function summaryRollUp(key: string, activityKeys: readonly string[], scheduled: Readonly<Record<string, ScheduledItem>>): SummaryTask | null {
  const activities = activityKeys.flatMap((k) => scheduled[k] ?? []);
  const first = activities[0];
  if (first === undefined) return null;
  const task: SummaryTask = {
    key,
    activityKeys: activities.map((a) => a.key),
    earlyStart: first.actualStart ?? first.earlyStart,
    earlyFinish: first.earlyFinish,
    lateStart: first.lateStart,
    lateFinish: first.lateFinish,
    durationDays: 0,
    totalSlack: first.totalSlack,
    critical: first.critical,
    nearCritical: first.nearCritical,
    dates: { ...first.dates },
  };
  for (const a of activities.slice(1)) {
    task.earlyStart = Math.min(task.earlyStart, a.actualStart ?? a.earlyStart);
    task.earlyFinish = Math.max(task.earlyFinish, a.earlyFinish);
    task.lateStart = Math.min(task.lateStart, a.lateStart);
    task.lateFinish = Math.max(task.lateFinish, a.lateFinish);
    task.totalSlack = Math.min(task.totalSlack, a.totalSlack);
    task.critical ||= a.critical;
    task.nearCritical ||= a.nearCritical;
    const d = task.dates;
    task.dates = {
      earlyStart: a.dates.earlyStart < d.earlyStart ? a.dates.earlyStart : d.earlyStart,
      earlyFinish: a.dates.earlyFinish > d.earlyFinish ? a.dates.earlyFinish : d.earlyFinish,
      lateStart: a.dates.lateStart < d.lateStart ? a.dates.lateStart : d.lateStart,
      lateFinish: a.dates.lateFinish > d.lateFinish ? a.dates.lateFinish : d.lateFinish,
    };
  }
  task.durationDays = task.earlyFinish - task.earlyStart;
  return task;
}
