/**
 * "Apply to Jira" writes a field only while Jira still holds the value its list showed as "from" (issue #17:
 * nothing a user wrote in Jira is overwritten unseen). The list can be older than Jira: a large project's
 * scenario starts from the stored analysis, and anyone may edit an issue between the list and the click on
 * Apply. So each field change is checked against the issue as Jira answers now, and one whose field moved since
 * is refused, naming both values. Links are not checked here: adding a
 * link that exists or removing one that is gone is refused by Jira itself.
 */
import type { WorkItem } from '../work-item';
import type { JiraChange } from './jira-changes';

export type FieldChange = Exclude<JiraChange, { kind: 'addLink' | 'removeLink' }>;

/** Why `change` must not be written over `now` (the issue as Jira answers it now), or null when it may. */
export function changedSince(change: FieldChange, now: WorkItem | undefined): string | null {
  if (now === undefined) return `${change.key} could not be read again before writing (deleted, moved, or hidden from you): nothing was written to it.`;
  const moved = (field: string, was: string, is: string) =>
    `${change.key}'s ${field} changed in Jira since the list of changes was made (${was} then, ${is} now): not overwritten. Refresh, check the scenario, then apply again.`;
  switch (change.kind) {
    case 'originalEstimate':
      return change.fromSeconds === now.originalEstimateSeconds ? null : moved('original estimate', hours(change.fromSeconds), hours(now.originalEstimateSeconds));
    case 'remainingEstimate':
      return change.fromSeconds === (now.remainingEstimateSeconds ?? null) ? null : moved('remaining estimate', hours(change.fromSeconds), hours(now.remainingEstimateSeconds ?? null));
    case 'storyPoints':
      return change.from === now.storyPoints ? null : moved('story points', String(change.from ?? 'none'), String(now.storyPoints ?? 'none'));
    case 'dueDate':
      return change.from === now.dueDate ? null : moved('due date', change.from ?? 'none', now.dueDate ?? 'none');
    case 'assignee':
      return (change.from?.accountId ?? null) === now.assigneeId ? null : moved('assignee', change.from?.name ?? 'unassigned', now.assigneeName ?? now.assigneeId ?? 'unassigned');
  }
}

function hours(seconds: number | null): string {
  return seconds === null ? 'none' : `${Math.round((seconds / 3600) * 100) / 100} h`;
}
