/**
 * Findings about summary tasks (work-breakdown.ts): a parent whose own estimate is not used because its children
 * carry the work (named once, whatever its depth), and links Keel ignores because they join a summary to its own
 * descendant, and parents whose children are all hidden from the viewer. Each says what Keel assumed. O(items + summaries).
 */
import { hasDurationData, type DurationSource } from '../duration-source';
import type { Finding } from '../finding';
import { sortedIssueKeys } from '../issue-key-order';
import type { WorkItem } from '../work-item';
import type { CriticalPath } from './critical-path';

/** Its own estimate, not its sub-tasks' sum; a date span is a parent's plan, not an estimate, so it is not named. */
function ownEstimate(item: WorkItem, source: DurationSource): boolean {
  if (source === 'dateSpan') return false;
  return hasDurationData(item, source) && !(source === 'originalEstimate' && item.estimateFromSubtasks === true);
}

export function parentEstimateFinding(schedule: Pick<CriticalPath, 'summaries'>, items: readonly WorkItem[], source: DurationSource): Finding | null {
  const named = items.filter((i) => schedule.summaries[i.key] !== undefined && ownEstimate(i, source));
  if (named.length === 0) return null;
  const keys = sortedIssueKeys(named.map((i) => i.key));
  const byKey = new Map(named.map((i) => [i.key, i]));
  return {
    kind: 'parent-estimate-unused',
    severity: 'info',
    title: 'Parents with an estimate of their own',
    advice:
      "These parents have children that carry the work, so Keel treats each as a summary task, as Microsoft Project does: its dates and duration roll up from its children, and its own estimate is not used (counting both would count the work twice). Move the estimate onto the children, or clear it.",
    issueKeys: keys,
    details: keys.map((k) => {
      const summary = schedule.summaries[k];
      const days = summary ? Math.round(summary.durationDays * 100) / 100 : 0;
      return `${k} ${byKey.get(k)?.summary ?? ''}: rolled up from ${summary?.activityKeys.length ?? 0} issue(s), ${days} days`.replace(/ +:/, ':');
    }),
    count: keys.length,
  };
}

export function summaryLinkFinding(schedule: Pick<CriticalPath, 'summaryLinks'>): Finding | null {
  const links = schedule.summaryLinks;
  if (links.length === 0) return null;
  return {
    kind: 'summary-link',
    severity: 'info',
    title: 'Links between a parent and its own child',
    advice:
      'A parent is a summary task: its dates are its children\'s, so a dependency between it and one of its own children would make the child wait for itself. Keel ignores these links, as Microsoft Project refuses them. Link the child to its siblings instead.',
    issueKeys: sortedIssueKeys([...new Set(links.flatMap((l) => [l.fromKey, l.toKey]))]),
    details: links.map((l) => `${l.fromKey} → ${l.toKey} (link ${l.linkId})`),
    count: links.length,
  };
}

/**
 * Parents whose children the viewer cannot see (hidden from them, or outside the scope): with no work children in
 * view they are scheduled as one activity from their own data, and the finding says so. `hidden`: parent key ->
 * how many children are hidden. Example: PAY-7 with 3 hidden sub-tasks and 16 h (its sub-tasks' total) ->
 * "PAY-7 Card vault: 3 sub-task(s) hidden; scheduled as one activity of 2 days".
 */
export function hiddenChildrenFinding(schedule: Pick<CriticalPath, 'items' | 'missingDuration'>, items: readonly WorkItem[], hidden: ReadonlyMap<string, number>): Finding | null {
  const missing = new Set(schedule.missingDuration);
  const named = items.filter((i) => (hidden.get(i.key) ?? 0) > 0 && schedule.items[i.key]?.external === false);
  if (named.length === 0) return null;
  const keys = sortedIssueKeys(named.map((i) => i.key));
  const byKey = new Map(named.map((i) => [i.key, i]));
  return {
    kind: 'children-hidden',
    severity: 'warning',
    title: 'Parents whose children you cannot see',
    advice:
      "Every child of these issues is hidden from you (or outside the scope), so Keel cannot roll their dates up. It assumes each parent is one piece of work and schedules it from its own estimate (for an original estimate, Jira's total of its sub-tasks' estimates, hidden ones included); one with none is scheduled as taking no time. The real work may take longer, or run in a different order. Ask for access to the children, or widen the scope.",
    issueKeys: keys,
    details: keys.map((k) => {
      const item = byKey.get(k);
      const days = Math.round((schedule.items[k]?.durationDays ?? 0) * 100) / 100;
      const assumption = missing.has(k) ? 'scheduled as taking no time' : `scheduled as one activity of ${days} days`;
      return `${`${k} ${item?.summary ?? ''}`.trim()}: ${hidden.get(k) ?? 0} sub-task(s) hidden; ${assumption}`;
    }),
    count: keys.length,
  };
}
