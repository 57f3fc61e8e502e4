/**
 * Milestones against their targets (issue 16, item 1): a milestone is a zero-duration issue of a mapped type or
 * label; its CPM date is its early finish, its target its due date, and the variance the working days between
 * (positive: late by that many working days; PMI's schedule variance in time units). A milestone other work waits
 * on but with no due date gets a finding and no variance. O(milestones).
 * Example: Mon-Fri calendar, CPM 2027-02-09 (Tue) vs due 2027-02-05 (Fri) -> variance +2 (late by 2 working days).
 */
import type { Finding } from '../finding';
import type { WorkingCalendar } from '../schedule/working-calendar';

export interface MilestoneInput {
  key: string;
  summary: string;
  dueDate: string | null;
  /** Its early finish on the critical-path schedule (ISO date). */
  cpmDate: string;
  /** How many scheduled successors wait on it. */
  successorCount: number;
}

export interface MilestoneVariance {
  key: string;
  summary: string;
  cpmDate: string;
  target: string | null;
  /** Working days late (positive) or early (negative) against the target; null without a target. */
  varianceDays: number | null;
}

/** Working days from `target` to `date`: positive when `date` is later. Example: Fri -> next Tue = +2. */
export function workingDayVariance(calendar: WorkingCalendar, date: string, target: string): number {
  return calendar.offsetOf(date) - calendar.offsetOf(target);
}

export function milestoneVariances(milestones: readonly MilestoneInput[], calendar: WorkingCalendar): { milestones: MilestoneVariance[]; findings: Finding[] } {
  const undated = milestones.filter((m) => m.dueDate === null && m.successorCount > 0);
  const findings: Finding[] =
    undated.length === 0
      ? []
      : [
          {
            kind: 'milestone-undated',
            severity: 'warning',
            title: 'Milestones that work waits on have no due date',
            advice: 'Keel assumes no target for them: they show their schedule date and no variance. Give each a due date to see whether it slips.',
            issueKeys: undated.map((m) => m.key).sort(),
            details: undated.map((m) => `${m.key}: ${m.successorCount} ${m.successorCount === 1 ? 'issue waits' : 'issues wait'} on it; scheduled ${m.cpmDate}`),
            count: undated.length,
          },
        ];
  return {
    milestones: milestones.map((m) => ({
      key: m.key,
      summary: m.summary,
      cpmDate: m.cpmDate,
      target: m.dueDate,
      varianceDays: m.dueDate === null ? null : workingDayVariance(calendar, m.cpmDate, m.dueDate),
    })),
    findings,
  };
}
