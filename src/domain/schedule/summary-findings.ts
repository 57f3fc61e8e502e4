/**
 * Findings about summary tasks (work-breakdown.ts): a parent whose own estimate is not used because its children
 * carry the work (named once, whatever its depth), and links Keel ignores because they join a summary to its own
 * descendant. Each says what Keel assumed. O(items + summaries).
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
